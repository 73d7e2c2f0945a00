import type { DocMeta } from '../core/doc.js';
import type { CodedDocument } from '../contract/types.js';
import { createClusterer } from './cluster.js';
import { hashContent } from './hash.js';
import type { Db } from './open.js';
import { toEventRow, type EventRow } from './rows.js';
import { toStoredJson } from './stored-json.js';

/** A coded document with the input metadata the contract does not carry. */
export interface StoredInput {
  readonly coded: CodedDocument;
  readonly meta: DocMeta;
  /** toStoredJson(coded), when a worker thread has already made it. */
  readonly stored?: string;
}

export type DocStatus = 'new' | 'unchanged' | 'changed';

export interface WriteSummary {
  added: number;
  recoded: number;
  unchanged: number;
}

export interface DocWriter {
  /** Whether a document with this id, content and lexicon hash would change the store. */
  status(id: string, contentHash: string, dataHash: string): DocStatus;
  /** Writes a batch in one transaction: all of it is committed, or none of it. */
  writeBatch(batch: readonly StoredInput[]): WriteSummary;
}

export function createDocWriter(db: Db, cluster: boolean): DocWriter {
  const clusterer = createClusterer(db, cluster);
  const find = db.prepare<[string], { rowid: number; content_hash: string; data_hash: string }>(
    'SELECT rowid, content_hash, data_hash FROM documents WHERE id = ?',
  );
  const clustersOf = db.prepare<[number], { cluster: number }>('SELECT DISTINCT cluster FROM events WHERE doc = ?');
  const remove = db.prepare('DELETE FROM documents WHERE rowid = ?');
  const insertDoc = db.prepare(
    `INSERT INTO documents (id, date, source, url, title, text, content_hash, data_hash, version, coded, event_count)
     VALUES (@id, @date, @source, @url, @title, @text, @content_hash, @data_hash, @version, @coded, @event_count)`,
  );
  const insertActor = db.prepare(
    `INSERT INTO actors (doc, actor_id, name, code, country, sector, kind, mentions)
     VALUES (@doc, @actor_id, @name, @code, @country, @sector, @kind, @mentions)`,
  );
  const insertPlace = db.prepare(
    `INSERT INTO places (doc, place_id, name, country, admin1, lat, lon, geonameid, mentions)
     VALUES (@doc, @place_id, @name, @country, @admin1, @lat, @lon, @geonameid, @mentions)`,
  );
  const insertQuote = db.prepare(
    `INSERT INTO quotes (doc, quote_id, start, end, direct, speaker_actor, speaker_name, speaker_code, speaker_start, speaker_end, cue_start, cue_end)
     VALUES (@doc, @quote_id, @start, @end, @direct, @speaker_actor, @speaker_name, @speaker_code, @speaker_start, @speaker_end, @cue_start, @cue_end)`,
  );
  const eventColumns = Object.keys(toEventRowTemplate());
  const insertEvent = db.prepare(
    `INSERT INTO events (doc, cluster, ${eventColumns.join(', ')}) VALUES (@doc, @cluster, ${eventColumns.map((c) => `@${c}`).join(', ')})`,
  );

  const status = (id: string, contentHash: string, dataHash: string): DocStatus => {
    const row = find.get(id);
    if (!row) return 'new';
    return row.content_hash === contentHash && row.data_hash === dataHash ? 'unchanged' : 'changed';
  };

  const writeOne = (input: StoredInput): DocStatus => {
    const { coded, meta } = input;
    const contentHash = hashContent({ date: coded.date, text: coded.text, meta });
    const existing = find.get(coded.id);
    if (existing && existing.content_hash === contentHash && existing.data_hash === coded.meta.dataHash) return 'unchanged';
    if (existing) {
      // A re-coded document leaves its clusters first: recount those from what remains.
      const left = clustersOf.all(existing.rowid).map(({ cluster }) => cluster);
      remove.run(existing.rowid);
      clusterer.refresh(left);
    }
    const doc = Number(
      insertDoc.run({
        id: coded.id, date: coded.date, source: meta.source ?? null, url: meta.url ?? null, title: meta.title ?? null,
        text: coded.text, content_hash: contentHash, data_hash: coded.meta.dataHash, version: coded.meta.version,
        coded: input.stored ?? toStoredJson(coded), event_count: coded.events.length,
      }).lastInsertRowid,
    );
    for (const a of coded.actors) {
      insertActor.run({ doc, actor_id: a.id, name: a.name, code: a.code, country: a.country, sector: a.sector, kind: a.kind, mentions: a.mentions.length });
    }
    for (const p of coded.places) {
      insertPlace.run({ doc, place_id: p.id, name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, geonameid: p.geonameid, mentions: p.mentions.length });
    }
    for (const q of coded.quotes) {
      insertQuote.run({
        doc, quote_id: q.id, start: q.start, end: q.end, direct: q.direct ? 1 : 0,
        speaker_actor: q.speaker?.actor ?? null, speaker_name: q.speaker?.name ?? null, speaker_code: q.speaker?.code ?? null,
        speaker_start: q.speaker?.start ?? null, speaker_end: q.speaker?.end ?? null,
        cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null,
      });
    }
    // Counts grow mention by mention, so the next document's mentions see this one's clusters
    // without recounting whole clusters (which made ingest quadratic in a cluster's size).
    const joined = new Set<number>();
    for (const event of coded.events) {
      const row = toEventRow(coded, event);
      const cluster = clusterer.assign(row);
      const eventId = Number(insertEvent.run({ ...row, doc, cluster }).lastInsertRowid);
      clusterer.count(cluster, eventId, !joined.has(cluster));
      joined.add(cluster);
    }
    return existing ? 'changed' : 'new';
  };

  const writeBatch = db.transaction((batch: readonly StoredInput[]): WriteSummary => {
    const summary: WriteSummary = { added: 0, recoded: 0, unchanged: 0 };
    for (const input of batch) {
      const result = writeOne(input);
      if (result === 'new') summary.added++;
      else if (result === 'changed') summary.recoded++;
      else summary.unchanged++;
    }
    return summary;
  });

  return { status, writeBatch };
}

/** The event columns, taken from a flattened dummy event so the SQL and EventRow cannot drift apart. */
function toEventRowTemplate(): EventRow {
  const trigger = { start: 0, end: 0, text: '' };
  return toEventRow(
    { dyad: '1', id: '', date: null, text: '', sentences: [], actors: [], places: [], quotes: [], events: [], meta: { version: '', dataHash: '', timingsMs: {} } },
    { id: '', sentence: 0, cameo: '', plover: { type: null, mode: null }, quadClass: 0, goldstein: null, source: null, target: null, trigger, date: null, dateSpan: null, place: null, killed: null, injured: null, arrested: null, negated: false, hypothetical: false, quote: null, rule: '' },
  );
}
