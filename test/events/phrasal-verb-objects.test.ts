import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own dictionaries: CONTROL is a verb [060]; the tagger also reads the noun "control" after
// "hand back" as a verb. The clause analysis is Dyad's own, the same with the built-in lexicon.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- CONTROL [060] ---\nCONTROL {CONTROLS CONTROLLING CONTROLLED}\n'],
});

test('right after a verb and its particle comes the object: "handed back control of Ostravia" is no control event', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria handed back control of Ostravia.'), []);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria controlled Ostravia.'), ['VAL OST 060']);
});

test('a gerund after a verb and its particle, or a verb of the next clause, is still a verb', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria came back controlling Ostravia.'), ['VAL OST 060']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria backed off and controlled Ostravia.'), ['VAL OST 060']);
});
