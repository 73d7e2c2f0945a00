import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorDictionary } from '../../src/petrarch/actors.js';
import { parseAgentDictionary } from '../../src/petrarch/agents.js';
import { toActorEntries, toAgentEntries } from '../../src/petrarch/adapt/actor-entries.js';
import { kindFromCode } from '../../src/petrarch/adapt/kinds.js';
import { toPatternRows } from '../../src/petrarch/adapt/verb-rows.js';
import { parseVerbDictionary } from '../../src/petrarch/verbs/parse-verbs.js';

test('actors become builder entries: lower-cased names, ISO periods with undated codes first, no-code entries dropped', () => {
  const { entries } = parseActorDictionary('t.actors.txt', [
    'MARA_KESS',
    '+PRESIDENT_KESS',
    '\t[VALGOV 20050115-20091231]',
    '\t[VALELI]',
    'NO_CODE_HERE',
    'RED_ORDER [VALREB]',
  ]);
  const adapted = toActorEntries(entries);
  assert.deepEqual(adapted.map((a) => a.id), ['petrarch/t.actors.txt:1', 'petrarch/t.actors.txt:6']);
  assert.deepEqual(adapted[0], {
    id: 'petrarch/t.actors.txt:1',
    name: 'Mara Kess',
    kind: 'government',
    names: ['mara kess', 'president kess'],
    periods: [
      { code: 'VALELI', from: null, until: null, role: null },
      { code: 'VALGOV', from: '2005-01-15', until: '2009-12-31', role: null },
    ],
    undated: { code: 'VALELI', from: null, until: null, role: null },
    source: 't.actors.txt',
  });
  assert.equal(adapted[1]!.kind, 'armed-group');
  assert.deepEqual(toActorEntries(parseActorDictionary('t', ['ONLY_DATED', '\t[VALGOV >20050115]']).entries)[0]!.undated, null);
});

test('agent codes become templates: ~MIL appends to the owner, NGO~ goes in front', () => {
  const adapted = toAgentEntries(parseAgentDictionary('t', ['SKY_RANGER [~MIL]', 'RELIEF_BODY [NGO~]', 'ELDER [~ELD]']).entries);
  assert.deepEqual(adapted.map((a) => [a.template, a.kind, a.names.join('|')]), [
    ['~MIL', 'military', 'sky ranger|sky rangers'],
    ['NGO~', 'agent', 'relief body|relief bodies'],
    ['~ELD', 'agent', 'elder|elders'],
  ]);
  assert.equal(kindFromCode('VAL'), 'country');
  assert.equal(kindFromCode('IGOUNO'), 'igo');
  assert.equal(kindFromCode('VALCOP'), 'police');
});

test('verb blocks become rows: a verb-only row, then particle / object / preposition + object per pattern', () => {
  // A run of words is represented by its rarest word in the block: CONVOY occurs twice, so
  // ARMED and BACK stand for their patterns; a synset of prepositions fills the preposition slot.
  const { dictionary } = parseVerbDictionary('t.verbs', [
    '&CRAFT',
    '+SHIP',
    '--- SEIZE [171] ---',
    'SEIZE',
    '+CARRY_OFF [1711]',
    '- * &CRAFT [1712]',
    '- * ARMED CONVOY [1713]',
    '- * FROM + [1714]',
    '- *_DOWN [1715]',
    '- SAID * [1716]',
    '- $ * BACK_CONVOY [1717]',
    '- * THE BANK [174K]',
    '- * &PREP_ HARBOR [1718]',
    '&PREP_',
    '+IN',
    '+AT',
  ]);
  const { rows, unmapped } = toPatternRows(dictionary);
  const show = rows.map((r) => [r.lemmas.join('|'), r.particle?.join('|') ?? '-', r.object?.join('|') ?? '-', r.prep?.join('|') ?? '-', r.pobj?.join('|') ?? '-', r.code, r.source]);
  assert.deepEqual(show, [
    ['seize', '-', '-', '-', '-', '171', 't.verbs:4'],
    ['carry', 'off', '-', '-', '-', '1711', 't.verbs:5'],
    ['seize', '-', 'ship|ships', '-', '-', '1712', 't.verbs:6'],
    ['seize', '-', 'armed', '-', '-', '1713', 't.verbs:7'],
    ['seize', '-', '-', 'from', '@actor', '1714', 't.verbs:8'],
    ['seize', 'down', '-', '-', '-', '1715', 't.verbs:9'],
    ['seize', '-', '-', '-', '-', '1716', 't.verbs:10'],
    ['seize', '-', 'back', '-', '-', '1717', 't.verbs:11'],
    ['seize', '-', '-', 'in|at', 'harbor', '1718', 't.verbs:13'],
  ]);
  assert.deepEqual(unmapped, { 'words-before-verb': 0, 'not-a-cameo-code': 1, 'nothing-after-verb-to-match': 0 });
  // SAID * : the word before the verb is an ordered `before` constraint; the other rows have none.
  assert.deepEqual(rows.find((r) => r.code === '1716')?.before, [['said']]);
  assert.equal(rows.filter((r) => r.before).length, 1);
});

