// One article with a claim's quote highlighted in context: the text is sliced at the claim's offsets into text nodes
// around a <mark>, so nothing in the article can become markup.
import { el, replace, link } from './dom.js';
import { get, getAll } from './api.js';
import { claimValue, claimant, modality } from './format.js';
import { quoteLink } from './event.js';

export async function renderDocument(main, id, claimId) {
  const [view, events] = await Promise.all([get('/documents/' + encodeURIComponent(id)), getAll('/events')]);
  const doc = view.document;
  const text = doc.text || '';
  const claim = view.claims.find(c => c.id === claimId);
  const span = claim && claim.evidence && claim.evidence.span;
  const usable = span && span.start >= 0 && span.end <= text.length && span.start < span.end;
  const mark = usable ? el('mark', { id: 'quote', tabindex: -1 }, text.slice(span.start, span.end)) : null;
  const body = el('div', { class: 'article-text' }, usable ? [text.slice(0, span.start), mark, text.slice(span.end)] : text);
  const ofEvents = events.filter(e => e.documentIds.includes(doc.id));

  replace(main,
    el('p', { class: 'crumbs' }, ofEvents.length > 0
      ? ['Events of this article: ', ofEvents.map((e, i) => [i > 0 ? ' · ' : '', link('/events/' + encodeURIComponent(e.id), e.label)])]
      : link('/events', '← All events')),
    el('h1', {}, doc.title || doc.source),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Source'), el('dd', {}, doc.source),
      el('dt', {}, 'Published'), el('dd', {}, doc.published || 'unknown'),
      doc.url ? [el('dt', {}, 'Address'), el('dd', {}, isWebAddress(doc.url) ? el('a', { href: doc.url, rel: 'noopener noreferrer' }, doc.url) : doc.url)] : null,
      el('dt', {}, 'Claims'), el('dd', {}, String(view.claims.length))),
    claim && el('section', { class: 'highlighted', 'aria-labelledby': 'highlighted-title' },
      el('h2', { id: 'highlighted-title' }, 'Highlighted claim'),
      el('p', {}, el('strong', {}, claimValue(claim)), ' — ', claimant(claim), '; ', modality(claim.modality)),
      usable ? el('p', {}, el('a', { href: '#quote', class: 'jump' }, 'Jump to the highlighted quote')) : el('p', { role: 'alert' }, 'The quote could not be placed in this text.')),
    claimId && !claim ? el('p', { role: 'alert' }, 'This article has no claim with that id.') : null,
    el('section', { 'aria-labelledby': 'text-title' }, el('h2', { id: 'text-title' }, 'Article text'), body),
    view.claims.length > 0 && el('section', { 'aria-labelledby': 'claims-title' },
      el('h2', { id: 'claims-title' }, 'Claims in this article'),
      el('ul', { class: 'claims' }, view.claims.map(c => el('li', { 'aria-current': c.id === claimId ? 'true' : null },
        el('strong', {}, claimValue(c)), ' — ', claimant(c), '; ', modality(c.modality), el('br'), quoteLink(c))))));

  if (mark) {
    // Focus moves to the quote, so it is both in view and where the keyboard continues.
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
    main.querySelector('a.jump').addEventListener('click', e => {
      e.preventDefault();
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: 'center' });
    });
  }
}

/** Only http and https addresses become links; anything else (such as a javascript: address) stays text. */
function isWebAddress(address) {
  try {
    return ['http:', 'https:'].includes(new URL(address).protocol);
  } catch {
    return false;
  }
}
