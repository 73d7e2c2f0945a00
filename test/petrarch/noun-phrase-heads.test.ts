import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/doc.js';
import { eventTriples, lazyDyadWithDictionaryTexts } from '../helpers/petrarch-dyad.js';

// Our own fictional dictionaries: a country adjective, a titled person and a title agent.
const dyad = lazyDyadWithDictionaryTexts({
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\n+VALDORIAN\nOSTRAVIA [OST]\n+OSTRAVIAN\nIVO_PELL [OSTGOV]\n'],
  'own.agents.txt': ['agents', 'PRESIDENT [~GOV]\nPROTESTER [~OPP]\n'],
  'own.verbs.txt': ['verbs', '--- RESTORE [064] ---\nRESTORE\n--- MARCH [140] ---\nMARCH\n- * (AGAINST) [141]\n'],
});

test('a country adjective before a titled name is one phrase: the name codes it (OSTGOV, not OST)', () => {
  const text = 'Valdoria restored ties with Ostravian President Ivo Pell.';
  assert.deepEqual(eventTriples(dyad(), text), ['VAL OSTGOV 064']);
  const doc = dyad().code(makeDoc({ id: 't', text, date: '2007-06-01' }));
  assert.deepEqual(doc.events.map((e) => e.target?.text), ['Ivo Pell']);
});

test('a title whose country is only guessed from context gives way to the name right after it', () => {
  assert.deepEqual(eventTriples(dyad(), 'Ostravian protesters marched in the capital against President Ivo Pell.'), ['OSTOPP OSTGOV 141']);
});

test('mentions of two countries are never merged into one phrase: each keeps its own code', () => {
  assert.deepEqual(eventTriples(dyad(), 'Valdoria restored ties with Valdorian Ivo Pell.'), ['VAL OSTGOV 064']);
  assert.deepEqual(eventTriples(dyad(), 'Valdoria restored ties with Ostravia, Valdoria said.'), ['VAL OST 064']);
});

test("a possessive joins a country to the name after it: \"Ostravia's Ivo Pell\" is Pell (OSTGOV, not OST)", () => {
  assert.deepEqual(eventTriples(dyad(), "Valdoria restored ties with Ostravia's Ivo Pell."), ['VAL OSTGOV 064']);
  // Across two countries the possessive joins nothing: the country named first stays the target.
  assert.deepEqual(eventTriples(dyad(), "Valdoria restored ties with Valdoria's Ivo Pell."), ['VAL OSTGOV 064']);
  assert.deepEqual(eventTriples(dyad(), "Valdoria restored Ostravia's ties."), ['VAL OST 064']);
});
