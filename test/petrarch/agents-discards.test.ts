import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAgentDictionary } from '../../src/petrarch/agents.js';
import { parseDiscardDictionary } from '../../src/petrarch/discards.js';

const AGENTS = [
  '!OFFICER! = WARDEN, WARDENS, WARDRESS',
  'HARBOR!OFFICER! [~HBR]',
  'SKY_RANGER [~MIL]',
  'DEPUTY [~GOV]',
  'CLOUD_FERRY [~TRN]',
  'GUILD_BOSS [~BUS]',
  'TIDEWATCH {} [~MAR]',
  'STORM_KNIGHT {STORM_KNIGHTEN} [~MIL]',
  'RELIEF_BODY [ NGO~]',
  'PLAIN_NOUN',
  '!NOPE! TRADER [~BUS]',
  'WEIRD [~A~]',
];

test('agents: ~CODE is a suffix, CODE~ a prefix; regular plurals are generated', () => {
  const { entries } = parseAgentDictionary('t.agents.txt', AGENTS);
  const byCode = (code: string) => entries.filter((e) => e.code === code);
  const ranger = byCode('MIL')[0]!;
  assert.equal(ranger.placement, 'suffix');
  assert.deepEqual(ranger.phrases.map((p) => p.words.join(' ')), ['SKY RANGER', 'SKY RANGERS']);
  assert.deepEqual(byCode('GOV')[0]!.phrases.map((p) => p.words.join(' ')), ['DEPUTY', 'DEPUTIES']);
  assert.deepEqual(byCode('TRN')[0]!.phrases.map((p) => p.words.join(' ')), ['CLOUD FERRY', 'CLOUD FERRIES']);
  assert.deepEqual(byCode('BUS')[0]!.phrases.map((p) => p.words.join(' ')), ['GUILD BOSS', 'GUILD BOSSES']);
  const relief = byCode('NGO')[0]!;
  assert.equal(relief.placement, 'prefix');
  assert.deepEqual(relief.phrases.map((p) => p.words.join(' ')), ['RELIEF BODY', 'RELIEF BODIES']);
});

test('agents: {} suppresses the plural, {X} gives it; !MARKER! sets expand without further plurals', () => {
  const { entries, markers } = parseAgentDictionary('t.agents.txt', AGENTS);
  assert.deepEqual(markers.get('OFFICER'), ['WARDEN', 'WARDENS', 'WARDRESS']);
  assert.deepEqual(entries.find((e) => e.code === 'MAR')!.phrases.map((p) => p.words.join(' ')), ['TIDEWATCH']);
  assert.deepEqual(
    entries.find((e) => e.line === 8)!.phrases.map((p) => p.words.join(' ')),
    ['STORM KNIGHT', 'STORM KNIGHTEN'],
  );
  const harbor = entries.find((e) => e.code === 'HBR')!;
  assert.deepEqual(harbor.phrases.map((p) => p.words.join(' ')), ['HARBORWARDEN', 'HARBORWARDENS', 'HARBORWARDRESS']);
  assert.equal(harbor.line, 2);
});

test('agents: no code, undefined marker and a code with ~ on both sides are warned and skipped', () => {
  const { entries, warnings } = parseAgentDictionary('t.agents.txt', AGENTS);
  assert.equal(entries.length, 8);
  assert.deepEqual(warnings.map((w) => w.line), [10, 11, 12]);
  assert.match(warnings[0]!.message, /no \[code\]/);
  assert.match(warnings[1]!.message, /!NOPE! is not defined/);
  assert.match(warnings[2]!.message, /~CODE or CODE~/);
});

test('discards: + means story level, plain lines sentence level, a final _ asks for a whole word', () => {
  const { entries, warnings } = parseDiscardDictionary('t.discards.txt', [
    '# sport and fiction',
    'GRAND REGATTA   # a sentence discard',
    '+Skyball League',
    'HOCKEY_',
    '+',
  ]);
  assert.deepEqual(
    entries.map((e) => [e.words.join(' '), e.scope, e.wholeWord, e.line]),
    [
      ['GRAND REGATTA', 'sentence', false, 2],
      ['SKYBALL LEAGUE', 'story', false, 3],
      ['HOCKEY', 'sentence', true, 4],
    ],
  );
  assert.deepEqual(warnings.map((w) => `${w.file}:${w.line}`), ['t.discards.txt:5']);
});
