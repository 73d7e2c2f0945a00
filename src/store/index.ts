import type { DocMeta } from '../core/doc.js';
import { getDocument, getEvent, listActors, readStats } from './detail.js';
import type { EventFilter } from './filters.js';
import { hashContent } from './hash.js';
import { openDb, type Db } from './open.js';
import { iterateEvents, listEvents, network, timeline, type EventQuery, type Page, type Sort } from './query.js';
import { createDocWriter, type DocStatus, type StoredInput, type WriteSummary } from './write.js';

export type { EventFilter, EventQuery, Page, Sort, StoredInput, WriteSummary, DocStatus };
export { SORTS } from './query.js';
export { CLUSTER_RULES } from './cluster.js';
export { hashContent };

export interface StoreOptions {
  /** Group mentions of the same real-world event across articles (default true). */
  readonly cluster?: boolean;
}

/** The Dyad database: coded documents in, events, actors, timelines and networks out. */
export interface Store {
  readonly db: Db;
  status(id: string, doc: { date: string | null; text: string; meta: DocMeta }, dataHash: string): DocStatus;
  writeBatch(batch: readonly StoredInput[]): WriteSummary;
  listEvents: (query: EventQuery, page: Page) => ReturnType<typeof listEvents>;
  iterateEvents: (query: EventQuery, sort: Sort) => ReturnType<typeof iterateEvents>;
  getEvent: (id: string) => ReturnType<typeof getEvent>;
  getDocument: (id: string) => ReturnType<typeof getDocument>;
  listActors: (q: string | undefined, limit: number, offset: number) => ReturnType<typeof listActors>;
  timeline: (query: EventQuery) => ReturnType<typeof timeline>;
  network: (query: EventQuery, maxEdges: number) => ReturnType<typeof network>;
  stats: () => ReturnType<typeof readStats>;
  close(): void;
}

export function openStore(file: string, options: StoreOptions = {}): Store {
  const db = openDb(file);
  const writer = createDocWriter(db, options.cluster ?? true);
  return {
    db,
    status: (id, doc, dataHash) => writer.status(id, hashContent(doc), dataHash),
    writeBatch: (batch) => writer.writeBatch(batch),
    listEvents: (query, page) => listEvents(db, query, page),
    iterateEvents: (query, sort) => iterateEvents(db, query, sort),
    getEvent: (id) => getEvent(db, id),
    getDocument: (id) => getDocument(db, id),
    listActors: (q, limit, offset) => listActors(db, q, limit, offset),
    timeline: (query) => timeline(db, query),
    network: (query, maxEdges) => network(db, query, maxEdges),
    stats: () => readStats(db),
    close: () => db.close(),
  };
}
