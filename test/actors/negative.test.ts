import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActors, mentionOf, rows } from './helpers.js';

test('photo credits, agency slashes and bylines are not actors', () => {
  const coded = codeActors('Mourners carry a coffin in Jenin. (credit: REUTERS/Jane Doe)\nAP Photo/John Smith\nPhoto by Ali Hassan/AFP via Getty Images.\nBy Maria Lopez\nReporting by Tom Lee; Editing by Ann Ray');
  assert.deepEqual(rows(coded), ['Mourners|---CVL|actors/agent']);
});

test('a caption keeps its own words; only the credit goes', () => {
  const coded = codeActors('Photo: Israeli soldiers stand guard in Hebron. (credit: Israel Defense Forces/Handout)');
  assert.deepEqual(rows(coded), ['Israeli soldiers|ISRMIL|actors/agent-compose']);
});

test('a dateline is where the story was filed, not an actor', () => {
  const coded = codeActors('NAIROBI, Kenya — Police fired tear gas.');
  assert.equal(mentionOf(coded, 'NAIROBI'), undefined);
  assert.equal(mentionOf(coded, 'Kenya'), undefined);
});

test('a country name inside a person\'s or a company\'s name is not the country', () => {
  for (const text of ['Jordan Peterson gave a lecture.', 'They watched Michael Jordan play.', 'The Jordan Valley is dry.', 'Kenya Airways cancelled flights.', 'Chad Smith drummed.']) {
    assert.deepEqual(rows(codeActors(text)), [], text);
  }
  assert.deepEqual(rows(codeActors('The Washington Post reported the story.')), ['Washington Post|USAMED|actors/lexicon']);
});

test('case matters: "turkey", "us", "chad" in lower case are words', () => {
  assert.deepEqual(rows(codeActors('Let us eat a turkey sandwich with chad and labour.')), []);
});

test('months, weekdays and capitalised sentence openers are not people', () => {
  const coded = codeActors('In March, Will and May said they would rest. Monday Morning Quarterback said so, a spokesman for nobody.');
  assert.equal(coded.layer.actors.filter((actor) => actor.kind === 'person').length, 0);
});

test('an agent word used as a verb or as a modifier of a thing is not an actor', () => {
  assert.deepEqual(rows(codeActors('Washington would judge Iran by its actions.')), ['Washington|USAGOV|actors/capital', 'Iran|IRN|actors/lexicon']);
  assert.deepEqual(rows(codeActors('They raided the refugee camp near the police station.')), []);
});

test('a capital after a locative preposition is a place', () => {
  assert.deepEqual(rows(codeActors('The ministers met in Beijing and flew to Moscow.')), ['ministers|---GOV|actors/agent']);
});

test('"it" in "it is", "it would be" and "he" without any person before stay unlinked', () => {
  const coded = codeActors('Hamas fired rockets. It is unclear why. It would be a mistake, he said.');
  assert.deepEqual(rows(coded), ['Hamas|PSEREB|actors/lexicon']);
});

test('an office named without its holder is not an actor: "running for president", "as prime minister"', () => {
  assert.deepEqual(rows(codeActors('She is running for president and wants to serve as prime minister.')), []);
});

test('a capital naming an agreement or event, and a capitalised "the ... Agency", are not coded as governments or descriptions', () => {
  assert.deepEqual(rows(codeActors('The Paris agreement and the Minsk talks were discussed.')), []);
  const coded = codeActors('Hamas fired rockets. The Environmental Protection Agency issued rules.');
  assert.deepEqual(rows(coded), ['Hamas|PSEREB|actors/lexicon']);
});

test('an agent word modifying aid, support, cooperation or exercises is an adjective, not the military', () => {
  assert.deepEqual(rows(codeActors('They discussed military assistance, police cooperation and army exercises.')), []);
  assert.deepEqual(rows(codeActors('The military said it would help.')), ['military|---MIL|actors/agent', 'it|---MIL|actors/coref-pronoun|coref']);
});
