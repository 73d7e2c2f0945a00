import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own dictionaries. PETRARCH reads every agent of a noun phrase: "an Ostravian army post" holds
// the army. Dyad's own lexicon reads such a phrase as a thing (test/actors), not as an actor.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nVALDORIAN [VAL]\nOSTRAVIAN [OST]\n'],
  'own.agents.txt': ['agents', 'ARMY [~MIL]\nMILITANT [~UAF]\n'],
  'own.verbs.txt': ['verbs', '####### VERB PATTERNS #######\n--- ATTACK [190] ---\nATTACK\n'],
});

test('with imported dictionaries an agent before a post, base or vehicle is the agent: attacking an army post attacks the army', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdorian militants attacked an Ostravian army post.'), ['VALUAF OSTMIL 190']);
});

test('an agent before an abstract thing (budget, aid, law) is still no actor', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdorian militants attacked the Ostravian army budget.'), ['VALUAF OST 190']);
});
