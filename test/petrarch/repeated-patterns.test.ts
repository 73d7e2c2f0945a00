import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own block, shaped like Phoenix's ACCLAIM (CELEBRATE and RECOGNISE): one synonym block for two verbs,
// the same pattern written twice with the code meant for each verb (the comment names it).
const BLOCK = [
  '--- ACCLAIM [051] ---',
  'CELEBRATE',
  'ACKNOWLEDGE',
  '- * INDEPENDENCE [017] # CELEBRATE',
  '- * (WITH +) [051] # CELEBRATE',
  '- * INDEPENDENCE [054] # ACKNOWLEDGE',
].join('\n');

const ACTORS = 'VALDORIA [VAL]\nOSTRAVIA [OST]\n';

const petr2 = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', ACTORS],
  'own.verbs.txt': ['verbs', `####### VERB PATTERNS #######\n${BLOCK}\n`],
});

const petr1 = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', ACTORS],
  'own.verbs.txt': ['verbs', `${BLOCK.replace('(WITH +)', 'WITH +')}\n`],
});

test('PETRARCH-2: a pattern written again later in its block replaces the earlier code (its trie keeps the last)', () => {
  assert.deepEqual(eventTriples(petr2(), 'Valdoria acknowledged the independence of Ostravia.'), ['VAL OST 054']);
});

test('PETRARCH-2: patterns that are not the same words keep their own codes', () => {
  assert.deepEqual(eventTriples(petr2(), 'Valdoria celebrated with Ostravia.'), ['VAL OST 051']);
});

test('PETRARCH-1 tries its pattern list in order: the first of two identical patterns stays', () => {
  assert.deepEqual(eventTriples(petr1(), 'Valdoria acknowledged the independence of Ostravia.'), ['VAL OST 017']);
});
