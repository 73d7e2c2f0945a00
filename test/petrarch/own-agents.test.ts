import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own dictionaries: "its ambassador" is Valdoria's own, guessed from context (VALGOV).
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\nOSTRAVIAN [OST]\n'],
  'own.agents.txt': ['agents', 'AMBASSADOR [~GOV]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- RECALL [161] ---\nRECALL\n'],
});

test("the subject's own agent (a possessive pronoun before it) is not the target: the next actor is", () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria recalled its ambassador to Ostravia.'), ['VAL OST 161']);
});

test('an agent of another country, or an own agent with no actor after it, is not passed over', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria recalled the Ostravian ambassador.'), ['VAL OSTGOV 161']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria recalled its ambassador.'), []);
});
