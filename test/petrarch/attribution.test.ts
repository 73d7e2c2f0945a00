import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own fictional dictionaries: two states and a news-agency agent to report on them.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n+OSTRAVIAN\n'],
  'own.agents.txt': ['agents', 'NEWS_AGENCY [~MED]\n'],
  'own.verbs.txt': ['verbs', '--- RESTORE [064] ---\nRESTORE\n--- TEST [---] ---\nTEST\n- * MISSILE [150]\n'],
});

test('the reporter in a trailing attribution is never the target ("..., the Ostravian news agency said")', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria tested a missile on Monday, the official Ostravian news agency said.'), []);
});

test('a target before the attribution is still found', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria restored ties on Monday with Ostravia, the official Ostravian news agency said.'), ['VAL OST 064']);
});
