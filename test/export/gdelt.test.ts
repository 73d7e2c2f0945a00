import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GDELT_COLUMNS, toGdeltRows } from '../../src/export/gdelt.js';
import { loadIsoFips } from '../../src/export/load-tables.js';
import { FIXTURE } from './fixture.js';
import { exportFixture, readGolden } from './golden.js';

const INT = /^-?\d+$/;
const FLOAT = /^-?\d+(\.\d+)?$/;
const INT_COLUMNS = ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'IsRootEvent', 'QuadClass', 'NumMentions', 'NumSources', 'NumArticles', 'Actor1Geo_Type', 'Actor2Geo_Type', 'ActionGeo_Type', 'DATEADDED'];
const FLOAT_COLUMNS = ['FractionDate', 'GoldsteinScale', 'AvgTone', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'ActionGeo_Lat', 'ActionGeo_Long'];

test('gdelt output of the fixture equals the golden file', async () => {
  assert.equal(await exportFixture('gdelt'), readGolden('gdelt'));
});

test('every gdelt row has 61 tab-separated columns of the right types', async () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  const second = { ...FIXTURE, id: 'fixture-2', events: [{ ...FIXTURE.events[0]!, date: null, place: null, goldstein: null, target: null }] };
  const lines = (await exportFixture('gdelt', [FIXTURE, second])).split('\n').filter(Boolean);
  assert.equal(lines.length, 3);
  for (const line of lines) {
    const cells = line.split('\t');
    assert.equal(cells.length, 61);
    const row = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, cells[i]!]));
    for (const name of INT_COLUMNS) assert.match(row[name]!, INT, name);
    for (const name of FLOAT_COLUMNS) assert.ok(row[name] === '' || FLOAT.test(row[name]!), `${name}: ${row[name]}`);
    assert.match(row.EventCode!, /^\d{2,4}$/);
    assert.equal(row.EventRootCode, row.EventCode!.slice(0, 2));
    assert.ok(['1', '2', '3', '4'].includes(row.QuadClass!));
  }
  // IDs continue across documents.
  assert.deepEqual(lines.map((line) => line.split('\t')[0]), ['1', '2', '3']);
});

test('gdelt columns: codes, dates, FIPS geo and the source url', () => {
  const [first, second] = toGdeltRows(FIXTURE, { fips: loadIsoFips(), firstId: 10, meta: { url: 'https://example.org/a' } });
  const row = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, first![i]]));
  assert.equal(row.GLOBALEVENTID, '10');
  assert.equal(row.SQLDATE, '20240304');
  assert.equal(row.FractionDate, '2024.2575');
  assert.equal(row.Actor1Code, 'SYRMIL');
  assert.equal(row.Actor1Type1Code, 'MIL');
  assert.equal(row.EventBaseCode, '194');
  assert.equal(row.ActionGeo_CountryCode, 'SY');
  assert.equal(row.ActionGeo_FullName, 'Kobani, Aleppo, Syria');
  assert.equal(row.SOURCEURL, 'https://example.org/a');
  const ankara = Object.fromEntries(GDELT_COLUMNS.map((name, i) => [name, second![i]]));
  assert.equal(ankara.ActionGeo_CountryCode, 'TU');
  assert.equal(ankara.ActionGeo_FeatureID, '323786');
  assert.equal(ankara.EventCode, '040');
});

test('gdelt: no url → the document id; no place → geo type 0; a place named like its country is type 1', () => {
  const fips = loadIsoFips();
  const countryLevel = {
    ...FIXTURE,
    places: [{ ...FIXTURE.places[1]!, name: 'Türkiye', country: 'TR' }],
    events: [FIXTURE.events[1]!, { ...FIXTURE.events[0]!, place: null }],
  };
  const [first, second] = toGdeltRows(countryLevel, { fips, firstId: 1 });
  const col = (row: string[] | undefined, name: string): string => row![GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])]!;
  assert.equal(col(first, 'SOURCEURL'), 'fixture-1');
  assert.equal(col(first, 'ActionGeo_Type'), '1');
  assert.equal(col(first, 'ActionGeo_FeatureID'), 'TU');
  assert.equal(col(second, 'ActionGeo_Type'), '0');
  assert.equal(col(second, 'ActionGeo_CountryCode'), '');
});

test('gdelt: a non-state actor (IGOUNO) has no country, its group in KnownGroupCode and IGO as type', () => {
  const un = { ...FIXTURE.events[1]!, target: { ...FIXTURE.events[1]!.target!, actor: 'a9', code: 'IGOUNO', name: 'United Nations' } };
  const [row] = toGdeltRows({ ...FIXTURE, events: [un] }, { fips: loadIsoFips(), firstId: 1 });
  const col = (name: string): string => row![GDELT_COLUMNS.indexOf(name as (typeof GDELT_COLUMNS)[number])]!;
  assert.deepEqual([col('Actor2Code'), col('Actor2Name'), col('Actor2CountryCode'), col('Actor2KnownGroupCode'), col('Actor2Type1Code')], ['IGOUNO', 'UNITED NATIONS', '', 'UNO', 'IGO']);
});
