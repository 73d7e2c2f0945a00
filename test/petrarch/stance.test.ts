import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own dictionaries: PREPARE codes an intent to cooperate, ATTACK an assault.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\n'],
  'own.verbs.txt': ['verbs', '--- PREPARE [030] ---\nPREPARE\n\n--- ATTACK [190] ---\nATTACK\n'],
});

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test('"is prepared to" is the subject\'s own stance, not a passive of "prepare"', () => {
  assert.deepEqual(events('Valdoria said it is prepared to talk with Ostravia.'), ['VAL OST 030']);
  // a real passive still reads its subject as the target
  assert.deepEqual(events('Ostravia was attacked by Valdoria.'), ['VAL OST 190']);
});