test('PETRARCH-2 blocks: a [---] block is a "none" row; (PREP {NOUN PHRASE}) gives preposition and head', () => {
  const { dictionary } = parseVerbDictionary('t2.verbs', ['--- STAND [---] ---', 'STAND', '- * (WITH {ARMED FORCES}) [0311]', '- * {FIRM GROUND} [0312]']);
  const { rows } = toPatternRows(dictionary);
  assert.deepEqual(rows.map((r) => [r.object?.join('|') ?? '-', r.prep?.join('|') ?? '-', r.pobj?.join('|') ?? '-', r.code]), [
    ['-', '-', '-', 'none'],
    ['-', 'with', 'forces', '0311'],
    ['ground', '-', '-', '0312'],
  ]);
});

test('PETRARCH-2 blocks: of two prepositional phrases the one with words fills the slot, not an actor-only one', () => {
  const { dictionary } = parseVerbDictionary('t2.verbs', ['--- LAND [040] ---', 'LAND', '- * (IN ^) (FOR CONSULTATION) [046]']);
  const { rows } = toPatternRows(dictionary);
  assert.deepEqual(rows.map((r) => [r.prep?.join('|') ?? '-', r.pobj?.join('|') ?? '-', r.code]), [
    ['-', '-', '040'],
    ['for', 'consultation', '046'],
  ]);
});

test('negated patterns become the neg= code of the row with the same constraints; other words before * become a before constraint', () => {
  const { dictionary } = parseVerbDictionary('t3.verbs', [
    '&NEGAUX',
    "+DID N'T",
    '+WILL NOT',
    '--- RESTORE [064] ---',
    'RESTORE',
    '- * TIES [065]',
    '- NOT * TIES [112]',
    '- &NEGAUX * [111]',
    '- NOT * CURFEW [113]',
    '- SAID * [023]',
    '- WILL NOT * TIES [999]',
  ]);
  const { rows, unmapped } = toPatternRows(dictionary);
  assert.deepEqual(rows.map((r) => [r.object?.join('|') ?? '-', r.code, r.flags.join(',')]), [
    ['-', '064', 'neg=111'],
    ['ties', '065', 'neg=112'],
    ['-', '023', ''],
    ['curfew', '064', 'neg=113'],
    ['ties', '064', 'neg=999'],
  ]);
  assert.deepEqual(rows.find((r) => r.code === '023')?.before, [['said']]);
  // WILL NOT * TIES cannot take the TIES row's neg= (NOT * TIES has it): it requires both words instead.
  assert.deepEqual(rows.find((r) => r.flags.includes('neg=999'))?.before, [['will'], ['not']]);
  assert.deepEqual(unmapped, { 'words-before-verb': 0, 'not-a-cameo-code': 0, 'nothing-after-verb-to-match': 0 });
});

test('* OVER X is also written as particle OVER + object X, and its negation follows both readings', () => {
  const { dictionary } = parseVerbDictionary('t4.verbs', ['--- CLASH [223] ---', 'CLASH', '- * OVER EFFORTS [121]', '- NOT * OVER EFFORTS [904]']);
  const { rows } = toPatternRows(dictionary);
  assert.deepEqual(rows.map((r) => [r.particle?.join('|') ?? '-', r.object?.join('|') ?? '-', r.prep?.join('|') ?? '-', r.pobj?.join('|') ?? '-', r.code, r.flags.join(',')]), [
    ['-', '-', '-', '-', '223', ''],
    ['-', '-', 'over', 'efforts', '121', 'neg=904'],
    ['over', 'efforts', '-', '-', '121', 'neg=904'],
  ]);
});
