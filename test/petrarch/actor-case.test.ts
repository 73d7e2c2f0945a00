import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Actor names that are also English words: a one-word actor phrase needs its capital in the text.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nPEARL [PRL]\nPEARL_COAST [PRC]\n'],
  'own.verbs.txt': ['verbs', '--- PRAISE [051] ---\nPRAISE\n'],
});

test('a one-word actor phrase matches only with its capital ("Pearl" the country, not "a pearl"); longer phrases stay case-blind', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria praised Pearl.'), ['VAL PRL 051']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria praised a pearl.'), []);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria praised the pearl coast.'), ['VAL PRC 051']);
});
