import type { CodedDocument, OutPlace } from '../contract/types.js';
import type { IsoFips } from './iso-fips.js';

/** GDELT geo type codes. */
export const GEO_TYPE = { none: 0, country: 1, usState: 2, usCity: 3, worldCity: 4, worldState: 5 } as const;

/** The 8 GDELT geo columns: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
export type GeoColumns = [string, string, string, string, string, string, string, string];

export const EMPTY_GEO: GeoColumns = [String(GEO_TYPE.none), '', '', '', '', '', '', ''];

const round4 = (value: number): string => String(Math.round(value * 10000) / 10000);

/**
 * GDELT geo columns for one place. Dyad knows ADM1 names, not FIPS ADM1 codes, so ADM1Code is the
 * FIPS country code alone (GDELT's own form for country-level matches) and ADM2Code stays empty;
 * FeatureID is the GeoNames id (GDELT uses GNS ids; country matches carry the FIPS code).
 */
export function toGeoColumns(place: OutPlace, fips: IsoFips, lat: number | null, lon: number | null): GeoColumns {
  const country = fips.find(place.country);
  const isCountry = country !== null && place.name.toLowerCase() === country.name.toLowerCase();
  // GDELT files Gaza under its own FIPS code GZ; the table's Palestine row is West Bank (WE).
  const gaza = country?.iso3 === 'PSE' && /gaza/i.test(`${place.name} ${place.admin1 ?? ''}`);
  const fipsCode = gaza ? 'GZ' : (country?.fips ?? '');
  const type = isCountry
    ? GEO_TYPE.country
    : country?.iso2 === 'US'
      ? place.admin1 === null && isUsState(place)
        ? GEO_TYPE.usState
        : GEO_TYPE.usCity
      : GEO_TYPE.worldCity;
  const fullName = isCountry ? country.name : [place.name, place.admin1, country?.name].filter((part) => part).join(', ');
  const featureId = isCountry ? fipsCode : place.geonameid === null ? '' : String(place.geonameid);
  return [
    String(type),
    fullName,
    fipsCode,
    fipsCode,
    '',
    lat === null ? '' : round4(lat),
    lon === null ? '' : round4(lon),
    featureId,
  ];
}

/** A US place without an ADM1 of its own is taken to be a state only when the contract says so via featureCode. */
function isUsState(place: OutPlace): boolean {
  return (place as OutPlace & { featureCode?: string | null }).featureCode === 'ADM1';
}

/** The event's place as an OutPlace (from places[] when listed there). */
export function findEventPlace(doc: CodedDocument, id: string): OutPlace | null {
  return doc.places.find((place) => place.id === id) ?? null;
}
