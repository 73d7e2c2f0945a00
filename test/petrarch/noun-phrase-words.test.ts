import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own block, shaped like Phoenix's LAUNCH: a two-word noun phrase `{PEACE TALK}` written before
// the plain `* TALKS`; TALK occurs in another phrase too, so PEACE is the word that represents it.
const BLOCK = [
  '--- INITIATE [040] ---',
  'LAUNCH',
  '- * {PEACE TALK} [045]',
  '- * {DIRECT TALK} [046]',
  '- * TALKS [046]',
].join('\n');

const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', `####### VERB PATTERNS #######\n${BLOCK}\n`],
});

const CASES: readonly (readonly [name: string, text: string, triple: string])[] = [
  ['PETRARCH-2 matches a noun phrase as written: "peace talks" is `* TALKS`, not `{PEACE TALK}`', 'Valdoria launched peace talks with Ostravia.', 'VAL OST 046'],
  ['the noun phrase written as in the pattern still takes its own code', 'Valdoria launched a peace talk with Ostravia.', 'VAL OST 045'],
  // Negative: the rule only ranks patterns; it removes no match.
  ['with no pattern met as written, the noun phrase met through its lemma still codes', 'Valdoria launched peace negotiations with Ostravia.', 'VAL OST 045'],
];

for (const [name, text, triple] of CASES) {
  test(name, () => assert.deepEqual(eventTriples(dyad(), text), [triple]));
}
