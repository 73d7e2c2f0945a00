import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own fictional dictionaries; `* ON` is PETRARCH's "press on" (CAMEO.2.0.txt has it in the DEMAND block).
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', '--- DEMAND [100] ---\nDEMAND\nPRESS\n- * ON [190]\n'],
});

test('a bare preposition in a pattern is not met by a time phrase ("demanded on Sunday")', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria demanded on Sunday that Ostravia free the sailors.'), ['VAL OST 100']);
});

test('the same pattern still matches the preposition before anything but a time word ("pressed on Ostravia")', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria pressed on Ostravia.'), ['VAL OST 190']);
});
