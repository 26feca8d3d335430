// Add an article: the API's write path (POST /api/v1/documents, with X-Api-Key when the server asks for one); then the
// claims found in it and the conflicts they take part in. The key is kept for this browser tab only (sessionStorage).
import { el, replace, link, scrollable } from './dom.js';
import { get, getAll, post, ApiError } from './api.js';
import { claimValue, claimant, conflictKind, modality } from './format.js';
import { quoteLink } from './event.js';

const keyName = 'claimtracker.apiKey';

export async function renderAdd(main) {
  const health = await get('/health');
  const result = el('div', { 'aria-live': 'polite' });
  const keyField = field('api-key', 'API key', el('input', {
    id: 'api-key', name: 'apiKey', type: 'password', autocomplete: 'off', required: true,
    'aria-describedby': 'api-key-help', value: sessionStorage.getItem(keyName) || null,
  }), 'This server needs a key for writes. It is kept in this tab only and sent as X-Api-Key.', 'api-key-help');
  keyField.hidden = !health.writesNeedApiKey;
  keyField.querySelector('input').disabled = !health.writesNeedApiKey;

  const today = new Date().toISOString().slice(0, 10);
  const form = el('form', { class: 'add', novalidate: true },
    field('source', 'Source (outlet)', el('input', { id: 'source', name: 'source', required: true, autocomplete: 'off' })),
    field('published', 'Publication date', el('input', { id: 'published', name: 'published', type: 'date', required: true, value: today })),
    field('title', 'Title (optional)', el('input', { id: 'title', name: 'title', autocomplete: 'off' })),
    field('url', 'Address (optional)', el('input', { id: 'url', name: 'url', type: 'url', autocomplete: 'off' })),
    field('text', 'Article text', el('textarea', { id: 'text', name: 'text', rows: 12, required: true })),
    keyField,
    el('p', {}, el('button', { type: 'submit' }, 'Add the article')));

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const data = new FormData(form);
    const missing = ['source', 'published', 'text'].filter(name => !String(data.get(name) || '').trim());
    if (!keyField.hidden && !String(data.get('apiKey') || '').trim()) missing.push('api-key');
    if (missing.length > 0) {
      replace(result, el('p', { role: 'alert', class: 'error' }, 'Please fill in: ' + missing.map(id => form.querySelector(`label[for="${id}"]`).textContent).join(', ') + '.'));
      form.querySelector('#' + missing[0]).focus();
      return;
    }

    const article = { source: data.get('source').trim(), published: data.get('published'), text: data.get('text') };
    if (data.get('title').trim()) article.title = data.get('title').trim();
    if (data.get('url').trim()) article.url = data.get('url').trim();
    const key = keyField.hidden ? null : data.get('apiKey').trim();
    if (key) sessionStorage.setItem(keyName, key);
    const button = form.querySelector('button');
    button.disabled = true;
    replace(result, el('p', { role: 'status' }, 'Adding…'));
    try {
      await showResult(result, await post('/documents', article, key));
    } catch (error) {
      showError(result, error, keyField);
    } finally {
      button.disabled = false;
    }
  });

  replace(main,
    el('h1', {}, 'Add an article'),
    el('p', { class: 'lead' }, 'Paste an article with its source and date to see the claims it makes and the conflicts they create.'),
    form,
    result);
}

function field(id, label, control, help, helpId) {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, help ? el('p', { id: helpId, class: 'help' }, help) : null);
}

function showError(result, error, keyField) {
  if (error instanceof ApiError && error.status === 401) {
    keyField.hidden = false;
    keyField.querySelector('input').disabled = false;
  }
  const title = error instanceof ApiError ? error.title : 'The article could not be sent';
  replace(result, el('div', { role: 'alert', class: 'error' }, el('h2', {}, title), el('p', {}, error.message)));
}

async function showResult(result, view) {
  const doc = view.document;
  const ids = new Set(view.claims.map(c => c.id));
  const conflicts = (await getAll('/conflicts')).filter(c => c.claimIds.some(id => ids.has(id)));
  const heading = el('h2', { id: 'result-title', tabindex: -1 }, `Added: ${doc.title || doc.source}`);
  replace(result,
    el('section', { 'aria-labelledby': 'result-title' },
      heading,
      el('p', {}, link('/documents/' + encodeURIComponent(doc.id), 'Read the stored article'), ` · ${view.claims.length} claims, ${conflicts.length} conflicts`),
      el('h3', {}, 'Claims'),
      view.claims.length === 0 ? el('p', {}, 'No claim was found in this text.') : scrollable('Claims of the new article', el('table', {},
        el('caption', {}, 'Claims found in the article'),
        el('thead', {}, el('tr', {}, ['Claim', 'Claimant', 'Hedging', 'Quote'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, view.claims.map(c => el('tr', {},
          el('td', {}, claimValue(c)), el('td', {}, claimant(c)), el('td', {}, modality(c.modality)), el('td', {}, quoteLink(c))))))),
      el('h3', {}, 'Conflicts'),
      conflicts.length === 0 ? el('p', {}, 'Its claims conflict with no other source.') : el('ul', { class: 'conflicts' }, conflicts.map(c => el('li', {},
        el('strong', {}, c.about), ' ', el('span', { class: 'badge ' + c.severity }, `${c.severity} · ${conflictKind(c.kind)}`), ' — ', c.explanation, ' ',
        link('/events/' + encodeURIComponent(c.eventId), 'See the event'))))));
  heading.focus();
}
