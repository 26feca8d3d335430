// The page's router: each hash route (#/events, #/events/{id}, #/documents/{id}?claim={claimId}, #/add) renders one view.
import { el, replace, link } from './dom.js';
import { renderEvents } from './events.js';
import { renderEvent } from './event.js';
import { renderDocument } from './document.js';
import { renderAdd } from './add.js';

const main = document.getElementById('main');

function parse(hash) {
  const raw = hash.startsWith('#/') ? hash.slice(1) : '/events';
  const [path, query] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, query: new URLSearchParams(query || '') };
}

async function route() {
  const { parts, query } = parse(location.hash);
  replace(main, el('p', { role: 'status' }, 'Loading…'));
  try {
    if (parts[0] === 'events' && parts.length === 1) await renderEvents(main, query);
    else if (parts[0] === 'events' && parts.length === 2) await renderEvent(main, parts[1]);
    else if (parts[0] === 'documents' && parts.length === 2) await renderDocument(main, parts[1], query.get('claim'));
    else if (parts[0] === 'add') await renderAdd(main);
    else replace(main, el('h1', {}, 'Not found'), el('p', {}, 'There is nothing here. ', link('/events', 'See the events.')));
  } catch (error) {
    replace(main,
      el('h1', {}, 'Something went wrong'),
      el('p', { role: 'alert' }, error.message),
      el('p', {}, link('/events', 'Back to the events')));
  }
  markCurrentLink(parts[0] || 'events');
}

function markCurrentLink(section) {
  for (const a of document.querySelectorAll('nav a')) {
    if (a.getAttribute('href') === '#/' + section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', async () => {
  // Only routes start with "#/"; other fragments, such as the skip link's "#main", stay in-page jumps.
  if (!location.hash.startsWith('#/')) return;
  await route();
  // A new view: move focus to it so keyboard and screen-reader users start at its top, unless the view focused something.
  if (!main.contains(document.activeElement) || document.activeElement === document.body) main.focus();
});
route();
