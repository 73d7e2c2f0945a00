import type { TokenTable } from '../../core/tokens.js';
import { countOtherMentions, type PlaceContext } from './context.js';
import { EntryKind, type Gazetteer } from './gazetteer.js';
import type { Match } from './match.js';
import { haversineKm } from '../../core/geo.js';

/** Base weights by entry kind, on the same scale as log10(population) for cities. */
const KIND_WEIGHT: Readonly<Record<number, number>> = {
  [EntryKind.Country]: 9,
  [EntryKind.Admin1]: 7.5,
  [EntryKind.Region]: 7,
};
/** Capitals are named more often; a section of a city (PPLX) rarely stands for itself. */
const FEATURE_BONUS: Readonly<Record<string, number>> = { PPLC: 1.5, PPLA: 1, PPLA2: 0.5, PPLX: -1 };
const COUNTRY_BONUS = 2;
const COUNTRY_BONUS_PER_MENTION = 0.5;
const ADMIN1_BONUS = 3;
const QUALIFIER_BONUS = 10;
/** An exonym names the place it usually means ("Washington" → the capital). */
const ALIAS_BONUS = 2;
/** A town named like its own country's region or the country itself ("Florida", a town in Florida?) yields to it. */
const SHADOW_PENALTY = 3;

/** One chosen entry and the score it won with (low scores for tiny towns are filtered later). */
export interface Resolution {
  readonly entry: number;
  readonly score: number;
  /** What vouches for it: `local` = its region, a qualifier or a nearby place; `country` = its country only. */
  readonly support: 'local' | 'country' | 'none';
}

/**
 * Picks the entry with the best score: size (population or kind), the article's countries and
 * regions, and a qualifier right after the name ("Prague, Oklahoma", "Geneva, Illinois").
 */
export function resolveMatch(match: Match, qualifier: Match | null, gaz: Gazetteer, context: PlaceContext, neighbours: readonly Neighbour[] = []): Resolution {
  let best: Resolution = { entry: match.entries[0] ?? 0, score: -Infinity, support: 'none' };
  for (const id of match.entries) {
    const countryIndex = gaz.country[id] ?? 0;
    const cc2 = gaz.countries[countryIndex]?.cc2 ?? '';
    const mentions = countOtherMentions(context, countryIndex, match.key);
    // Only other names count: "Quebec" must not vote for the city Québec through the province Quebec.
    const namers = context.admin1.get(`${cc2}.${gaz.admin1[id] ?? ''}`);
    const inAdmin1 = namers !== undefined && hasOtherKey(namers, match.key);
    const qualified = qualifier !== null && isQualifiedBy(id, qualifier, gaz);
    let score = KIND_WEIGHT[gaz.kind[id] ?? 0] ?? Math.log10((gaz.population[id] ?? 0) + 1) + (FEATURE_BONUS[gaz.featureCodes[gaz.feature[id] ?? 0] ?? ''] ?? 0);
    if (mentions > 0) score += COUNTRY_BONUS + COUNTRY_BONUS_PER_MENTION * Math.min(mentions, 4);
    if (inAdmin1 && gaz.kind[id] === EntryKind.City) score += ADMIN1_BONUS;
    if (qualified) score += QUALIFIER_BONUS;
    if (id === match.alias) score += ALIAS_BONUS;
    const near = match.entries.length > 1 ? scoreNearness(id, match.key, neighbours, gaz) : 0;
    score += near;
    if (gaz.kind[id] === EntryKind.City && !qualified && id !== match.alias && isShadowed(id, match, gaz)) score -= SHADOW_PENALTY;
    if (score > best.score) best = { entry: id, score, support: inAdmin1 || qualified || near > 0 ? 'local' : mentions > 0 ? 'country' : 'none' };
  }
  return best;
}

/** Runs once per candidate entry, and a common name has dozens: no spread of the set into an array. */
function hasOtherKey(keys: ReadonlySet<string>, key: string): boolean {
  for (const other of keys) if (other !== key) return true;
  return false;
}

/** A place the article names, already resolved: candidates near it are likelier. */
export interface Neighbour {
  readonly key: string;
  readonly lat: number;
  readonly lon: number;
}

const NEAR_KM = 150;
const NEAR_BONUS = 1.5;
const NEAR_MAX = 3;

/** Places in one story cluster: a bonus per distinct other name within NEAR_KM, capped. */
function scoreNearness(id: number, key: string, neighbours: readonly Neighbour[], gaz: Gazetteer): number {
  const lat = gaz.lat[id] ?? 0;
  const lon = gaz.lon[id] ?? 0;
  // Most candidates have no neighbour in range: the set of names is made only for one that has.
  let seen: Set<string> | null = null;
  for (const n of neighbours) {
    if (n.key !== key && !seen?.has(n.key) && haversineKm(lat, lon, n.lat, n.lon) <= NEAR_KM) (seen ??= new Set()).add(n.key);
  }
  return Math.min(NEAR_MAX, NEAR_BONUS * (seen?.size ?? 0));
}

/** True when the match also names a region or country of the city's own country. */
function isShadowed(id: number, match: Match, gaz: Gazetteer): boolean {
  const country = gaz.country[id];
  return match.entries.some((other) => gaz.kind[other] !== EntryKind.City && gaz.country[other] === country);
}

/** True when the qualifier names the entry's admin1 region or country. */
function isQualifiedBy(id: number, qualifier: Match, gaz: Gazetteer): boolean {
  const country = gaz.country[id] ?? 0;
  return qualifier.entries.some((q) => {
    if (gaz.kind[q] === EntryKind.Country) return gaz.country[q] === country;
    if (gaz.kind[q] === EntryKind.Admin1) return gaz.country[q] === country && gaz.admin1[q] === gaz.admin1[id];
    return false;
  });
}

/** What may stand between a name and its qualifier: "Prague, Oklahoma", "Jenin in the West Bank". */
const QUALIFIER_GAPS: ReadonlySet<string> = new Set([',', 'in', ', in', 'in the', ', in the']);

/** The country or region right after a name that says where it is: "Prague, Oklahoma", "Afrin in Syria". */
export function findQualifier(match: Match, nextMatch: Match | undefined, tokens: TokenTable, gaz: Gazetteer): Match | null {
  if (!nextMatch || nextMatch.tokenStart - match.tokenEnd > 3) return null;
  const gap = tokens.lower.slice(match.tokenEnd, nextMatch.tokenStart).join(' ').replace(' ,', ',');
  if (!QUALIFIER_GAPS.has(gap)) return null;
  return nextMatch.entries.some((id) => gaz.kind[id] === EntryKind.Country || gaz.kind[id] === EntryKind.Admin1) ? nextMatch : null;
}
