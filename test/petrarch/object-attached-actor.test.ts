import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own PETRARCH-2-format verbs: bombing an actor (`* +`) is coded apart from bombing anything.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- BOMB [190] ---\nBOMB\n- * + [195]\n'],
});

test('an object naming its actor in an attached in/of phrase meets a `+` object: "bombed targets in Ostravia"', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria bombed Ostravia on Monday.'), ['VAL OST 195']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria bombed targets in Ostravia on Monday.'), ['VAL OST 195']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria bombed the positions of Ostravia on Monday.'), ['VAL OST 195']);
});

test('an actor after the object in a phrase that is not attached to it does not meet `+`: the verb\'s own code', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria bombed targets near Ostravia on Monday.'), ['VAL OST 190']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria bombed targets for hours in Ostravia.'), ['VAL OST 190']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria bombed targets in the mountains.'), []);
});
