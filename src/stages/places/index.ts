import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { overlaps } from '../../core/span.js';
import type { Segmentation } from '../../core/tokens.js';
import type { ActorLayer } from '../actors/types.js';
import { applyAdminSuffixes } from './admin-suffix.js';
import { buildContext, findMainAdmin1, type PlaceContext } from './context.js';
import { findCounties, type CountySpan } from './county.js';
import { findPlaceKeys, hasLocativeCue, hasPlaceCue, isKnownPerson, maskPersons, notePerson, PERSON_REASONS, rejectMatch } from './filter.js';
import { EntryKind, type Gazetteer } from './gazetteer.js';
import { buildPlaceLayer, type ResolvedMatch } from './layer.js';
import { findMatches, type Match } from './match.js';
import { findQualifier, resolveMatch, type Neighbour, type Resolution } from './resolve.js';
import type { PlaceLayer } from './types.js';

export interface PlacesContext {
  readonly gazetteer: Gazetteer;
}

/** A town smaller than this needs support from the article (see isTooWeak). */
const UNSUPPORTED_MIN_POPULATION = 50_000;
/** With nothing but "in"/"near" before it, a town needs this many people. */
const CUED_MIN_POPULATION = 15_000;

/** Toponyms: gazetteer matches that survive the person/common-word filters, resolved in context. */
export function findPlaces(doc: Doc, gaz: Gazetteer, segmentation: Segmentation, actors?: ActorLayer): PlaceLayer {
  const { tokens, sentences } = segmentation;
  const persons = maskPersons(tokens.count, actors);
  const kept: Match[] = [];
  const counties: CountySpan[] = [];
  const personKeys = new Map<string, boolean>();
  for (const sentence of sentences) {
    counties.push(...findCounties(doc.text, tokens, sentence));
    for (const match of applyAdminSuffixes(findMatches(doc.text, tokens, sentence, gaz), tokens, gaz)) {
      const reason = rejectMatch(match, tokens, sentence, gaz, persons);
      if (reason === null) kept.push(match);
      else if (PERSON_REASONS.has(reason)) notePerson(personKeys, match, reason);
    }
  }
  for (const key of findPlaceKeys(kept, tokens)) if (personKeys.get(key) === false) personKeys.delete(key);
  const named = kept.filter((match) => !isKnownPerson(match, tokens, personKeys, gaz));
  const context = buildContext(named, gaz, actors);
  const placedCounties = resolveCounties(counties, gaz, context);
  const accepted = named.filter((match) => !placedCounties.some((county) => overlaps(county.match, match)));
  const resolved = resolveAll(accepted, tokens, gaz, context);
  return buildPlaceLayer([...resolved, ...placedCounties].sort((a, b) => a.match.start - b.match.start), gaz);
}

/** Two passes: the first fixes the unambiguous names, the second lets them pull the rest nearby. */
function resolveAll(accepted: readonly Match[], tokens: Segmentation['tokens'], gaz: Gazetteer, context: PlaceContext): ResolvedMatch[] {
  const qualifiers = accepted.map((match, k) => findQualifier(match, accepted[k + 1], tokens, gaz));
  const first = accepted.map((match, k) => resolveMatch(match, qualifiers[k] ?? null, gaz, context));
  const neighbours: Neighbour[] = [];
  first.forEach(({ entry }, k) => {
    const match = accepted[k];
    if (match && gaz.kind[entry] === EntryKind.City) neighbours.push({ key: match.key, lat: gaz.lat[entry] ?? 0, lon: gaz.lon[entry] ?? 0 });
  });
  const resolved: ResolvedMatch[] = [];
  accepted.forEach((match, k) => {
    // Neighbours only score between a name's candidates: a one-candidate name keeps its first result.
    const again = match.entries.length > 1 && neighbours.length > 0;
    const { entry, support } = again ? resolveMatch(match, qualifiers[k] ?? null, gaz, context, neighbours) : (first[k] as Resolution);
    const cue = hasLocativeCue(match, tokens) ? 'locative' : hasPlaceCue(match, tokens) ? 'weak' : 'none';
    if (!isTooWeak(entry, support, cue, gaz)) resolved.push({ match, entry });
  });
  return resolved;
}

/**
 * A small town needs the article behind it: its region, a qualifier or a place nearby; or its
 * country plus a place cue ("in", "of", a comma after it); or, for a town of some size, a locative
 * preposition alone ("in Jenin"). A bare "Clinton" in a US story is a person.
 */
function isTooWeak(entry: number, support: Resolution['support'], cue: 'locative' | 'weak' | 'none', gaz: Gazetteer): boolean {
  const population = gaz.population[entry] ?? 0;
  if (gaz.kind[entry] !== EntryKind.City || population >= UNSUPPORTED_MIN_POPULATION || support === 'local') return false;
  if (support === 'country') return cue === 'none';
  return !(cue === 'locative' && population >= CUED_MIN_POPULATION);
}

/** "X County" is placed at the article's main US state (counties have no gazetteer rows). */
function resolveCounties(counties: readonly CountySpan[], gaz: Gazetteer, context: PlaceContext): ResolvedMatch[] {
  const state = findMainAdmin1(context, gaz, 'US');
  if (state === undefined) return [];
  return counties.map((county) => ({ match: { ...county, rule: 'county' }, entry: state, stand: { name: county.name, featureCode: 'ADM2' } }));
}

export const placesStage: Stage<PlacesContext> = {
  name: 'places',
  requires: ['segmentation'],
  provides: ['places'],
  run: (doc, ctx, layers) => ({ places: findPlaces(doc, ctx.gazetteer, layers.segmentation as Segmentation, layers.actors) }),
};
