import { ApiError, getJson, toQuery, type EventDetail, type EventSummary, type Network, type TimelineDay } from './api.js';
import { createBasemap, project } from './basemap.js';
import { renderMap, renderNetwork, renderTimeline } from './charts.js';
import { clear, h } from './dom.js';
import { renderEventDetail } from './event-record.js';
import { renderEventTable } from './event-table.js';
import { createFiltersForm, type Filters } from './filters-form.js';

const PAGE = 50;

/** "Corpus": filters, then the event table, a timeline, the actor network and a map, all opening the evidence. */
export function createCorpusView(): { element: HTMLElement; load(): Promise<void> } {
  let filters: Filters = {};
  let sort = '-date';
  let offset = 0;
  let basemap: SVGElement | null = null;
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-testid': 'corpus-status' });
  const table = h('div', { class: 'card' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' });
  const timeline = h('div', { class: 'card' });
  const network = h('div', { class: 'card' });
  const map = h('div', { class: 'card' });
  const panel = h('aside', { class: 'panel', 'aria-label': 'Event evidence', 'data-testid': 'corpus-panel', tabindex: -1 },
    h('p', { class: 'hint' }, 'Open an event from the table, the map or the network to read its evidence.'));
  const form = createFiltersForm((next) => {
    filters = next;
    offset = 0;
    void load();
  });

  const openEvent = async (id: string) => {
    try {
      clear(panel, renderEventDetail(await getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`)));
      panel.focus();
    } catch (error) {
      clear(panel, h('p', { class: 'error' }, message(error)));
    }
  };
  const narrow = (extra: Filters) => {
    filters = { ...filters, ...extra };
    form.set(filters);
    offset = 0;
    void load();
  };

  async function load(): Promise<void> {
    status.textContent = 'Loading…';
    try {
      const base = { ...filters };
      const [list, days, net, mapped] = await Promise.all([
        getJson<{ total: number; events: EventSummary[] }>(`/api/events${toQuery({ ...base, sort, limit: PAGE, offset })}`),
        getJson<{ days: TimelineDay[] }>(`/api/stats/timeline${toQuery(base)}`),
        getJson<Network>(`/api/network${toQuery({ ...base, maxEdges: 60 })}`),
        getJson<{ events: EventSummary[] }>(`/api/events${toQuery({ ...base, sort: '-articles', limit: 500 })}`),
      ]);
      status.textContent = `${list.total} event${list.total === 1 ? '' : 's'}${filters.cluster === 'false' ? ' (mentions)' : ''}; showing ${list.total === 0 ? 0 : offset + 1}–${offset + list.events.length}.`;
      clear(table, h('h2', {}, 'Events'), renderEventTable(list.events, sort, (next) => { sort = next; void load(); }, (id) => void openEvent(id)), pager);
      clear(pager,
        h('button', { type: 'button', disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE); void load(); } }, '← Previous'),
        h('button', { type: 'button', disabled: offset + PAGE >= list.total, onclick: () => { offset += PAGE; void load(); } }, 'Next →'));
      clear(timeline, h('h2', {}, 'Timeline'), renderTimeline(days.days, (date) => narrow({ from: date, to: date })));
      clear(network, h('h2', {}, 'Actor network'), renderNetwork(net, (source) => narrow({ actor: source })));
      basemap ??= createBasemap();
      clear(map, h('h2', {}, 'Map'), renderMap(basemap, mapped.events, project, (id) => void openEvent(id)));
    } catch (error) {
      status.textContent = message(error);
    }
  }

  const element = h('section', { id: 'view-corpus', class: 'view', 'aria-labelledby': 'tab-corpus', hidden: true },
    form.form, status, h('div', { class: 'corpus-layout' }, h('div', { class: 'corpus-main' }, table, timeline, network, map), panel));
  return { element, load };
}

function message(error: unknown): string {
  return error instanceof ApiError ? `Error: ${error.message}` : 'Error: the server did not answer';
}
