import type { EventSummary } from './api.js';
import { h } from './dom.js';

const COLUMNS: [label: string, sort: string | null, value: (e: EventSummary) => string][] = [
  ['Date', 'date', (e) => e.date ?? ''],
  ['Source', null, (e) => (e.source ? `${e.source.name ?? ''} (${e.source.code ?? '?'})` : '—')],
  ['CAMEO', 'cameo', (e) => e.cameo],
  ['PLOVER', null, (e) => e.plover.type ?? ''],
  ['Target', null, (e) => (e.target ? `${e.target.name ?? ''} (${e.target.code ?? '?'})` : '—')],
  ['Place', null, (e) => (e.place ? e.place.name : '')],
  ['Articles', 'articles', (e) => String(e.articles)],
  ['Mentions', 'mentions', (e) => String(e.mentions)],
];

/** The event table: sortable headers (buttons), one button per row that opens the evidence. */
export function renderEventTable(events: EventSummary[], sort: string, onSort: (sort: string) => void, onOpen: (id: string) => void): HTMLElement {
  const header = h('tr', {}, ...COLUMNS.map(([label, key]) => {
    if (!key) return h('th', { scope: 'col' }, label);
    const active = sort.replace('-', '') === key;
    const descending = sort.startsWith('-');
    const next = active && !descending ? `-${key}` : key;
    return h('th', { scope: 'col', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => onSort(next) }, label, active ? (descending ? ' ▼' : ' ▲') : ''));
  }), h('th', { scope: 'col' }, 'Evidence'));
  const rows = events.map((event) =>
    h('tr', { 'data-event': event.id }, ...COLUMNS.map(([label, , value]) => h('td', { 'data-label': label }, value(event))),
      h('td', {}, h('button', { type: 'button', class: 'link', 'aria-label': `evidence for ${event.id}`, onclick: () => onOpen(event.id) }, `“${event.trigger}”`))),
  );
  return h('div', { class: 'table-wrap' }, h('table', { class: 'events', 'data-testid': 'event-table' }, h('thead', {}, header), h('tbody', {}, ...rows)));
}
