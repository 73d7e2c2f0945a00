import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDoc } from '../../src/core/doc.js';
import { eventTriples, lazyDyadWithDictionaryTexts, type DictionaryFiles } from '../helpers/petrarch-dyad.js';

// Our own dictionary set: PETRARCH-1 patterns that the clause analysis' slots cannot tell apart.
const VERBS = [
  '&COIN',
  '+GOLDEN_GOBLIN_GALLEONS',
  '+SILVER CROWNS',
  '',
  '--- DONATE [070] ---',
  'DONATE',
  '- * &COIN [903]',
  '- * REAL_PLEASANT [024]',
  '',
  '--- SEVER [161] ---',
  'SEVER',
  '+CUT_OFF {+CUTS_OFF +CUTTING_OFF}',
  '- * PACT [162]',
  '',
  '--- HINT [101] ---',
  'HINT',
  '',
  '--- MEET [030] ---',
  'MEET',
  '- HINTED WOULD * SOON [036]',
  '- * TO ^ WITH + [043]',
  '',
  '--- CONCUR [081] ---',
  'CONCUR',
  '- % * [030:030]',
  '',
  '--- LISTEN [080] ---',
  'WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}',
  '- UNEXPECTEDLY * OVER BORDERS [906]',
  '',
  '--- QUESTION [---] ---',
  'QUESTION',
  '- BEGUN * [212]',
  '',
  '--- EXCLUDE [1721] ---',
  'EXCLUDE',
  '+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}',
  '',
  '--- CRITICIZE [121] ---',
  'CRITICIZE',
  '',
  '--- REOPEN [065] ---',
  'REOPEN',
  '',
  '--- FIRE [190] ---',
  'FIRE',
  '',
  '--- TEAR [180] ---',
  'TEAR',
  '',
  '--- FEAST [---] ---',
  'FEAST',
  '- * WITH + [044]',
].join('\n');

const FILES: DictionaryFiles = {
  'own.actors.txt': ['actors', 'VALDORIA [VAL]\nOSTRAVIA [OST]\nQUELL [QUE]\n'],
  'own.agents.txt': ['agents', 'SKY_RANGER [~MIL]\n'],
  'own.verbs.txt': ['verbs', VERBS],
};

const dyad = lazyDyadWithDictionaryTexts(FILES);

function events(text: string): string[] {
  return eventTriples(dyad(), text, '2010-01-01');
}

test('a synset phrase codes only when all its words stand in a row', () => {
  assert.deepEqual(events('Valdoria donated golden goblin galleons to Ostravia.'), ['VAL OST 903']);
  assert.deepEqual(events('Valdoria donated goblin galleons to Ostravia.'), ['VAL OST 070']);
});

test('an open connector lets a pattern word stand further on in the sentence', () => {
  assert.deepEqual(events('Valdoria donated to Ostravia as a real pleasant gesture.'), ['VAL OST 024']);
  assert.deepEqual(events('Valdoria donated to Ostravia as a real and pleasant gesture.'), ['VAL OST 070']);
});

test('the patterns of a block also apply to its multi-word verbs', () => {
  assert.deepEqual(events('Valdoria cut off a pact with Ostravia.'), ['VAL OST 162']);
  assert.deepEqual(events('Valdoria cut off trade with Ostravia.'), ['VAL OST 161']);
});

test('a verb matched as a word of another verb\'s pattern is no event of its own', () => {
  assert.deepEqual(events('Valdoria hinted it would meet soon with Ostravia.'), ['VAL OST 036']);
  assert.deepEqual(events('Valdoria hinted it would meet with Ostravia.'), ['VAL OST 101', 'VAL OST 030']);
});

test('a block coded --- codes nothing unless a pattern matches', () => {
  assert.deepEqual(events('Valdoria feasted with Ostravia.'), ['VAL OST 044']);
  assert.deepEqual(events('Valdoria feasted in Ostravia.'), []);
});

test('actors bound by a pattern replace the roles of the clause analysis', () => {
  assert.deepEqual(events('Valdoria will meet to talk in Quell with Ostravia.'), ['VAL OST 043']);
  assert.deepEqual(events('Valdoria will meet in Quell with Ostravia.'), ['VAL QUE 030']);
});

test('a bare `% *` pattern codes the conjuncts of a compound subject both ways, with its paired code', () => {
  assert.deepEqual(events('Valdoria and Ostravia concur that trade should grow.'), ['VAL OST 030', 'OST VAL 030']);
  assert.deepEqual(events('Valdoria concurred with Ostravia.'), ['VAL OST 081']);
});

test('a verb the clause analysis left without subject takes the actor before it, the head of its phrase', () => {
  assert.deepEqual(events('Sky rangers from Valdoria will wire tap the links into Ostravia.'), ['VALMIL OST 080']);
  assert.deepEqual(events("Valdoria unexpectedly won't try to wire tap over borders in Ostravia."), ['VAL OST 906']);
  // Not across another clause, and not for a passive.
  assert.deepEqual(events('Valdoria said that rangers will wire tap the links into Ostravia.'), []);
  assert.deepEqual(events('Valdoria fears Ostravia was wire tapped.'), []);
  // Not when the actor is already the subject of a coded verb in between: 'tear' is the noun of 'tear gas'.
  assert.deepEqual(events('Sky rangers from Valdoria fired tear gas at Ostravia.'), ['VALMIL OST 190']);
});

test('dictionary verbs the clause analysis did not code are coded as PETRARCH-1 would', () => {
  const coded = dyad().code(makeDoc({ id: 't', text: 'Valdoria has begun to question its ties with Ostravia.', date: '2010-01-01' }));
  assert.deepEqual(coded.events.map((e) => [e.cameo, e.source?.code, e.target?.code, e.trigger.text, e.rule]), [['212', 'VAL', 'OST', 'question', 'petrarch/dictionary-verb']]);
  assert.deepEqual(events('Sky rangers from Valdoria have cordoned off the roads into Ostravia.'), ['VALMIL OST 1721']);
});

test('a missed verb needs a target in its clause, a pattern word before an infinitive, and no determiner before it', () => {
  assert.deepEqual(events('Valdoria cordoned off the roads, Ostravia said.'), []);
  assert.deepEqual(events('Valdoria wants to question Ostravia.'), []);
  assert.deepEqual(events('Valdoria arranged the reopening of houses in Ostravia.'), []);
});

test('a passive without a "by" agent codes its subject as source, as PETRARCH-1 reads it; with one, the agent', () => {
  assert.deepEqual(events('Ostravia was criticized over its dispute with Valdoria.'), ['OST VAL 121']);
  assert.deepEqual(events('Ostravia was criticized by Valdoria.'), ['VAL OST 121']);
});
