import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { DATA_DIR } from '../resources/paths.js';
import { parseAcledMapping, parseAcledTypes, type AcledMapping } from './acled-mapping.js';
import { parseIsoFips, type IsoFips } from './iso-fips.js';
import { parsePloverTypes, type PloverQuads } from './plover-types.js';

function readTable(name: string): { text: string; file: string } {
  const file = `${DATA_DIR}/export/${name}`;
  try {
    return { text: readFileSync(file, 'utf8'), file };
  } catch (error) {
    throw new DyadError('E_DATA', `cannot read ${file}: ${(error as Error).message}`);
  }
}

let acled: AcledMapping | undefined;
let fips: IsoFips | undefined;
let quads: PloverQuads | undefined;

/** data/export/acled-types.tsv + acled-mapping.tsv, read and compiled once per process. */
export function loadAcledMapping(): AcledMapping {
  if (!acled) {
    const types = readTable('acled-types.tsv');
    const rules = readTable('acled-mapping.tsv');
    acled = parseAcledMapping(rules.text, rules.file, parseAcledTypes(types.text, types.file));
  }
  return acled;
}

/** data/export/iso-fips.tsv, read and compiled once per process. */
export function loadIsoFips(): IsoFips {
  if (!fips) {
    const table = readTable('iso-fips.tsv');
    fips = parseIsoFips(table.text, table.file);
  }
  return fips;
}

/** data/export/plover-types.tsv, read and compiled once per process. */
export function loadPloverQuads(): PloverQuads {
  if (!quads) {
    const table = readTable('plover-types.tsv');
    quads = parsePloverTypes(table.text, table.file);
  }
  return quads;
}
