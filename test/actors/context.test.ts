import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActors, rows } from './helpers.js';

test('a bare state agent takes the country of the state mention before it', () => {
  const coded = codeActors('Nigerian troops entered the town. The government said two soldiers were hurt.');
  assert.deepEqual(rows(coded), [
    'Nigerian troops|NGAMIL|actors/agent-compose',
    'government|NGAGOV|actors/agent-context',
    'soldiers|NGAMIL|actors/agent-context',
  ]);
});

test('a headline names the country after the agent', () => {
  const coded = codeActors('Police fire tear gas at crowds in Kenya\n\nThe protest grew.');
  assert.deepEqual(rows(coded).slice(0, 1), ['Police|KENCOP|actors/agent-context']);
});

test('a later state agent in the sentence is the other party, not the bare agent\'s country', () => {
  const coded = codeActors('A policeman shot the Russian ambassador in Ankara.');
  assert.deepEqual(rows(coded), ['policeman|---COP|actors/agent', 'Russian ambassador|RUSGOV|actors/agent-compose']);
});

test('a country after the agent counts only where things happen or come from, not as the object of the act', () => {
  assert.deepEqual(rows(codeActors('A congressman called on the president to retaliate against Russia.')), ['congressman|---LEG|actors/agent', 'president|---GOV|actors/agent', 'Russia|RUS|actors/lexicon']);
  assert.deepEqual(rows(codeActors('Soldiers from Ghana arrived.')).slice(0, 1), ['Soldiers|GHAMIL|actors/agent-context']);
});

test('the first reading of "the government" sticks for the rest of the article', () => {
  const coded = codeActors('Kenya said the government would act. The United States urged the government to talk.');
  assert.deepEqual(rows(coded), [
    'Kenya|KEN|actors/lexicon',
    'government|KENGOV|actors/agent-context',
    'United States|USA|actors/lexicon',
    'government|KENGOV|actors/agent-repeat',
  ]);
});

test('non-state agents are not guessed into a country; a repeat of a composed one is', () => {
  const coded = codeActors('Israeli troops met gunmen. Later Palestinian gunmen fired, and the gunmen fled.');
  assert.deepEqual(rows(coded), [
    'Israeli troops|ISRMIL|actors/agent-compose',
    'gunmen|---UAF|actors/agent',
    'Palestinian gunmen|PSEUAF|actors/agent-compose',
    'gunmen|PSEUAF|actors/agent-repeat',
  ]);
});

test('a repeat is by head word: "fighters" after "M23 rebels" is not M23', () => {
  const coded = codeActors('M23 rebels seized the town. The Taliban said its fighters were elsewhere, and the rebels stayed.');
  assert.deepEqual(rows(coded), [
    'M23 rebels|CODREB|actors/agent-compose',
    'Taliban|AFGREB|actors/lexicon',
    'fighters|---REB|actors/agent',
    'rebels|CODREB|actors/agent-repeat',
  ]);
});

test('context prefers the subject of the previous sentence, or its speaker, over the nearest mention', () => {
  const subject = codeActors("Mali's junta, which hired Russian military contractors, is struggling. The army said it arrested suspects.", '2022-06-21');
  assert.equal(rows(subject).find((row) => row.startsWith('army|')), 'army|MLIMIL|actors/agent-context');
  const speaker = codeActors('Russian forces shelled several Ukrainian cities, Ukrainian officials said. The governor asked for help.', '2023-03-10');
  assert.equal(rows(speaker).find((row) => row.startsWith('governor|')), 'governor|UKRGOV|actors/agent-context');
});
