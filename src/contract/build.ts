import type { Doc } from '../core/doc.js';
import type { Layers } from '../core/layers.js';
import type { ActorLayer } from '../stages/actors/types.js';
import { buildEvents } from './build-events.js';
import { buildPlaces } from './places.js';
import { buildQuotes } from './build-quotes.js';
import { CONTRACT_VERSION, type CodedDocument, type OutActor } from './types.js';

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
    actors: layers.actors ? buildActors(doc.text, layers.actors) : [],
    places: buildPlaces(doc, layers.places),
    quotes: buildQuotes(doc.text, layers.quotes, layers.actors),
    events: buildEvents(doc.text, layers.events, layers.actors, layers.places),
    meta: { version: info.version, dataHash: info.dataHash, timingsMs: info.timingsMs },
  };
}

/** One contract actor per layer actor, with the spans of all its mentions (coreferent ones included). */
function buildActors(text: string, layer: ActorLayer): OutActor[] {
  const mentions = new Map<string, OutActor['mentions'][number][]>();
  for (const mention of layer.mentions) {
    const list = mentions.get(mention.actor) ?? [];
    // A plain literal, not a spread of textSpan(): spread objects are slow to build and to serialise.
    list.push({ start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end), rule: mention.rule });
    mentions.set(mention.actor, list);
  }
  return layer.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    code: actor.code,
    country: actor.country,
    sector: actor.sector,
    kind: actor.kind,
    role: actor.role,
    ploverSector: actor.ploverSector,
    ploverCountry: actor.ploverCountry,
    mentions: mentions.get(actor.id) ?? [],
  }));
}
