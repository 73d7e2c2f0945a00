import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActors, rows } from './helpers.js';

test('a bare state agent takes the country of the nearest state mention before it', () => {
  const coded = codeActors('Nigerian troops entered the town. The government said two soldiers were hurt.');
  assert.deepEqual(rows(coded), [
    'Nigerian troops|NGAMIL|actors/agent-compose',
    'government|NGAGOV|actors/agent-context',
    'soldiers|NGAMIL|actors/agent-repeat',
  ]);
});

test('a headline names the country after the agent', () => {
  const coded = codeActors('Police fire tear gas at crowds in Kenya\n\nThe protest grew.');
  assert.deepEqual(rows(coded).slice(0, 1), ['Police|KENCOP|actors/agent-context']);
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
