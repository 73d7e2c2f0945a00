import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorOfMention, codeActors, mentionOf, rows } from './helpers.js';

test('a long form with its acronym in brackets: later acronyms are the same actor', () => {
  const coded = codeActors('The Democratic Front for the Liberation of Palestine (DFLP) met. Later the DFLP left.');
  assert.deepEqual(rows(coded), [
    'Democratic Front for the Liberation of Palestine|PSEREB|actors/lexicon',
    'DFLP|PSEREB|actors/lexicon',
    'DFLP|PSEREB|actors/lexicon',
  ]);
  assert.equal(new Set(coded.layer.mentions.map((m) => m.actor)).size, 1);
});

test('an acronym the lexicon does not know links to its long form, known or not', () => {
  const coded = codeActors('The Free Valley Movement (FVM) rejected the plan. The FVM later agreed.');
  assert.deepEqual(rows(coded), [
    'Free Valley Movement|---|actors/acronym-long',
    'FVM|---|actors/acronym',
    'FVM|---|actors/acronym',
  ]);
  const actor = actorOfMention(coded, mentionOf(coded, 'FVM', 1));
  assert.deepEqual([actor?.name, actor?.kind], ['Free Valley Movement', 'organization']);
});

test('a lexicon long form gives an unknown acronym its code', () => {
  const coded = codeActors('The Islamic Resistance Movement (IRMX) said no. IRMX then agreed.');
  assert.deepEqual(rows(coded), [
    'Islamic Resistance Movement|PSEREB|actors/lexicon',
    'IRMX|PSEREB|actors/acronym',
    'IRMX|PSEREB|actors/acronym',
  ]);
});
