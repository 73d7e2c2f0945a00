import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own PETRARCH-2-format verbs: two patterns whose words share a lemma but not a form.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- LIFT [080] ---\nLIFT\n- * SANCTION [0351]\n- * SANCTIONS [085]\n'],
});

test("of equally specific patterns, the one written in the text's own form wins over one met through the lemma", () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria lifted sanctions on Ostravia.', '2010-01-01'), ['VAL OST 085']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria lifted the sanction on Ostravia.', '2010-01-01'), ['VAL OST 0351']);
});
