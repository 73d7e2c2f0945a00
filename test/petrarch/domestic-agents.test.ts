import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts, type DictionaryFiles } from '../helpers/petrarch-dyad.js';

// Our own fictional states; Arnhold is Valdoria's capital, listed under Valdoria's code as PETRARCH lists capitals.
const FILES: DictionaryFiles = {
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nVALDORIAN [VAL]\nARNHOLD [VAL]\nOSTRAVIA [OST]\nQUELL [QUE]\n'],
  'own.agents.txt': ['agents', 'POLICE {} [~COP]\nMONK [~REL]\nOPPOSITION_ACTIVIST [~OPP]\nGUNMAN {GUNMEN} [~UAF]\nSOLDIER [~MIL]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- DETAIN [173] ---\nDETAIN\n'],
};

const dyad = lazyDyadWithDictionaryTexts(FILES);

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test("a state's agents acting in their own country act on its nationals: a target agent without a country takes it", () => {
  assert.deepEqual(events('Valdorian police detained three monks in Arnhold.'), ['VALCOP VALREL 173']);
});

test('an agent whose country was only guessed from context counts as an actor when the event is at home', () => {
  // Without the place, require_dyad drops it: PETRARCH does not code a guessed country.
  assert.deepEqual(events('Valdorian police detained soldiers in Arnhold.'), ['VALCOP VALMIL 173']);
  assert.deepEqual(events('Valdorian police detained soldiers.'), []);
});

test("an opposition guessed as the source's own needs no place: an opposition exists only against its state", () => {
  assert.deepEqual(events('Valdorian police detained opposition activists.'), ['VALCOP VALOPP 173']);
  // Guessed from the sentence before, with a source that has no country itself: it stays out.
  assert.deepEqual(events('Ostravia protested. Gunmen detained opposition activists.'), []);
});

test('abroad, without a place, or with a source that has no country itself, the agent keeps no country', () => {
  assert.deepEqual(events('Valdorian police detained three monks in Quell.'), ['VALCOP ---REL 173']);
  assert.deepEqual(events('Valdorian police detained three monks.'), ['VALCOP ---REL 173']);
  assert.deepEqual(events('Gunmen detained three monks in Arnhold.'), ['---UAF ---REL 173']);
});
