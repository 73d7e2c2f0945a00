import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DyadError } from '../../src/core/errors.js';
import { loadGazetteer } from '../../src/lexicon/places/index.js';
import { DATA_DIR } from '../../src/resources/paths.js';
import { foldName, looseName } from '../../src/stages/places/fold.js';
import { testGazetteer } from './helpers.js';

test('foldName strips accents, apostrophes and dashes: "Janīn", "Dar‘ā", "Deir ez-Zor"', () => {
  assert.equal(foldName('Janīn'), 'janin');
  assert.equal(foldName('Dar‘ā'), 'dara');
  assert.equal(foldName('Deir ez-Zor'), 'deir ez zor');
  assert.equal(foldName('  Łódź '), 'lodz');
  assert.equal(looseName(foldName('Ar Raqqah')), 'raqqa');
});

test('the gazetteer holds the GeoNames cities plus countries, admin1 and regions', () => {
  const gaz = testGazetteer();
  assert.ok(gaz.size > 135_000, `size ${gaz.size}`);
  const maine = (gaz.names.get('maine') ?? []).find((id) => gaz.featureCodes[gaz.feature[id] ?? 0] === 'ADM1');
  assert.ok(maine !== undefined);
  assert.equal(gaz.geonameid[maine], 4971068);
  assert.equal(gaz.admin1Entry.get('US.ME'), maine);
  const cuba = gaz.names.get('cuba')?.find((id) => gaz.featureCodes[gaz.feature[id] ?? 0] === 'PCLI');
  assert.equal(cuba !== undefined ? gaz.geonameid[cuba] : 0, 3562981);
  assert.equal(gaz.demonyms.get('french') !== undefined && gaz.name[gaz.demonyms.get('french') ?? 0], 'France');
});

test('an invalid table is an E_DATA error naming the file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-places-'));
  for (const file of readdirSync(`${DATA_DIR}/places`)) writeFileSync(join(dir, file), readFileSync(join(`${DATA_DIR}/places`, file)));
  writeFileSync(join(dir, 'regions.tsv'), 'name\taliases\tcc2\tfeatureCode\tlat\tlon\tgeonameid\nNowhere\t\t\tRGN\t95\t0\t\n');
  assert.throws(() => loadGazetteer({ dir }), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA' && /bad coordinate/.test(error.message));
  writeFileSync(join(dir, 'regions.tsv'), 'name\taliases\tcc2\tfeatureCode\tlat\tlon\tgeonameid\nNowhere\t1\n');
  assert.throws(() => loadGazetteer({ dir }), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA' && /regions\.tsv:2/.test(error.message));
});
