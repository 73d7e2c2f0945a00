import type { Evidence } from '../../core/span.js';

export interface PlaceMention extends Evidence {
  readonly place: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Place {
  readonly id: string;
  readonly name: string;
  /** ISO 3166 alpha-2 and alpha-3 country codes. */
  readonly country2: string | null;
  readonly country3: string | null;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** GeoNames-style feature class: PPL (populated place), ADM1, PCLI (country), RGN (region), ... */
  readonly featureCode: string | null;
}

export interface PlaceLayer {
  readonly places: readonly Place[];
  /** Sorted by start offset. */
  readonly mentions: readonly PlaceMention[];
}
