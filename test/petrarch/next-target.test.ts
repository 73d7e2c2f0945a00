import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own dictionaries: ASSIST codes 070 and takes no object the clause analysis could read as its target,
// so the target comes from PETRARCH's "first actor after the verb in its clause".
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\nALDO_VENN [VALGOV]\n'],
  'own.agents.txt': ['agents', 'GOVERNOR [~GOV]\nCITIZEN [~CVL]\n'],
  'own.verbs.txt': ['verbs', '--- ASSIST [070] ---\nASSIST\n'],
});

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test('the first actor after the verb in its clause is the target', () => {
  assert.deepEqual(events('Valdoria assisted yesterday in a show of goodwill toward Ostravia.'), ['VAL OST 070']);
});

test('the search stops at a new clause: a semicolon, a colon or "but"', () => {
  assert.deepEqual(events('Valdoria assisted yesterday, but Ostravia stayed away.'), []);
  assert.deepEqual(events('Valdoria assisted yesterday: Ostravia stayed away.'), []);
  assert.deepEqual(events('Valdoria assisted yesterday; Ostravia stayed away.'), []);
});

test('an actor after "as" is the capacity the subject acts in, not a target', () => {
  assert.deepEqual(events('Aldo Venn assisted yesterday as a private citizen.'), []);
  assert.deepEqual(events('Aldo Venn assisted yesterday as a private citizen in a show of goodwill toward Ostravia.'), ['VALGOV OST 070']);
});
