import type { ActorLayer } from '../actors/types.js';
import { EntryKind, type Gazetteer } from './gazetteer.js';
import type { Match } from './match.js';

/** What the article says about where it is: evidence used to choose between same-named places. */
export interface PlaceContext {
  /** Country index (into gaz.countries) → name key → how often that name pointed to the country. */
  readonly countries: Map<number, Map<string, number>>;
  /** "CC.code" of first-level regions named in the article → the keys that named them. */
  readonly admin1: Map<string, Set<string>>;
}

/** A city this big, named alone, is evidence for its country even before disambiguation. */
const ANCHOR_POPULATION = 500_000;
/** Key under which the actors' countries are counted (no place name is empty). */
const ACTOR_KEY = '';

/**
 * Collects the countries and regions that the article names without ambiguity (countries,
 * demonyms, regions, one-candidate names, large cities) plus the actors' countries.
 */
export function buildContext(matches: readonly Match[], gaz: Gazetteer, actors: ActorLayer | undefined): PlaceContext {
  const countries = new Map<number, Map<string, number>>();
  const admin1 = new Map<string, Set<string>>();
  const add = (country: number, key: string, weight: number): void => {
    if (country === 0) return;
    const keys = countries.get(country) ?? new Map<string, number>();
    countries.set(country, keys.set(key, (keys.get(key) ?? 0) + weight));
  };
  for (const match of matches) {
    const strong = match.entries.filter((id) => gaz.kind[id] !== EntryKind.City);
    const anchors = strong.length > 0 ? strong : match.entries.filter((id) => (gaz.population[id] ?? 0) >= ANCHOR_POPULATION);
    const pick = anchors.length > 0 ? anchors : match.entries.length === 1 ? match.entries : [];
    if (pick.length !== 1) continue;
    const id = pick[0] ?? 0;
    add(gaz.country[id] ?? 0, match.key, 1);
    if (gaz.kind[id] !== EntryKind.Admin1) continue;
    const code = `${gaz.countries[gaz.country[id] ?? 0]?.cc2 ?? ''}.${gaz.admin1[id] ?? ''}`;
    admin1.set(code, (admin1.get(code) ?? new Set()).add(match.key));
  }
  if (actors) {
    // An actor named by a place ("Prague" as the Czech government) is that place, not evidence for it.
    const independent = new Set(actors.mentions.filter((m) => !matches.some((match) => m.start < match.end && match.start < m.end)).map((m) => m.actor));
    for (const actor of actors.actors) {
      const index = actor.country && independent.has(actor.id) ? gaz.countryByCc3.get(actor.country) : undefined;
      if (index !== undefined) add(index, ACTOR_KEY, 0.5);
    }
  }
  return { countries, admin1 };
}

/** The article's first-level region in that country named by most distinct names, or undefined. */
export function findMainAdmin1(context: PlaceContext, gaz: Gazetteer, cc2: string): number | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [code, keys] of context.admin1) {
    if (code.startsWith(`${cc2}.`) && keys.size > most) [best, most] = [code, keys.size];
  }
  return best === undefined ? undefined : gaz.admin1Entry.get(best);
}

/** Mentions of a country by names other than `key`: a name cannot vouch for itself. */
export function countOtherMentions(context: PlaceContext, country: number, key: string): number {
  let count = 0;
  // forEach, not for-of over entries: this runs per candidate entry and entries() allocates a pair per name.
  context.countries.get(country)?.forEach((n, other) => {
    if (other !== key) count += n;
  });
  return count;
}
