import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorOfMention, codeActors, mentionOf, rows } from './helpers.js';

test('a person is coded with the role held on the article\'s date', () => {
  assert.deepEqual(rows(codeActors('Netanyahu met Biden.', '2020-05-01')), ['Netanyahu|ISRGOV|actors/lexicon', 'Biden|USAELI|actors/lexicon']);
  assert.deepEqual(rows(codeActors('Netanyahu met Biden.', '2022-03-01')), ['Netanyahu|ISROPP|actors/lexicon', 'Biden|USAGOV|actors/lexicon']);
  assert.deepEqual(rows(codeActors('Netanyahu met Biden.', '2024-03-01')), ['Netanyahu|ISRGOV|actors/lexicon', 'Biden|USAGOV|actors/lexicon']);
});

test('after the last period ends a head of government is a former official (ELI), with the role said so', () => {
  const coded = codeActors('Naftali Bennett spoke in Tel Aviv.', '2023-03-01');
  assert.deepEqual(rows(coded), ['Naftali Bennett|ISRELI|actors/lexicon']);
  const actor = actorOfMention(coded, mentionOf(coded, 'Naftali Bennett'));
  assert.equal(actor?.role, 'former Prime Minister');
  assert.equal(actor?.sector, 'ELI');
});

test('an undated article uses the latest period', () => {
  const coded = codeActors('Naftali Bennett spoke.', null);
  assert.deepEqual(rows(coded), ['Naftali Bennett|ISRGOV|actors/lexicon']);
  assert.equal(actorOfMention(coded, mentionOf(coded, 'Naftali Bennett'))?.role, 'Prime Minister');
});

test('a description in front of a known name widens the span; the lexicon keeps the code', () => {
  const coded = codeActors('PA Prime Minister Mohammad Shtayyeh spoke.', '2022-01-01');
  assert.deepEqual(rows(coded), ['PA Prime Minister Mohammad Shtayyeh|PSEGOV|actors/titled-person']);
  const actor = actorOfMention(coded, coded.layer.mentions[0]);
  assert.deepEqual([actor?.name, actor?.kind, actor?.role], ['Mohammad Shtayyeh', 'person', 'Prime Minister']);
});

test('a description in front of an unknown name sets the role and the code', () => {
  const coded = codeActors('Nigerian Defence Minister Adebayo Okonkwo visited the base.');
  assert.deepEqual(rows(coded), ['Nigerian Defence Minister Adebayo Okonkwo|NGAGOV|actors/person-role']);
  const actor = actorOfMention(coded, coded.layer.mentions[0]);
  assert.deepEqual([actor?.name, actor?.role, actor?.kind], ['Adebayo Okonkwo', 'Defence Minister', 'person']);
});

test('appositions: "NAME, a spokesman for X" and "a spokesperson for X, NAME"', () => {
  const coded = codeActors('Karim Haddad, a spokesman for Hezbollah, spoke first. A spokesperson for Hamas, Abdel Latif Qanou, said more.');
  assert.deepEqual(rows(coded), [
    'Karim Haddad|LBNREB|actors/person-appositive',
    'spokesman|LBNREB|actors/agent-of',
    'Hezbollah|LBNREB|actors/lexicon',
    'spokesperson|PSEREB|actors/agent-of',
    'Hamas|PSEREB|actors/lexicon',
    'Abdel Latif Qanou|PSEREB|actors/person-appositive',
  ]);
  assert.equal(actorOfMention(coded, mentionOf(coded, 'Abdel Latif Qanou'))?.role, 'spokesperson');
});

test('a person\'s surname alone, later, is the same person', () => {
  const coded = codeActors('Kenyan opposition leader Wanjiru Kamau spoke. Kamau then left.', '2023-07-12');
  assert.deepEqual(rows(coded), ['Kenyan opposition leader Wanjiru Kamau|KENOPP|actors/person-role', 'Kamau|KENOPP|actors/surname']);
  assert.equal(coded.layer.mentions[0]?.actor, coded.layer.mentions[1]?.actor);
});
