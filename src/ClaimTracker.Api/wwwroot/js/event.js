// One event: its conflicts with every side's quotes, each contested quantity as a table of values by source (lowest,
// highest and latest marked), a stance timeline per actor, and the attribution claims side by side.
import { el, replace, link, scrollable } from './dom.js';
import { get, getAll } from './api.js';
import { claimValue, claimant, conflictKind, dateRange, modality } from './format.js';

export async function renderEvent(main, id) {
  const [view, documents] = await Promise.all([get('/events/' + encodeURIComponent(id)), getAll('/documents')]);
  const published = new Map(documents.map(d => [d.id, d.published || '']));
  const claims = new Map(view.claims.map(c => [c.id, c]));
  const context = { claims, published };
  const event = view.event;
  const outlets = [...new Set(view.claims.map(c => c.source))].sort((a, b) => a.localeCompare(b));
  const stances = view.claims.filter(c => c.kind === 'stance');
  const attributions = view.claims.filter(c => c.kind === 'attribution');
  const shown = new Set([...stances, ...attributions].map(c => c.id));
  for (const summary of view.summaries) for (const value of summary.values) for (const claimId of value.claimIds) shown.add(claimId);
  const others = view.claims.filter(c => !shown.has(c.id));

  replace(main,
    el('p', { class: 'crumbs' }, link('/events', '← All events')),
    el('h1', {}, event.label),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Date'), el('dd', {}, dateRange(event.date) || 'unknown'),
      el('dt', {}, 'Place'), el('dd', {}, event.location || 'unknown'),
      el('dt', {}, 'Sources'), el('dd', {}, `${event.documentIds.length}: ${outlets.join('; ')}`),
      el('dt', {}, 'Conflicts'), el('dd', {}, String(view.conflicts.length))),
    section('Conflicts', view.conflicts.length === 0
      ? el('p', {}, 'The sources agree on everything they say about this event.')
      : el('ul', { class: 'conflicts' }, view.conflicts.map(c => conflictItem(c, context)))),
    view.summaries.length > 0 && section('Contested quantities', view.summaries.map(s => quantityTable(s, context))),
    stances.length > 0 && section('Stances over time', stanceTimelines(stances, published)),
    attributions.length > 0 && section('Who attacked, according to whom', attributionColumns(attributions, published)),
    others.length > 0 && section('Other claims', claimTable('Other claims', others, published)));
}

function section(title, ...content) {
  const id = 'section-' + title.toLowerCase().replace(/[^a-z]+/g, '-');
  return el('section', { 'aria-labelledby': id }, el('h2', { id }, title), content);
}

/** A link to the claim's article with the quote highlighted; the quote is the link's text. */
export function quoteLink(claim) {
  return el('a', { class: 'quote', href: `#/documents/${encodeURIComponent(claim.documentId)}?claim=${encodeURIComponent(claim.id)}` },
    `“${claim.evidence.text}”`);
}

function byPublication(published) {
  return (a, b) => (published.get(a.documentId) || '').localeCompare(published.get(b.documentId) || '')
    || a.documentId.localeCompare(b.documentId) || a.evidence.span.start - b.evidence.span.start;
}

function conflictItem(conflict, { claims, published }) {
  return el('li', { class: 'conflict' },
    el('h3', {}, conflict.about, ' ',
      el('span', { class: 'badge ' + conflict.severity }, `${conflict.severity} · ${conflictKind(conflict.kind)}`)),
    el('p', {}, conflict.explanation),
    el('ul', { class: 'sides' }, conflict.sides.map(side => el('li', {},
      el('strong', { class: 'value' }, side.value),
      el('ul', {}, side.claimIds.map(id => claims.get(id)).filter(Boolean).sort(byPublication(published)).map(claim => el('li', {},
        quoteLink(claim), ' — ', claimant(claim),
        published.get(claim.documentId) ? ', ' + published.get(claim.documentId) : '',
        conflict.latestClaimId === claim.id ? el('span', { class: 'badge' }, 'latest') : null)))))));
}

function quantityTable(summary, { claims, published }) {
  const marks = value => [
    summary.lowest && summary.lowest.value === value.value ? 'lowest' : null,
    summary.highest && summary.highest.value === value.value ? 'highest' : null,
    summary.latest && summary.latest.value === value.value ? 'latest' : null,
  ].filter(Boolean);
  const rows = [];
  for (const value of summary.values) {
    const valueClaims = value.claimIds.map(id => claims.get(id)).filter(Boolean).sort(byPublication(published));
    valueClaims.forEach((claim, index) => rows.push(el('tr', { class: marks(value).join(' ') || null },
      index === 0 ? el('th', { scope: 'rowgroup', rowspan: valueClaims.length }, value.value,
        marks(value).map(m => [' ', el('span', { class: 'badge mark-' + m }, m)])) : null,
      el('td', {}, claimant(claim)),
      el('td', {}, claim.source),
      el('td', {}, published.get(claim.documentId) || 'unknown'),
      el('td', {}, modality(claim.modality)),
      el('td', {}, quoteLink(claim)))));
  }

  const table = el('table', { class: 'quantity' },
    el('caption', {}, summary.about),
    el('thead', {}, el('tr', {},
      ['Value', 'Claimant', 'Outlet', 'Published', 'Hedging', 'Quote'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
  return scrollable('Values of ' + summary.about, table);
}

function stanceTimelines(stances, published) {
  const perActor = new Map();
  for (const claim of stances) {
    if (!perActor.has(claim.subject)) perActor.set(claim.subject, []);
    perActor.get(claim.subject).push(claim);
  }
  return [...perActor].map(([subject, list]) => el('div', { class: 'timeline' },
    el('h3', {}, subject),
    el('ol', {}, list.sort(byPublication(published)).map(claim => el('li', {},
      el('time', { datetime: published.get(claim.documentId) || null }, published.get(claim.documentId) || 'undated'),
      ' ', el('strong', {}, claim.value.stance),
      claim.value.against ? ` against ${claim.value.against.name}` : null,
      ' — ', claim.value.actor ? claim.value.actor.name : 'someone', '; claimed by ', claimant(claim),
      claim.isFactual ? null : el('span', { class: 'badge' }, `${claim.modality}, not a fact`),
      el('br'), quoteLink(claim))))));
}

function attributionColumns(attributions, published) {
  const perAttacker = new Map();
  for (const claim of attributions) {
    const attacker = claim.value.attacker ? claim.value.attacker.name : 'unknown';
    if (!perAttacker.has(attacker)) perAttacker.set(attacker, []);
    perAttacker.get(attacker).push(claim);
  }
  return el('div', { class: 'columns' }, [...perAttacker].map(([attacker, list]) => el('div', { class: 'column' },
    el('h3', {}, attacker),
    el('ul', {}, list.sort(byPublication(published)).map(claim => el('li', {},
      quoteLink(claim), el('br'),
      claimant(claim), ', ', published.get(claim.documentId) || 'undated', '; ', modality(claim.modality)))))));
}

function claimTable(label, list, published) {
  const table = el('table', {},
    el('caption', {}, label),
    el('thead', {}, el('tr', {}, ['Claim', 'Claimant', 'Outlet', 'Published', 'Hedging', 'Quote'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.sort(byPublication(published)).map(claim => el('tr', {},
      el('td', {}, claimValue(claim)),
      el('td', {}, claimant(claim)),
      el('td', {}, claim.source),
      el('td', {}, published.get(claim.documentId) || 'unknown'),
      el('td', {}, modality(claim.modality)),
      el('td', {}, quoteLink(claim))))));
  return scrollable(label, table);
}
