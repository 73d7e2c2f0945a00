import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorOfMention, codeActors, mentionOf, rows } from './helpers.js';

test('a demonym or country composes with the agent after it', () => {
  const coded = codeActors('Israeli security forces shot at Palestinian gunmen while Syrian troops and armed Kurdish militants watched.');
  assert.deepEqual(rows(coded), [
    'Israeli security forces|ISRCOP|actors/agent-compose',
    'Palestinian gunmen|PSEUAF|actors/agent-compose',
    'Syrian troops|SYRMIL|actors/agent-compose',
    'militants|---REB|actors/agent',
  ]);
  const gunmen = mentionOf(coded, 'Palestinian gunmen');
  assert.equal(coded.text.slice(gunmen?.start, gunmen?.end), 'Palestinian gunmen');
  assert.equal(actorOfMention(coded, gunmen)?.sector, 'UAF');
});

test('a possessive owner and an adjective in between', () => {
  const coded = codeActors("Mali's army clashed with Palestinian armed groups.");
  assert.deepEqual(rows(coded), ["Mali's army|MLIMIL|actors/agent-compose", 'Palestinian armed groups|PSEREB|actors/agent-compose']);
});

test('an organisation lends its own code to its people: "Hamas representative"', () => {
  const coded = codeActors('A Hamas representative and Hezbollah fighters arrived.');
  assert.deepEqual(rows(coded), ['Hamas representative|PSEREB|actors/agent-compose', 'Hezbollah fighters|LBNREB|actors/agent-compose']);
  const actor = actorOfMention(coded, mentionOf(coded, 'Hamas representative'));
  assert.equal(actor?.name, 'Hamas', 'the representative is a mention of Hamas itself');
});

test('"a spokesman for X" and "the government of X" take X\'s code and keep X as its own mention', () => {
  const coded = codeActors('A spokesman for Hamas and the government of Mali disagreed.');
  assert.deepEqual(rows(coded), [
    'spokesman|PSEREB|actors/agent-of',
    'Hamas|PSEREB|actors/lexicon',
    'government|MLIGOV|actors/agent-of',
    'Mali|MLI|actors/lexicon',
  ]);
});

test('a role after a composed agent keeps the agent\'s sector: "Israeli army spokesman"', () => {
  const coded = codeActors('An Israeli army spokesman said the Kremlin spokesman had not called.');
  assert.deepEqual(rows(coded), ['Israeli army spokesman|ISRMIL|actors/agent-compose', 'Kremlin spokesman|RUSGOV|actors/agent-compose']);
});

test('after an owner ending in a common noun, a participle read as a verb is the clause\'s verb: "police detained activists" are two actors', () => {
  assert.deepEqual(rows(codeActors('Kenyan police detained activists on Sunday.')), ['Kenyan police|KENCOP|actors/lexicon', 'activists|---CVL|actors/agent']);
  // After a demonym the participle still modifies the agent.
  assert.deepEqual(rows(codeActors('Palestinian armed groups detained activists.')), ['Palestinian armed groups|PSEREB|actors/agent-compose', 'activists|---CVL|actors/agent']);
});

test('coordinated country adjectives share the agent: "the Danish and Norwegian embassies" are DNKGOV and NORGOV', () => {
  assert.deepEqual(rows(codeActors('Protesters attacked the Danish and Norwegian embassies.')).slice(-2), [
    'Danish|DNKGOV|actors/agent-compose',
    'Norwegian embassies|NORGOV|actors/agent-compose',
  ]);
  assert.deepEqual(rows(codeActors('US and British troops entered the town.')), ['US|USAMIL|actors/agent-compose', 'British troops|GBRMIL|actors/agent-compose']);
});

test('a country named as a noun before "and" is an actor of its own: "Israel and Palestinian militants"', () => {
  assert.deepEqual(rows(codeActors('Israel and Palestinian militants exchanged fire.')), ['Israel|ISR|actors/lexicon', 'Palestinian militants|PSEREB|actors/agent-compose']);
});
