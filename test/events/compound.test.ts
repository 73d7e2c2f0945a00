import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, describe } from './fixture.js';

test('coordinated sources give one event per source (documented choice)', () => {
  const coded = codeText('The DFLP, PIJ and armed groups threatened Israel.', [['DFLP', 'PSEREB'], ['PIJ', 'PSEIRG'], ['armed groups', 'PSEARM'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(coded), [
    '130 PSEREB>ISR "threatened" events/frame-threaten',
    '130 PSEIRG>ISR "threatened" events/frame-threaten',
    '130 PSEARM>ISR "threatened" events/frame-threaten',
  ]);
});

test('a word inside an actor name is not a trigger ("armed groups")', () => {
  const coded = codeText('Armed groups met in Gao.', [['Armed groups', 'MLIARM']]);
  assert.deepEqual(describe(coded), ['040 MLIARM>- "met" events/active']);
});

test('a bracketed short form after a conjunct keeps the compound subject ("X and the European Union (EU)")', () => {
  const coded = codeText('France and the European Union (EU) threatened Israel.', [['France', 'FRA'], ['European Union', 'IGOEEU'], ['EU', 'IGOEEU'], ['Israel', 'ISR']]);
  assert.deepEqual(describe(coded), [
    '130 FRA>ISR "threatened" events/frame-threaten',
    '130 IGOEEU>ISR "threatened" events/frame-threaten',
  ]);
});
