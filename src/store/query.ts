import { buildWhere, type EventFilter } from './filters.js';
import type { Db } from './open.js';
import { toEventSummary, type EventSummary, type UnitRow } from './event-view.js';

export const SORTS = ['date', '-date', 'articles', '-articles', 'mentions', '-mentions', 'goldstein', '-goldstein', 'cameo', '-cameo'] as const;
export type Sort = (typeof SORTS)[number];

export interface EventQuery {
  readonly filter: EventFilter;
  /** true: one row per real-world event (cluster); false: one row per mention. */
  readonly clustered: boolean;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
  readonly sort: Sort;
}

/**
 * The selected "units" as a CTE: clusters having at least one mention that passes the filter
 * (shown through their anchor mention), or the matching mentions themselves.
 */
export function unitsCte(query: EventQuery): { sql: string; params: Record<string, string | number> } {
  const where = buildWhere(query.filter);
  const sql = query.clustered
    ? `WITH units AS (
         SELECT e.*, c.id AS unit, c.articles, c.mentions, d.id AS doc_id, d.title AS doc_title
         FROM clusters c JOIN events e ON e.id = c.anchor JOIN documents d ON d.rowid = e.doc
         WHERE c.id IN (SELECT e.cluster FROM events e JOIN documents d ON d.rowid = e.doc ${where.sql}))`
    : `WITH units AS (
         SELECT e.*, e.id AS unit, 1 AS articles, 1 AS mentions, d.id AS doc_id, d.title AS doc_title
         FROM events e JOIN documents d ON d.rowid = e.doc ${where.sql})`;
  return { sql, params: where.params };
}

export function listEvents(db: Db, query: EventQuery, page: Page): { total: number; events: EventSummary[] } {
  const { sql, params } = unitsCte(query);
  const total = (db.prepare(`${sql} SELECT COUNT(*) AS n FROM units`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${sql} SELECT * FROM units ORDER BY ${orderBy(page.sort)} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: page.limit, offset: page.offset }) as UnitRow[];
  return { total, events: rows.map((row) => toEventSummary(row, query.clustered)) };
}

/** Every selected event, streamed (exports). */
export function* iterateEvents(db: Db, query: EventQuery, sort: Sort): Generator<EventSummary> {
  const { sql, params } = unitsCte(query);
  for (const row of db.prepare(`${sql} SELECT * FROM units ORDER BY ${orderBy(sort)}`).iterate(params)) {
    yield toEventSummary(row as UnitRow, query.clustered);
  }
}

function orderBy(sort: Sort): string {
  const descending = sort.startsWith('-');
  const column = { date: 'date', articles: 'articles', mentions: 'mentions', goldstein: 'goldstein', cameo: 'cameo' }[
    sort.replace('-', '') as 'date'
  ];
  const direction = descending ? 'DESC' : 'ASC';
  return `${column} IS NULL, ${column} ${direction}, unit ${direction}`;
}

export interface TimelineDay {
  date: string;
  total: number;
  /** Events per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: [number, number, number, number];
}

export function timeline(db: Db, query: EventQuery): TimelineDay[] {
  const { sql, params } = unitsCte(query);
  const rows = db
    .prepare(`${sql} SELECT date, quad_class AS quad, COUNT(*) AS n FROM units WHERE date IS NOT NULL GROUP BY date, quad_class ORDER BY date`)
    .all(params) as { date: string; quad: number; n: number }[];
  const days = new Map<string, TimelineDay>();
  for (const row of rows) {
    let day = days.get(row.date);
    if (!day) days.set(row.date, (day = { date: row.date, total: 0, quad: [0, 0, 0, 0] }));
    day.total += row.n;
    if (row.quad >= 1 && row.quad <= 4) day.quad[row.quad - 1] = (day.quad[row.quad - 1] ?? 0) + row.n;
  }
  return [...days.values()];
}

export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  cooperation: number;
  conflict: number;
}

export interface Network {
  nodes: { id: string; name: string; count: number }[];
  edges: NetworkEdge[];
}

/** Who → whom: directed edges between actor codes, with cooperation/conflict counts (quad classes 1-2 / 3-4). */
export function network(db: Db, query: EventQuery, maxEdges: number): Network {
  const { sql, params } = unitsCte(query);
  const edges = db
    .prepare(
      `${sql} SELECT source_code AS source, target_code AS target, COUNT(*) AS count,
         SUM(quad_class IN (1, 2)) AS cooperation, SUM(quad_class IN (3, 4)) AS conflict,
         MIN(source_name) AS sourceName, MIN(target_name) AS targetName
       FROM units WHERE source_code IS NOT NULL AND target_code IS NOT NULL
       GROUP BY source_code, target_code ORDER BY count DESC, source, target LIMIT @maxEdges`,
    )
    .all({ ...params, maxEdges }) as (NetworkEdge & { sourceName: string; targetName: string })[];
  const nodes = new Map<string, { id: string; name: string; count: number }>();
  const touch = (id: string, name: string, count: number) => {
    const node = nodes.get(id) ?? { id, name, count: 0 };
    node.count += count;
    nodes.set(id, node);
  };
  for (const edge of edges) {
    touch(edge.source, edge.sourceName, edge.count);
    touch(edge.target, edge.targetName, edge.count);
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    edges: edges.map(({ source, target, count, cooperation, conflict }) => ({ source, target, count, cooperation, conflict })),
  };
}

/** A selected unit as a pointer to its stored event, with GDELT-style counts (mentions, distinct sources, articles). */
export interface EventRef {
  docId: string;
  eventId: string;
  mentions: number;
  sources: number;
  articles: number;
}

/** Which stored event each selected unit is, for exports that re-read the coded documents. */
export function* iterateEventRefs(db: Db, query: EventQuery, sort: Sort): Generator<EventRef> {
  const { sql, params } = unitsCte(query);
  // A source is the outlet (documents.source), or the article itself when the outlet is unknown.
  const sources = query.clustered
    ? '(SELECT COUNT(DISTINCT COALESCE(d2.source, d2.id)) FROM events e2 JOIN documents d2 ON d2.rowid = e2.doc WHERE e2.cluster = units.unit)'
    : '1';
  const select = `${sql} SELECT doc_id AS docId, event_id AS eventId, mentions, articles, ${sources} AS sources FROM units ORDER BY ${orderBy(sort)}`;
  for (const row of db.prepare(select).iterate(params)) yield row as EventRef;
}
