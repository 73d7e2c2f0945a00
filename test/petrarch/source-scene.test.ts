import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own dictionaries; the cities are real (the gazetteer places them), the actor file codes them as their country.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'WINNIPEG [CAN]\nTBILISI [GEO]\nMOSCOW [RUS]\n'],
  'own.agents.txt': ['agents', 'PROTESTER [~PPL]\nPOLICE [~COP]\nTROOPS [~MIL]\n'],
  'own.verbs.txt': ['verbs', '--- PROTEST [140] ---\nPROTEST\n--- ARREST [173] ---\nARREST\n--- DIE [190] ---\nDIE\n'],
});

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2016-10-01');
}

test('an imported bare agent takes the country of the places named with it', () => {
  assert.deepEqual(events('Police in Winnipeg arrested protesters on Friday.'), ['CANCOP CANPPL 173']);
});

test('the place the source took its country from is the scene, not the target', () => {
  assert.deepEqual(events('Protesters protested in Tbilisi on Sunday.'), []);
  assert.deepEqual(events('Nine protesters have died in Winnipeg.'), []);
});

test('a place of another country, or places in two countries, still give the target', () => {
  assert.deepEqual(events('Protesters in Tbilisi protested against Moscow on Sunday.'), ['GEOPPL RUS 140']);
  // Places in two countries give the protesters none: "in Tbilisi" stays the next actor after the verb.
  assert.deepEqual(events('Protesters protested in Tbilisi, then in Moscow.'), ['---PPL GEO 140']);
});
