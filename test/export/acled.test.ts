import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutEvent } from '../../src/contract/types.js';
import { ACLED_COLUMNS, toAcledRows } from '../../src/export/acled.js';
import { findAcledRule, parseAcledMapping, predictAcledType } from '../../src/export/acled-mapping.js';
import { parseCsv } from '../../src/export/csv-format.js';
import { loadAcledMapping, loadIsoFips } from '../../src/export/load-tables.js';
import { FIXTURE } from './fixture.js';
import { exportFixture, readGolden } from './golden.js';

const mapping = loadAcledMapping();
const fips = loadIsoFips();
const shelling = FIXTURE.events[0]!;
const withEvents = (...events: OutEvent[]) => ({ ...FIXTURE, events });
const column = (row: string[], name: (typeof ACLED_COLUMNS)[number]): string => row[ACLED_COLUMNS.indexOf(name)]!;

test('acled output of the fixture equals the golden file; the meeting (CAMEO 040) is not an ACLED event', async () => {
  const out = await exportFixture('acled');
  assert.equal(out, readGolden('acled'));
  const records = parseCsv(out);
  assert.deepEqual(records[0], [...ACLED_COLUMNS]);
  assert.equal(records.length, 2);
});

test('the mapping: first matching row wins; modes and conditions refine the CAMEO code', () => {
  assert.equal(findAcledRule(mapping, shelling)?.subEventType, 'Shelling/artillery/missile attack');
  const drone = { ...shelling, cameo: '190', plover: { type: 'ASSAULT', mode: 'drone' } };
  assert.equal(findAcledRule(mapping, drone)?.subEventType, 'Air/drone strike');
  // CAMEO 195 is an air strike even with the crosswalk's heavy-weapons mode.
  assert.equal(findAcledRule(mapping, { ...shelling, cameo: '195', plover: { type: 'ASSAULT', mode: 'heavy-weapons' } })?.subEventType, 'Air/drone strike');
  const protest = { ...shelling, cameo: '141', plover: { type: 'PROTEST', mode: 'demo' }, killed: null };
  assert.equal(findAcledRule(mapping, protest)?.subEventType, 'Peaceful protest');
  assert.equal(findAcledRule(mapping, { ...protest, killed: 2 })?.eventType, 'Riots');
  const rebelsTake = { ...shelling, cameo: '192', plover: { type: 'ASSAULT', mode: null }, source: { ...shelling.source!, code: 'SYRREB' } };
  assert.equal(findAcledRule(mapping, rebelsTake)?.subEventType, 'Non-state actor overtakes territory');
  assert.equal(findAcledRule(mapping, { ...shelling, cameo: '040', plover: { type: 'CONSULT', mode: null } }), null);
});

test('the document-level ACLED type is the first actual event that maps', () => {
  const negated = { ...shelling, negated: true };
  const arrest = { ...shelling, cameo: '173', plover: { type: 'COERCE', mode: 'arrest' }, trigger: { ...shelling.trigger, start: 30, end: 31 } };
  assert.deepEqual(predictAcledType(withEvents(negated, arrest), mapping), { eventType: 'Strategic developments', subEventType: 'Arrests' });
  assert.equal(predictAcledType(withEvents(negated), mapping), null);
});

test('fatalities are conservative: one ACLED event per day/place/actors/type, lowest reported count', () => {
  const again = { ...shelling, id: 'e3', killed: 5 };
  const unreported = { ...shelling, id: 'e4', killed: null };
  const rows = toAcledRows(withEvents(shelling, again, unreported), { mapping, fips });
  assert.equal(rows.length, 1);
  assert.equal(column(rows[0]!, 'fatalities'), '3');
  assert.equal(column(rows[0]!, 'civilian_targeting'), 'Civilian targeting');
  const none = toAcledRows(withEvents(unreported), { mapping, fips });
  assert.equal(column(none[0]!, 'fatalities'), '0');
});

test('peaceful protests carry 0 fatalities; protesters are named in ACLED style', () => {
  const protest: OutEvent = {
    ...shelling,
    cameo: '141',
    plover: { type: 'PROTEST', mode: 'demo' },
    source: { ...shelling.target! },
    target: null,
    injured: 4,
    killed: null,
  };
  const [row] = toAcledRows(withEvents(protest), { mapping, fips });
  assert.equal(column(row!, 'sub_event_type'), 'Peaceful protest');
  assert.equal(column(row!, 'actor1'), 'Protesters (Syria)');
  assert.equal(column(row!, 'inter1'), '6');
  assert.equal(column(row!, 'interaction'), '60');
  assert.equal(column(row!, 'fatalities'), '0');
  assert.equal(column(row!, 'disorder_type'), 'Demonstrations');
});

test('a mapping row naming a type ACLED does not have is a data error', () => {
  const text = 'cameo\tplover\tcondition\tevent_type\tsub_event_type\n19\t*\t\tBattles\tSkirmish\n';
  assert.throws(() => parseAcledMapping(text, 'bad.tsv', mapping.types), /E_DATA|unknown ACLED type/);
  const badCondition = 'cameo\tplover\tcondition\tevent_type\tsub_event_type\n19\t*\tweather=rain\tBattles\tArmed clash\n';
  assert.throws(() => parseAcledMapping(badCondition, 'bad.tsv', mapping.types), /bad condition/);
});
