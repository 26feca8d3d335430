// The events list: each event with its date, place, number of sources and of conflicts, most contested first, filtered
// by conflict kind, severity and source. The API filters the conflicts; this view only counts them per event.
import { el, replace, link, scrollable } from './dom.js';
import { getAll } from './api.js';
import { conflictKinds, conflictKind, dateRange } from './format.js';

export async function renderEvents(main, query) {
  const [events, documents] = await Promise.all([getAll('/events'), getAll('/documents')]);
  const sources = [...new Set(documents.map(d => d.source))].sort((a, b) => a.localeCompare(b));
  const filters = { kind: query.get('kind') || '', severity: query.get('severity') || '', source: query.get('source') || '' };

  const results = el('div', { 'aria-live': 'polite' });
  // Each filter change starts a request; only the newest may fill the list, or a slow first answer could replace a
  // filtered one (and the focus within it) after the user moved on.
  let newest = 0;
  const show = async () => {
    const request = ++newest;
    const shown = await eventsTable(events, filters);
    if (request === newest) replace(results, shown);
  };
  const form = el('form', { class: 'filters', 'aria-label': 'Filter the events' },
    select('kind', 'Conflict kind', [['', 'Any kind'], ...conflictKinds.map(k => [k, conflictKind(k)])], filters.kind),
    select('severity', 'Severity', [['', 'Any severity'], ['hard', 'Hard'], ['soft', 'Soft']], filters.severity),
    select('source', 'Source', [['', 'Any source'], ...sources.map(s => [s, s])], filters.source));
  form.addEventListener('submit', e => e.preventDefault());
  form.addEventListener('change', async () => {
    const data = new FormData(form);
    for (const name of Object.keys(filters)) filters[name] = data.get(name) || '';
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    // The filters live in the address so a filtered list can be shared, without re-rendering (and unfocusing) the form.
    history.replaceState(null, '', '#/events' + (params.size ? '?' + params : ''));
    try {
      await show();
    } catch (error) {
      replace(results, el('p', { role: 'alert', class: 'error' }, error.message));
    }
  });

  replace(main,
    el('h1', {}, 'Events'),
    el('p', { class: 'lead' }, `${events.length} events from ${documents.length} articles. The most contested come first.`),
    form,
    results);
  await show();
}

function select(name, label, options, current) {
  const id = 'filter-' + name;
  const control = el('select', { id, name },
    options.map(([value, text]) => el('option', { value, selected: value === current }, text)));
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

async function eventsTable(events, filters) {
  const conflicts = await getAll('/conflicts', filters);
  const perEvent = new Map();
  for (const conflict of conflicts) perEvent.set(conflict.eventId, (perEvent.get(conflict.eventId) || 0) + 1);
  const filtered = filters.kind || filters.severity || filters.source;
  const shown = events
    .filter(e => !filtered || perEvent.has(e.id))
    .map(e => ({ event: e, conflicts: perEvent.get(e.id) || 0 }))
    .sort((a, b) => b.conflicts - a.conflicts || b.event.documentIds.length - a.event.documentIds.length
      || a.event.label.localeCompare(b.event.label));

  if (shown.length === 0) return el('p', { role: 'status' }, 'No event has a conflict that matches these filters.');

  const table = el('table', { class: 'events' },
    el('caption', {}, filtered ? `${shown.length} events with matching conflicts` : `${shown.length} events`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Event'),
      el('th', { scope: 'col' }, 'Date'),
      el('th', { scope: 'col' }, 'Place'),
      el('th', { scope: 'col', class: 'num' }, 'Sources'),
      el('th', { scope: 'col', class: 'num' }, filtered ? 'Matching conflicts' : 'Conflicts'))),
    el('tbody', {}, shown.map(({ event, conflicts }) => el('tr', {},
      el('th', { scope: 'row' }, link('/events/' + encodeURIComponent(event.id), event.label)),
      el('td', {}, dateRange(event.date) || 'unknown'),
      el('td', {}, event.location || 'unknown'),
      el('td', { class: 'num' }, event.documentIds.length),
      el('td', { class: 'num' }, conflicts > 0 ? el('strong', {}, conflicts) : '0')))));
  return scrollable('Events', table);
}
