import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own PETRARCH-2-format verbs (the header line marks the format): "say" and "clarify" code a plain
// statement (010), "order" a demand. Only "say" is a reporting verb in Dyad's own lexicon.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n\n--- ORDER [100] ---\nORDER\n\n--- CLARIFY [010] ---\nCLARIFY\n'],
});

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test('a reporting verb coded 010 is not a second event when its sentence codes another one', () => {
  assert.deepEqual(events('Valdoria said it ordered Ostravia to withdraw.'), ['VAL OST 100']);
});

test('alone, the reporting verb keeps its 010; a 010 verb that is not a reporting verb stays an event beside another', () => {
  assert.deepEqual(events('Valdoria said to Ostravia that nothing had changed.'), ['VAL OST 010']);
  assert.deepEqual(events('Valdoria clarified that it ordered Ostravia to withdraw.').sort(), ['VAL OST 010', 'VAL OST 100']);
});

test('a bare statement is aimed only at its addressee, never at an actor inside what was said', () => {
  assert.deepEqual(events('Valdoria said merchants distrust Ostravia.'), []);
  assert.deepEqual(events('Valdoria said the rebels lack the means to threaten Ostravia.'), []);
});

test('"said" names no addressee without "to": the actor after it is what was said', () => {
  assert.deepEqual(events('Valdoria said Ostravia is committed to reform.'), []);
});

test('a noun phrase after a comma with no actor in it is the verb\'s own subject: no source from before the comma', () => {
  assert.deepEqual(events('Valdoria is the favourite, several merchants familiar with the talks said to Ostravia.'), []);
});
