import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodedDocument } from '../../src/contract/types.js';
import { codeText } from '../helpers/dyad.js';

/** "text|code|rule" of every mention, in text order. */
function mentionRows(coded: CodedDocument): string[] {
  const rows: Array<[number, string]> = [];
  for (const actor of coded.actors) {
    for (const mention of actor.mentions) rows.push([mention.start, `${mention.text}|${actor.code}|${mention.rule}`]);
  }
  return rows.sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

test('a bare agent takes the country of the places named in its sentence', () => {
  assert.deepEqual(mentionRows(codeText('Police in Winnipeg charged a man with assault.')), ['Police|CANCOP|actors/agent-place']);
  const coded = codeText('Thousands of people protested in Tbilisi on Saturday.');
  assert.deepEqual(mentionRows(coded), ['people|GEOCVL|actors/agent-place']);
  assert.equal(coded.events[0]?.source?.code, 'GEOCVL');
});

test('a country the actors stage took for an actor is a place after "in": "in central Mali"', () => {
  assert.deepEqual(mentionRows(codeText('Gunmen kill dozens of civilians in central Mali')), [
    'Gunmen|MLIUAF|actors/agent-place', 'civilians|MLICVL|actors/agent-place', 'Mali|MLI|actors/lexicon',
  ]);
});

test('each sentence speaks for its own mentions: one agent in two countries becomes two actors', () => {
  const coded = codeText('Police in Nairobi arrested ten men. Police in Kampala arrested five more. Police said the raids continue.');
  assert.deepEqual(mentionRows(coded), ['Police|KENCOP|actors/agent-place', 'Police|UGACOP|actors/agent-place', 'Police|---COP|actors/agent']);
});

test('no country from places: two countries in the sentence, an army, officials, a demonym that is part of the actor', () => {
  assert.deepEqual(mentionRows(codeText('Police in Nairobi arrested a man from Kampala.')), ['Police|---COP|actors/agent']);
  assert.deepEqual(mentionRows(codeText('Troops raided homes in Jenin.')), ['Troops|---MIL|actors/agent']);
  assert.deepEqual(mentionRows(codeText('The two leaders met in Geneva.')), ['leaders|---GOV|actors/agent']);
  // an agent word inside a name we do not know is no bare agent of the place
  assert.deepEqual(mentionRows(codeText('The Mathare Youth Police Forum met in Nairobi.')), ['Police|---COP|actors/agent']);
  // "Russian" names the forces, not where the civilians were: Kharkiv alone places them.
  const shelled = codeText('Russian forces shelled Kharkiv, killing three civilians.');
  assert.equal(shelled.events[0]?.target?.code, 'UKRCVL');
});
