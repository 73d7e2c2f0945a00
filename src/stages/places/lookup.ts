import type { Sentence } from '../../core/tokens.js';
import type { Place, PlaceLayer, PlaceMention } from './types.js';

/** One mention together with the place it names. */
export interface PlaceHit {
  readonly mention: PlaceMention;
  readonly place: Place;
}

/**
 * The places a sentence names where something can happen: demonyms ("Turkish police") are left
 * out — they say whose, not where. Sorted by offset; `nearToken` puts the closest first.
 */
export function findSentencePlaces(layer: PlaceLayer, sentence: Sentence, nearToken?: number): PlaceHit[] {
  const byId = new Map(layer.places.map((place) => [place.id, place]));
  const hits: PlaceHit[] = [];
  for (const mention of layer.mentions) {
    if (mention.tokenStart < sentence.tokenStart || mention.tokenEnd > sentence.tokenEnd || mention.rule === 'places/demonym') continue;
    const place = byId.get(mention.place);
    if (place) hits.push({ mention, place });
  }
  if (nearToken === undefined) return hits;
  const distance = (hit: PlaceHit): number => Math.min(Math.abs(hit.mention.tokenStart - nearToken), Math.abs(hit.mention.tokenEnd - 1 - nearToken));
  return hits.sort((a, b) => distance(a) - distance(b) || a.mention.start - b.mention.start);
}
