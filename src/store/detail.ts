import type { TextSpan } from '../core/span.js';
import type { CodedDocument } from '../contract/types.js';
import { toEventSummary, type EventSummary, type UnitRow } from './event-view.js';
import type { Db } from './open.js';

/** One mention of an event with its evidence: the sentence and every span, as offsets into the document text. */
export interface MentionEvidence {
  readonly id: string;
  readonly eventId: string;
  readonly document: { readonly id: string; readonly title: string | null; readonly date: string | null; readonly url: string | null; readonly source: string | null };
  readonly cameo: string;
  readonly rule: string;
  readonly sentence: TextSpan;
  readonly trigger: TextSpan;
  readonly source: TextSpan | null;
  readonly target: TextSpan | null;
  readonly place: TextSpan | null;
  readonly date: TextSpan | null;
}

export interface EventDetail extends EventSummary {
  readonly evidence: readonly MentionEvidence[];
}

/** `c<n>` is a real-world event (cluster), `m<n>` one mention. Null when there is no such event. */
export function getEvent(db: Db, id: string): EventDetail | null {
  const match = /^([cm])(\d{1,15})$/.exec(id);
  if (!match) return null;
  const clustered = match[1] === 'c';
  const unit = Number(match[2]);
  const head = clustered
    ? `SELECT e.*, c.id AS unit, c.articles, c.mentions, d.id AS doc_id, d.title AS doc_title
       FROM clusters c JOIN events e ON e.id = c.anchor JOIN documents d ON d.rowid = e.doc WHERE c.id = ?`
    : `SELECT e.*, e.id AS unit, 1 AS articles, 1 AS mentions, d.id AS doc_id, d.title AS doc_title
       FROM events e JOIN documents d ON d.rowid = e.doc WHERE e.id = ?`;
  const row = db.prepare(head).get(unit) as UnitRow | undefined;
  if (!row) return null;
  const members = db
    .prepare(
      `SELECT e.*, d.id AS doc_id, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, d.source AS doc_source, d.text AS doc_text
       FROM events e JOIN documents d ON d.rowid = e.doc WHERE ${clustered ? 'e.cluster' : 'e.id'} = ? ORDER BY e.id`,
    )
    .all(unit) as Record<string, string | number | null>[];
  return { ...toEventSummary(row, clustered), evidence: members.map(toEvidence) };
}

function toEvidence(row: Record<string, string | number | null>): MentionEvidence {
  const text = row.doc_text as string;
  const span = (prefix: string): TextSpan | null => {
    const start = row[`${prefix}_start`];
    const end = row[`${prefix}_end`];
    return typeof start === 'number' && typeof end === 'number' ? { start, end, text: text.slice(start, end) } : null;
  };
  return {
    id: `m${row.id}`,
    eventId: row.event_id as string,
    document: {
      id: row.doc_id as string,
      title: row.doc_title as string | null,
      date: row.doc_date as string | null,
      url: row.doc_url as string | null,
      source: row.doc_source as string | null,
    },
    cameo: row.cameo as string,
    rule: row.rule as string,
    sentence: span('sentence') as TextSpan,
    trigger: span('trigger') as TextSpan,
    source: span('source'),
    target: span('target'),
    place: span('place'),
    date: span('date'),
  };
}

/** The stored coded document (the output contract), with its input metadata. */
export function getDocument(db: Db, id: string): (CodedDocument & { title: string | null; url: string | null; source: string | null }) | null {
  const row = db.prepare('SELECT text, coded, title, url, source FROM documents WHERE id = ?').get(id) as
    | { text: string; coded: string; title: string | null; url: string | null; source: string | null }
    | undefined;
  if (!row) return null;
  const coded = JSON.parse(row.coded) as Omit<CodedDocument, 'text'>;
  return { ...coded, text: row.text, title: row.title, url: row.url, source: row.source };
}

export interface ActorRow {
  code: string;
  name: string;
  country: string | null;
  sector: string | null;
  documents: number;
  mentions: number;
}

/** Actors across the corpus, by code, most widely reported first; `q` matches a code prefix or a piece of a name. */
export function listActors(db: Db, q: string | undefined, limit: number, offset: number): { total: number; actors: ActorRow[] } {
  const where = q ? "WHERE code LIKE @code ESCAPE '\\' OR name LIKE @name ESCAPE '\\'" : '';
  const escaped = (q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`);
  const params = { code: `${escaped.toUpperCase()}%`, name: `%${escaped}%` };
  const grouped = `SELECT code, MIN(name) AS name, MIN(country) AS country, MIN(sector) AS sector,
      COUNT(DISTINCT doc) AS documents, SUM(mentions) AS mentions FROM actors ${where} GROUP BY code`;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM (${grouped})`).get(params) as { n: number }).n;
  const actors = db
    .prepare(`${grouped} ORDER BY documents DESC, mentions DESC, code LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as ActorRow[];
  return { total, actors };
}

export interface StoreStats {
  documents: number;
  events: number;
  mentions: number;
  actors: number;
  firstDate: string | null;
  lastDate: string | null;
}

export function readStats(db: Db): StoreStats {
  return db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM clusters) AS events,
         (SELECT COUNT(*) FROM events) AS mentions, (SELECT COUNT(DISTINCT code) FROM actors) AS actors,
         (SELECT MIN(date) FROM events) AS firstDate, (SELECT MAX(date) FROM events) AS lastDate`,
    )
    .get() as StoreStats;
}
