import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scorePloverRecords, type PloverItem } from '../../src/eval/score-plover.js';

const item = (type: string, actorCountry: string | null = null, recipientCountry: string | null = null, mode: string | null = null): PloverItem => ({
  type,
  mode,
  actorCountry,
  recipientCountry,
});

test('a perfect prediction scores 1.0, secondary fields included', () => {
  const records = [
    { gold: [item('ASSAULT', 'SYR', 'TUR', 'aerial')], pred: [item('ASSAULT', 'SYR', 'TUR', 'aerial')] },
    { gold: [item('CONSULT', 'FRA')], pred: [item('CONSULT', 'FRA')] },
  ];
  const figures = scorePloverRecords(records);
  for (const key of ['accuracy', 'P', 'R', 'F1', 'macroF1', 'actorCountry', 'recipientCountry', 'mode']) assert.equal(figures[key], 1, key);
});

test('no prediction is wrong; only the first predicted type counts for accuracy', () => {
  const figures = scorePloverRecords([
    { gold: [item('PROTEST')], pred: [] },
    { gold: [item('AID')], pred: [item('SUPPORT'), item('AID')] },
  ]);
  assert.equal(figures.accuracy, 0);
  // (record, type) pairs: TP {r2 AID}, FP {r2 SUPPORT}, FN {r1 PROTEST}.
  assert.equal(figures.P, 0.5);
  assert.equal(figures.R, 0.5);
  assert.equal(figures.actorCountry, null);
});

test('secondary accuracy is measured only on records with the right type', () => {
  const figures = scorePloverRecords([
    { gold: [item('COERCE', 'IRN', null, 'arrest')], pred: [item('COERCE', 'IRQ', null, 'arrest')] },
    { gold: [item('THREATEN', 'USA')], pred: [item('REJECT', 'USA')] },
  ]);
  assert.equal(figures.accuracy, 0.5);
  assert.equal(figures.actorCountry, 0);
  assert.equal(figures.mode, 1);
  assert.equal(figures.recipientCountry, null);
});

test('macro-F1 averages per-type F1 over the types seen', () => {
  const figures = scorePloverRecords(
    [
      { gold: [item('AID')], pred: [item('AID')] },
      { gold: [item('AGREE')], pred: [item('AID')] },
    ],
    ['AID', 'AGREE', 'ASSAULT'],
  );
  // AID: tp 1, fp 1 → F1 2/3; AGREE: fn 1 → 0; ASSAULT unseen → left out.
  assert.ok(Math.abs((figures.macroF1 as number) - 1 / 3) < 1e-9);
});
