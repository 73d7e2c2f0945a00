import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import type { Segmentation } from '../../core/tokens.js';
import type { ActorLayer } from '../actors/types.js';
import { buildContext } from './context.js';
import { maskPersons, rejectMatch } from './filter.js';
import { EntryKind, type Gazetteer } from './gazetteer.js';
import { buildPlaceLayer, type ResolvedMatch } from './layer.js';
import { findMatches, type Match } from './match.js';
import { findQualifier, resolveMatch } from './resolve.js';
import type { PlaceLayer } from './types.js';

export interface PlacesContext {
  readonly gazetteer: Gazetteer;
}

/** A town smaller than this needs support from the article (its country, region or a qualifier). */
const UNSUPPORTED_MIN_POPULATION = 15_000;

/** Toponyms: gazetteer matches that survive the person/common-word filters, resolved in context. */
export function findPlaces(doc: Doc, gaz: Gazetteer, segmentation: Segmentation, actors?: ActorLayer): PlaceLayer {
  const { tokens, sentences } = segmentation;
  const persons = maskPersons(tokens.count, actors);
  const accepted: Match[] = [];
  for (const sentence of sentences) {
    for (const match of findMatches(doc.text, tokens, sentence, gaz)) {
      if (rejectMatch(match, tokens, sentence, gaz, persons) === null) accepted.push(match);
    }
  }
  const context = buildContext(accepted, gaz, actors);
  const resolved: ResolvedMatch[] = [];
  accepted.forEach((match, k) => {
    const qualifier = findQualifier(match, accepted[k + 1], tokens, gaz);
    const { entry, supported } = resolveMatch(match, qualifier, gaz, context);
    if (isTooWeak(entry, supported, gaz)) return;
    resolved.push({ match, entry });
  });
  return buildPlaceLayer(resolved, gaz);
}

function isTooWeak(entry: number, supported: boolean, gaz: Gazetteer): boolean {
  return gaz.kind[entry] === EntryKind.City && !supported && (gaz.population[entry] ?? 0) < UNSUPPORTED_MIN_POPULATION;
}

export const placesStage: Stage<PlacesContext> = {
  name: 'places',
  requires: ['segmentation'],
  provides: ['places'],
  run: (doc, ctx, layers) => ({ places: findPlaces(doc, ctx.gazetteer, layers.segmentation as Segmentation, layers.actors) }),
};
