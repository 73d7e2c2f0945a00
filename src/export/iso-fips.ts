import { parseTsv } from './tsv.js';

export interface CountryCodes {
  readonly iso2: string;
  readonly iso3: string;
  /** ISO 3166 numeric, as written (e.g. "004"); ACLED's `iso` column is its integer value. */
  readonly isoNumeric: string;
  readonly fips: string;
  readonly name: string;
}

/** Country lookup by ISO alpha-2, alpha-3 or English short name (case-insensitive). */
export interface IsoFips {
  find(code: string | null | undefined): CountryCodes | null;
}

export function parseIsoFips(text: string, file: string): IsoFips {
  const index = new Map<string, CountryCodes>();
  for (const row of parseTsv(text, file, ['iso2', 'iso3', 'isonum', 'fips', 'name'])) {
    const codes = { iso2: row.iso2!, iso3: row.iso3!, isoNumeric: row.isonum!, fips: row.fips!, name: row.name! };
    for (const key of [codes.iso2, codes.iso3, codes.name]) if (!index.has(key.toUpperCase())) index.set(key.toUpperCase(), codes);
  }
  return { find: (code) => (code ? (index.get(code.toUpperCase()) ?? null) : null) };
}
