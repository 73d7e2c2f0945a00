import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorLayer } from '../../src/stages/actors/types.js';
import { placesIn, surfaces } from './helpers.js';

test('common words that are also small towns are not places: Police, Of, Mobile, Reading', () => {
  assert.deepEqual(surfaces('Police said the Mobile phones were seized. Reading the report, Of course, took hours.'), []);
});

test('a town name inside a person\'s name is not a place: "Nabil Abu Rudaineh"', () => {
  assert.deepEqual(surfaces('Nabil Abu Rudaineh, a spokesman for the president, condemned the raid.'), []);
});

test('given names that are places, before a surname: "Jordan Peterson", "Paris Hilton"', () => {
  assert.deepEqual(surfaces('Jordan Peterson spoke to reporters in Toronto.'), ['Toronto']);
  assert.deepEqual(surfaces('Paris Hilton arrived late.'), []);
});

test('a name after a title is a person: "President Bush", "Mr. Lincoln"', () => {
  assert.deepEqual(surfaces('President Bush met Mr. Lincoln at the ranch.'), []);
});

test('a surname first seen in a full name stays a person when it comes back alone', () => {
  assert.deepEqual(surfaces('Former spy Christopher Steele wrote the report. Steele said he stood by it.'), []);
});

test('a small town after a first name is part of that name: "Donald Trump"', () => {
  assert.deepEqual(surfaces('Donald Trump criticised the decision.'), []);
});

test('a person mention from the actors layer wins over a place reading of the same tokens', () => {
  const text = 'Victoria Beckham visited the camp.';
  const found = placesIn(text, (segmentation) => {
    const { tokens } = segmentation;
    const end = tokens.value.indexOf('Beckham') + 1;
    return {
      actors: [{ id: 'a1', name: 'Victoria Beckham', code: 'GBRCVL', country: 'GBR', sector: 'CVL', ploverSector: null, ploverCountry: 'GBR', kind: 'person', role: null }],
      mentions: [{ actor: 'a1', code: 'GBRCVL', start: 0, end: 16, tokenStart: 0, tokenEnd: end, coref: false, rule: 'actors/lexicon' }],
      tokenMention: new Int32Array(tokens.count).fill(-1),
    } satisfies ActorLayer;
  });
  assert.deepEqual(found, []);
});

test('numbers, percentages and lower-case words are never places', () => {
  assert.deepEqual(surfaces('Turnout rose 12.53% as reading and mobile voting grew.'), []);
});

test('short capitalised acronyms are not towns: "IS", "AP"', () => {
  assert.deepEqual(surfaces('IS fighters attacked, AP reported.'), []);
});

test('a tiny town with no support in the article is dropped', () => {
  // "Hinton" is a small town in several countries; nothing in the text points to one of them.
  assert.deepEqual(surfaces('The Hinton report was published.'), []);
});

test('capital-letter abbreviations are places only in capitals: "Act", not ACT', () => {
  assert.deepEqual(surfaces('The Affordable Care Act passed.'), []);
  assert.deepEqual(surfaces('Fires burned in the ACT.').length, 1);
});

test('English words before a name are not an Arabic article: "At St. Paul", "An Axel"', () => {
  const found = surfaces('At St. Paul the crowd cheered. An Axel jump followed.');
  assert.ok(!found.includes('At St. Paul') && !found.includes('An Axel'), found.join(', '));
});

test('a bare small-town name with nothing behind it is not a place: "Clinton talked" in a US story', () => {
  assert.deepEqual(surfaces('American voters watched as Clinton talked about justice.'), ['American']);
});
