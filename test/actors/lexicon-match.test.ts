import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorOfMention, codeActors, mentionOf, rows, spansAreTokens } from './helpers.js';

test('countries, demonyms and capitals standing for governments', () => {
  const coded = codeActors('Moscow warned Ukraine after Israeli and Emirati envoys met in Rome.');
  assert.deepEqual(rows(coded), [
    'Moscow|RUSGOV|actors/capital',
    'Ukraine|UKR|actors/lexicon',
    // Coordinated demonyms share the agent (compose.test.ts): Israeli envoys too.
    'Israeli|ISRGOV|actors/agent-compose',
    'Emirati envoys|AREGOV|actors/agent-compose',
  ]);
  const moscow = mentionOf(coded, 'Moscow');
  assert.deepEqual([moscow?.start, moscow?.end, moscow?.tokenStart, moscow?.tokenEnd], [0, 6, 0, 1]);
  assert.equal(mentionOf(coded, 'Rome'), undefined, 'a capital after "in" is a place');
  assert.ok(spansAreTokens(coded));
});

test('our additions: U.S., Britain, the Kremlin, the White House, the Pentagon', () => {
  const coded = codeActors('The U.S. and Britain spoke to the Kremlin; the White House and the Pentagon declined.');
  assert.deepEqual(rows(coded), [
    'U.S.|USA|actors/lexicon',
    'Britain|GBR|actors/lexicon',
    'Kremlin|RUSGOV|actors/lexicon',
    'White House|USAGOV|actors/lexicon',
    'Pentagon|USAMIL|actors/lexicon',
  ]);
});

test('IGOs and their organs keep their own identities under one code family', () => {
  const coded = codeActors('The UN Security Council and UNRWA briefed NATO, the African Union and ECOWAS.');
  assert.deepEqual(rows(coded), [
    'UN Security Council|IGOUNO|actors/lexicon',
    'UNRWA|IGOUNO|actors/lexicon',
    'NATO|IGONAT|actors/lexicon',
    'African Union|IGOAFU|actors/lexicon',
    'ECOWAS|IGOWAF|actors/lexicon',
  ]);
  const council = actorOfMention(coded, mentionOf(coded, 'UN Security Council'));
  const unrwa = actorOfMention(coded, mentionOf(coded, 'UNRWA'));
  assert.notEqual(council?.id, unrwa?.id);
  assert.equal(council?.ploverCountry, 'UNO');
});

test('armed groups: spelling variants meet at one key (hyphens, apostrophes, accents)', () => {
  const coded = codeActors("Al Qaeda, al-Qaida and the al-Aqsa Martyrs Brigades met JNIM and Hay’at Tahrir al-Sham.");
  assert.deepEqual(rows(coded), [
    'Al Qaeda|IMGREB|actors/lexicon',
    'al-Qaida|IMGREB|actors/lexicon',
    'al-Aqsa Martyrs Brigades|PSEREB|actors/lexicon',
    'JNIM|MLIREB|actors/lexicon',
    'Hay’at Tahrir al-Sham|SYRREB|actors/lexicon',
  ]);
  assert.equal(coded.layer.actors.filter((a) => a.name === 'al-Qaeda').length, 1, 'both spellings are one actor');
});

test('parties are country + PTY', () => {
  const coded = codeActors('Likud and the Bharatiya Janata Party both gained seats, as did the AfD.');
  assert.deepEqual(rows(coded), ['Likud|ISRPTY|actors/lexicon', 'Bharatiya Janata Party|INDPTY|actors/lexicon', 'AfD|DEUPTY|actors/lexicon']);
  assert.equal(actorOfMention(coded, mentionOf(coded, 'Likud'))?.kind, 'party');
});

test('the PLOVER sector maps CAMEO HLH to MED and MED to JRN', () => {
  const coded = codeActors('Kenyan doctors and Kenyan journalists marched.');
  const doctors = actorOfMention(coded, mentionOf(coded, 'Kenyan doctors'));
  const journalists = actorOfMention(coded, mentionOf(coded, 'Kenyan journalists'));
  assert.deepEqual([doctors?.code, doctors?.ploverSector], ['KENHLH', 'MED']);
  assert.deepEqual([journalists?.code, journalists?.ploverSector], ['KENMED', 'JRN']);
});

test('the European Community, the EU\'s forerunner, is the EU body; "EC" alone is not (an electoral commission as often)', () => {
  assert.deepEqual(rows(codeActors('The European Community gave the Ivory Coast 5.1 million dollars of aid.')), ['European Community|IGOEUR|actors/lexicon', 'Ivory Coast|CIV|actors/lexicon']);
  assert.deepEqual(rows(codeActors('The EC announced the results.')), []);
});
