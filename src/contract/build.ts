import type { Doc } from '../core/doc.js';
import type { Layers } from '../core/layers.js';
import { buildEvents } from './build-events.js';
import { buildQuotes } from './build-quotes.js';
import { CONTRACT_VERSION, type CodedDocument } from './types.js';

export interface BuildInfo {
  readonly version: string;
  readonly dataHash: string;
  readonly timingsMs: Readonly<Record<string, number>>;
}

/** Turns the pipeline's layers into the output contract. Layers not yet produced give empty arrays. */
export function buildCodedDocument(doc: Doc, layers: Readonly<Partial<Layers>>, info: BuildInfo): CodedDocument {
  const sentences = layers.segmentation?.sentences ?? [];
  return {
    dyad: CONTRACT_VERSION,
    id: doc.id,
    date: doc.date,
    text: doc.text,
    sentences: sentences.map(({ start, end }) => ({ start, end })),
    actors: [],
    places: [],
    quotes: buildQuotes(doc.text, layers.quotes, layers.actors),
    events: buildEvents(doc.text, layers.events, layers.actors, layers.places),
    meta: { version: info.version, dataHash: info.dataHash, timingsMs: info.timingsMs },
  };
}
