import type { EventSummary, Network, TimelineDay } from './api.js';
import { h, onActivate, svg } from './dom.js';
import { CONFLICT, COOPERATION, QUAD_COLOURS, QUAD_LABELS } from './palette.js';

const TITLE = (text: string) => svg('title', {}, text);

/** Events per day, stacked by quad class; a bar selects that day. */
export function renderTimeline(days: TimelineDay[], onDay: (date: string) => void): Element {
  if (days.length === 0) return h('p', { class: 'empty' }, 'No dated events for these filters.');
  const width = 600;
  const height = 160;
  const max = Math.max(...days.map((d) => d.total));
  const step = width / days.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 20}`, role: 'group', 'aria-label': 'Events per day by quad class', class: 'chart', 'data-testid': 'timeline' });
  days.forEach((day, i) => {
    const bar = svg('g', { tabindex: 0, role: 'button', class: 'bar', 'data-date': day.date, 'aria-label': `${day.date}: ${day.total} events` }, TITLE(describeDay(day)));
    let y = height;
    day.quad.forEach((count, q) => {
      if (count === 0) return;
      const barHeight = (count / max) * (height - 10);
      y -= barHeight;
      bar.append(svg('rect', { x: i * step + 1, y, width: Math.max(1, step - 2), height: barHeight, fill: QUAD_COLOURS[q] ?? '#999' }));
    });
    onActivate(bar, () => onDay(day.date));
    chart.append(bar);
  });
  const first = days[0]?.date ?? '';
  const last = days[days.length - 1]?.date ?? '';
  chart.append(svg('text', { x: 0, y: height + 15, class: 'axis' }, first), svg('text', { x: width, y: height + 15, 'text-anchor': 'end', class: 'axis' }, last));
  return h('div', {}, chart, quadLegend());
}

function describeDay(day: TimelineDay): string {
  return `${day.date}: ${day.total} events (${day.quad.map((n, q) => `${QUAD_LABELS[q]} ${n}`).join(', ')})`;
}

function quadLegend(): HTMLElement {
  return h('ul', { class: 'legend' }, ...QUAD_LABELS.map((label, q) => h('li', {}, h('span', { class: 'swatch', style: `background:${QUAD_COLOURS[q]}` }), label)));
}

/** Who → whom on a circle; edge colour = mostly cooperation or conflict, width = count. An edge selects its dyad. */
export function renderNetwork(network: Network, onEdge: (source: string, target: string) => void): Element {
  if (network.edges.length === 0) return h('p', { class: 'empty' }, 'No events with both a source and a target for these filters.');
  const size = 420;
  const centre = size / 2;
  const radius = size / 2 - 50;
  const nodes = network.nodes.slice(0, 40);
  const position = new Map(nodes.map((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [node.id, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle) }];
  }));
  const maxCount = Math.max(...network.edges.map((e) => e.count));
  const chart = svg('svg', { viewBox: `0 0 ${size} ${size}`, role: 'group', 'aria-label': 'Actor network', class: 'chart network', 'data-testid': 'network' });
  chart.append(svg('defs', {}, marker('arrow-coop', COOPERATION), marker('arrow-conflict', CONFLICT)));
  for (const edge of network.edges) {
    const from = position.get(edge.source);
    const to = position.get(edge.target);
    if (!from || !to) continue;
    const conflict = edge.conflict > edge.cooperation;
    const label = `${edge.source} → ${edge.target}: ${edge.count} events (${edge.cooperation} cooperation, ${edge.conflict} conflict)`;
    // A gentle curve to the right of the direction of travel keeps A→B and B→A apart.
    const bend = 0.18;
    const cx = (from.x + to.x) / 2 - (to.y - from.y) * bend;
    const cy = (from.y + to.y) / 2 + (to.x - from.x) * bend;
    const line = svg('path', {
      d: `M${from.x},${from.y} Q${cx},${cy} ${to.x},${to.y}`, fill: 'none', stroke: conflict ? CONFLICT : COOPERATION, 'stroke-width': 1 + (5 * edge.count) / maxCount,
      'marker-end': `url(#${conflict ? 'arrow-conflict' : 'arrow-coop'})`, class: 'edge', tabindex: 0, role: 'button', 'aria-label': label,
      'data-source': edge.source, 'data-target': edge.target,
    }, TITLE(label));
    onActivate(line, () => onEdge(edge.source, edge.target));
    chart.append(line);
  }
  for (const node of nodes) {
    const at = position.get(node.id);
    if (!at) continue;
    chart.append(svg('g', { class: 'node' }, svg('circle', { cx: at.x, cy: at.y, r: 5 }), svg('text', { x: at.x, y: at.y - 9, 'text-anchor': 'middle' }, node.id), TITLE(`${node.id} ${node.name}: ${node.count}`)));
  }
  return chart;
}

function marker(id: string, colour: string): SVGElement {
  return svg('marker', { id, viewBox: '0 0 10 10', refX: 14, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' }, svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }));
}

export type Projected = { x: number; y: number };

/** Event dots over the world basemap; a dot opens the event's evidence. */
export function renderMap(basemap: SVGElement, events: EventSummary[], project: (lon: number, lat: number) => Projected, onEvent: (id: string) => void): Element {
  const chart = basemap.cloneNode(true) as SVGElement;
  let placed = 0;
  for (const event of events) {
    if (!event.place || event.place.lat === null || event.place.lon === null) continue;
    const { x, y } = project(event.place.lon, event.place.lat);
    const label = `${event.id} ${event.date ?? ''} CAMEO ${event.cameo} at ${event.place.name}`;
    const dot = svg('circle', { cx: x, cy: y, r: 3 + Math.min(5, event.articles), fill: QUAD_COLOURS[event.quadClass - 1] ?? '#555', class: 'dot', tabindex: 0, role: 'button', 'aria-label': label, 'data-event': event.id }, TITLE(label));
    onActivate(dot, () => onEvent(event.id));
    chart.append(dot);
    placed++;
  }
  return h('div', {}, chart, h('p', { class: 'hint' }, `${placed} of ${events.length} events on this page have coordinates.`));
}
