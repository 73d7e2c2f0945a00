import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haversineKm } from '../../src/core/geo.js';
import { passesGeoCase } from '../../src/eval/score-geo.js';
import { scorePlaceRecords, type PlaceItem } from '../../src/eval/score-places.js';

const place = (start: number, end: number, extra: Partial<PlaceItem> = {}): PlaceItem => ({
  start,
  end,
  text: '',
  geonameid: null,
  lat: null,
  lon: null,
  name: null,
  country: null,
  admin1: null,
  featureCode: null,
  ...extra,
});

test('haversine: one degree of latitude is about 111.19 km; Paris–London about 344 km', () => {
  assert.ok(Math.abs(haversineKm(0, 0, 1, 0) - 111.195) < 0.01);
  assert.ok(Math.abs(haversineKm(48.8566, 2.3522, 51.5074, -0.1278) - 343.5) < 1);
  assert.equal(haversineKm(10, 20, 10, 20), 0);
});

test('a perfect prediction scores 1.0 with zero error', () => {
  const gold = [place(0, 5, { geonameid: 1, lat: 10, lon: 10 }), place(10, 15, { geonameid: 2, lat: -5, lon: 30 })];
  const figures = scorePlaceRecords([{ gold, unresolved: [], pred: gold }]);
  assert.deepEqual([figures.P, figures.R, figures.F1, figures.acc161, figures.geonameid, figures.meanKm], [1, 1, 1, 1, 1, 0]);
});

test('an empty prediction has recall 0 and no resolution figures', () => {
  const figures = scorePlaceRecords([{ gold: [place(0, 5, { lat: 1, lon: 1 })], unresolved: [], pred: [] }]);
  assert.equal(figures.R, 0);
  assert.equal(figures.acc161, null);
});

test('predictions overlapping an unresolved span are neither right nor wrong', () => {
  const figures = scorePlaceRecords([{ gold: [place(0, 5)], unresolved: [{ start: 20, end: 27 }], pred: [place(0, 5), place(22, 27)] }]);
  assert.equal(figures.P, 1);
  assert.equal(figures.predicted, 1);
});

test('resolution: within 161 km counts, farther does not; wrong geonameid is wrong', () => {
  const gold = [place(0, 5, { geonameid: 7, lat: 0, lon: 0 }), place(10, 15, { geonameid: 8, lat: 0, lon: 0 })];
  const pred = [place(1, 4, { geonameid: 7, lat: 1, lon: 0 }), place(10, 15, { geonameid: 9, lat: 2, lon: 0 })];
  const figures = scorePlaceRecords([{ gold, unresolved: [], pred }]);
  assert.equal(figures.acc161, 0.5);
  assert.equal(figures.geonameid, 0.5);
  assert.ok(Math.abs((figures.medianKm as number) - 1.5 * 111.195) < 0.01);
});

test('geo case: every expected place found with every field it carries', () => {
  const expected = [place(0, 6, { featureCode: 'PPLC', country: 'CZE' })];
  assert.equal(passesGeoCase({ expected, pred: [place(0, 6, { featureCode: 'PPLC', country: 'cze', geonameid: 3 })] }), true);
  assert.equal(passesGeoCase({ expected, pred: [place(0, 6, { featureCode: 'PPL', country: 'CZE' })] }), false);
  assert.equal(passesGeoCase({ expected, pred: [] }), false);
  assert.equal(passesGeoCase({ expected: [], pred: [] }), true);
  assert.equal(passesGeoCase({ expected: [], pred: [place(0, 3)] }), false);
});
