import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { loadIsoFips, loadPloverQuads } from '../../src/export/load-tables.js';
import { toPloverRecords } from '../../src/export/plover.js';
import { PACKAGE_ROOT } from '../../src/resources/paths.js';
import { FIXTURE } from './fixture.js';
import { exportFixture, readGolden } from './golden.js';

const options = { quads: loadPloverQuads(), fips: loadIsoFips() };

test('plover output of the fixture equals the golden file and parses back as JSONL', async () => {
  const out = await exportFixture('plover');
  assert.equal(out, readGolden('plover'));
  const records = out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.deepEqual(records.map((record) => record.event), [['ASSAULT'], ['CONSULT']]);
  assert.deepEqual(records.map((record) => record.quad_code), [4, 1]);
});

test('plover records use PLOVER field names only', () => {
  const ontology = `${PACKAGE_ROOT}../shared/ontology/plover.json`;
  const [record] = toPloverRecords(FIXTURE, options);
  const keys = Object.keys(record!);
  // Field names as listed in plover.json recordFields (size holds its sizeFields).
  const expected = ['id', 'date', 'actor', 'recipient', 'event', 'mode', 'quad_code', 'event_text', 'event_loc', 'size', 'text', 'text_info', 'cite_info', 'coder'];
  assert.deepEqual(keys, expected);
  if (existsSync(ontology)) {
    const plover = JSON.parse(readFileSync(ontology, 'utf8')) as { recordFields: { name: string }[]; entityFields: { name: string }[]; locationFields: { name: string }[] };
    const names = new Set(plover.recordFields.map((field) => field.name));
    for (const key of keys.filter((key) => key !== 'size')) assert.ok(names.has(key), key);
    const entityNames = new Set(plover.entityFields.map((field) => field.name));
    for (const key of Object.keys(record!.actor[0]!)) assert.ok(entityNames.has(key), key);
    const locationNames = new Set(plover.locationFields.map((field) => field.name));
    for (const key of Object.keys(record!.event_loc!)) assert.ok(locationNames.has(key), key);
  }
});

test('negated, hypothetical and untyped events are not PLOVER records', () => {
  const [shelling, meeting] = FIXTURE.events;
  const doc = {
    ...FIXTURE,
    events: [{ ...shelling!, negated: true }, { ...meeting!, hypothetical: true }, { ...meeting!, id: 'e9', plover: { type: null, mode: null } }],
  };
  assert.deepEqual(toPloverRecords(doc, options), []);
});

test('an event aimed at no actor is received where it happens: the place, by its country', () => {
  const [, meeting] = FIXTURE.events;
  const visit = { ...meeting!, target: null };
  const [record] = toPloverRecords({ ...FIXTURE, events: [visit] }, options);
  assert.deepEqual(record?.recipient, [{ code: 'TUR', sector: null, entity_text: 'Ankara', identifier_text: 'Ankara' }]);
  // no target and no place: no recipient
  const [bare] = toPloverRecords({ ...FIXTURE, events: [{ ...visit, place: null }] }, options);
  assert.deepEqual(bare?.recipient, []);
});
