import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreAcledRecords } from '../../src/eval/score-acled.js';

const type = (eventType: string, subEventType: string) => ({ eventType, subEventType });

test('a perfect prediction scores 1.0; null gold left untyped counts as right', () => {
  const figures = scoreAcledRecords([
    { gold: type('Battles', 'Armed clash'), pred: type('Battles', 'Armed clash') },
    { gold: type('Riots', 'Mob violence'), pred: type('Riots', 'Mob violence') },
    { gold: null, pred: null },
  ]);
  assert.deepEqual([figures.subAccuracy, figures.subMacroF1, figures.typeAccuracy, figures.typeMacroF1, figures.nullLeftUntyped], [1, 1, 1, 1, 1]);
});

test('the right event type with the wrong sub-event type scores on types only', () => {
  const figures = scoreAcledRecords([
    { gold: type('Explosions/Remote violence', 'Grenade'), pred: type('Explosions/Remote violence', 'Air/drone strike') },
    { gold: null, pred: type('Protests', 'Peaceful protest') },
  ]);
  assert.equal(figures.subAccuracy, 0);
  assert.equal(figures.typeAccuracy, 1);
  assert.equal(figures.subMacroF1, 0);
  assert.equal(figures.nullLeftUntyped, 0);
});

test('an empty prediction scores 0', () => {
  const figures = scoreAcledRecords([{ gold: type('Battles', 'Armed clash'), pred: null }]);
  assert.equal(figures.subAccuracy, 0);
  assert.equal(figures.typeMacroF1, 0);
  assert.equal(figures.nullLeftUntyped, null);
});
