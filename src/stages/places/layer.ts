import { EntryKind, type Gazetteer } from './gazetteer.js';
import type { Match } from './match.js';
import type { Place, PlaceLayer, PlaceMention } from './types.js';

/** One accepted, resolved mention before places are numbered. */
export interface ResolvedMatch {
  readonly match: Pick<Match, 'start' | 'end' | 'tokenStart' | 'tokenEnd'> & { readonly rule: string; readonly alias?: number };
  readonly entry: number;
  /** A place with no row of its own ("Metcalfe County"): named here, located at `entry`. */
  readonly stand?: { readonly name: string; readonly featureCode: string };
}

/** Groups resolved mentions by gazetteer entry; places are numbered in order of first mention. */
export function buildPlaceLayer(resolved: readonly ResolvedMatch[], gaz: Gazetteer): PlaceLayer {
  const placeOf = new Map<number | string, string>();
  const places: Place[] = [];
  const mentions: PlaceMention[] = [];
  for (const { match, entry, stand } of resolved) {
    const key = stand ? stand.name : entry;
    let place = placeOf.get(key);
    if (place === undefined) {
      place = `p${places.length + 1}`;
      placeOf.set(key, place);
      const described = describeEntry(place, entry, gaz);
      places.push(stand ? { ...described, name: stand.name, featureCode: stand.featureCode, geonameid: null } : described);
    }
    mentions.push({ place, start: match.start, end: match.end, tokenStart: match.tokenStart, tokenEnd: match.tokenEnd, rule: ruleOf(match, entry, gaz) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { places, mentions };
}

function describeEntry(id: string, entry: number, gaz: Gazetteer): Place {
  const country = gaz.countries[gaz.country[entry] ?? 0];
  const kind = gaz.kind[entry];
  const admin1Code = gaz.admin1[entry] ?? '';
  const admin1Id = kind === EntryKind.City && country && admin1Code ? gaz.admin1Entry.get(`${country.cc2}.${admin1Code}`) : undefined;
  const admin1 = kind === EntryKind.Admin1 ? (gaz.name[entry] ?? null) : admin1Id !== undefined ? (gaz.name[admin1Id] ?? null) : null;
  const geonameid = gaz.geonameid[entry] ?? 0;
  return {
    id,
    name: gaz.name[entry] ?? '',
    country2: country?.cc2 || null,
    country3: country?.cc3 || null,
    admin1,
    lat: round(gaz.lat[entry] ?? 0),
    lon: round(gaz.lon[entry] ?? 0),
    geonameid: geonameid === 0 ? null : geonameid,
    featureCode: gaz.featureCodes[gaz.feature[entry] ?? 0] ?? null,
  };
}

function ruleOf(match: ResolvedMatch['match'], entry: number, gaz: Gazetteer): string {
  if (match.alias === entry) return 'places/alias';
  if (match.rule !== 'gazetteer') return `places/${match.rule}`;
  const kind = gaz.kind[entry];
  if (kind === EntryKind.Country) return 'places/country';
  if (kind === EntryKind.City) return 'places/gazetteer';
  return 'places/region';
}

/** Float32 storage adds noise in the 6th decimal; GeoNames gives 5. */
function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
