import { EntryKind, type CountryCode, type Gazetteer } from '../../stages/places/gazetteer.js';
import { foldName, looseName } from '../../stages/places/fold.js';

export interface EntryInit {
  name: string;
  geonameid: number;
  lat: number;
  lon: number;
  population: number;
  kind: EntryKind;
  cc2: string;
  featureCode: string;
  admin1: string;
}

type Extras = Pick<Gazetteer, 'aliases' | 'demonyms' | 'commonWords' | 'personTitles' | 'givenNames' | 'admin1Entry'>;

/** Accumulates gazetteer entries column-wise and indexes their names; `finish` freezes it. */
export class GazetteerBuilder {
  private readonly names: string[] = [];
  private readonly geonameids: number[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];
  private readonly populations: number[] = [];
  private readonly kinds: number[] = [];
  private readonly countryIndex: number[] = [];
  private readonly featureIndex: number[] = [];
  private readonly admin1s: string[] = [];
  private readonly featureCodes: string[] = [];
  private readonly featureIds = new Map<string, number>();
  readonly countries: CountryCode[] = [{ cc2: '', cc3: '' }];
  private readonly countryIds = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly byLoose = new Map<string, number[]>();
  private maxWords = 1;

  get size(): number {
    return this.names.length;
  }

  addCountryCode(cc2: string, cc3: string): void {
    if (this.countryIds.has(cc2)) return;
    this.countryIds.set(cc2, this.countries.length);
    this.countries.push({ cc2, cc3 });
  }

  countryIndexOf(cc2: string): number {
    return this.countryIds.get(cc2) ?? 0;
  }

  add(init: EntryInit): number {
    const id = this.names.length;
    this.names.push(init.name);
    this.geonameids.push(init.geonameid);
    this.lats.push(init.lat);
    this.lons.push(init.lon);
    this.populations.push(init.population);
    this.kinds.push(init.kind);
    this.countryIndex.push(this.countryIndexOf(init.cc2));
    this.featureIndex.push(this.featureId(init.featureCode));
    this.admin1s.push(init.admin1);
    this.index(init.name, id);
    return id;
  }

  /** Indexes one more name for an entry (official names, comma-less prefixes, region aliases). */
  index(name: string, id: number): void {
    const key = foldName(name);
    if (key === '') return;
    push(this.byName, key, id);
    const loose = looseName(key);
    if (loose !== key) push(this.byLoose, loose, id);
    this.maxWords = Math.max(this.maxWords, countWords(key));
  }

  lookup(name: string): readonly number[] {
    return this.byName.get(foldName(name)) ?? [];
  }

  population(id: number): number {
    return this.populations[id] ?? 0;
  }

  entryCountry(id: number): string {
    return this.countries[this.countryIndex[id] ?? 0]?.cc2 ?? '';
  }

  entryAdmin1(id: number): string {
    return this.admin1s[id] ?? '';
  }

  finish(extras: Extras): Gazetteer {
    const countryEntry = new Int32Array(this.countries.length).fill(-1);
    this.kinds.forEach((kind, id) => {
      if (kind === EntryKind.Country) countryEntry[this.countryIndex[id] ?? 0] = id;
    });
    return {
      size: this.names.length,
      name: this.names,
      geonameid: Int32Array.from(this.geonameids),
      lat: Float32Array.from(this.lats),
      lon: Float32Array.from(this.lons),
      population: Uint32Array.from(this.populations),
      kind: Uint8Array.from(this.kinds),
      country: Uint16Array.from(this.countryIndex),
      countries: this.countries,
      feature: Uint8Array.from(this.featureIndex),
      featureCodes: this.featureCodes,
      admin1: this.admin1s,
      countryEntry,
      names: this.byName,
      loose: this.byLoose,
      maxWords: this.maxWords,
      ...extras,
    };
  }

  private featureId(code: string): number {
    let id = this.featureIds.get(code);
    if (id === undefined) {
      id = this.featureCodes.length;
      this.featureCodes.push(code);
      this.featureIds.set(code, id);
    }
    return id;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

function countWords(key: string): number {
  let words = 1;
  for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) words++;
  return words;
}
