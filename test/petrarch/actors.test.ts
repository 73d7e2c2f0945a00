import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorDictionary, resolveActorCode } from '../../src/petrarch/actors.js';
import { parseDictionaryDate } from '../../src/petrarch/dates.js';

// A hand-written dictionary in the TABARI actor format (our own names and codes).
const DICT = [
  '# test actors',
  'VALDORIA [VAL]',
  '+VALDORIAN',
  '+PORT_ELIRA  ; old TABARI comment',
  '',
  'MARA_KESS_  # a person with dated roles',
  '+PRESIDENT_KESS',
  '\t[VALGOV 20050115-20091231]',
  '\t[VALOPP <050114]',
  '\t[VALELI >100101]',
  'RED ORDER [VALREB]',
  'ASTRA_COUNCIL_\t[IGOAST 900101-991231] [ELI]',
  'ORPHAN_NAME',
  'LATE [LAT]',
  '\t[LATGOV > 20150301]',
].join('\n').split('\n');

test('primary phrases, + synonyms, ; and # comments: one entry per record, every phrase upper-cased', () => {
  const { entries, warnings } = parseActorDictionary('t.actors.txt', DICT);
  assert.deepEqual(warnings, []);
  assert.equal(entries.length, 6);
  assert.deepEqual(entries[0]!.phrases.map((p) => p.words), [['VALDORIA'], ['VALDORIAN'], ['PORT', 'ELIRA']]);
  assert.deepEqual(entries[0]!.codes, [{ code: 'VAL', from: null, to: null, line: 2 }]);
  assert.equal(entries[0]!.line, 2);
  assert.equal(entries[0]!.file, 't.actors.txt');
});

test('date restrictions: ranges, < and > bounds, YYMMDD (00-30 = 20YY, 31-99 = 19YY) and YYYYMMDD', () => {
  const { entries } = parseActorDictionary('t', DICT);
  const kess = entries[1]!;
  assert.deepEqual(kess.phrases.map((p) => p.words.join(' ')), ['MARA KESS', 'PRESIDENT KESS']);
  assert.deepEqual(kess.codes, [
    { code: 'VALGOV', from: 20050115, to: 20091231, line: 8 },
    { code: 'VALOPP', from: null, to: 20050114, line: 9 },
    { code: 'VALELI', from: 20100101, to: null, line: 10 },
  ]);
  assert.equal(resolveActorCode(kess.codes, 20070601), 'VALGOV');
  assert.equal(resolveActorCode(kess.codes, 20050115), 'VALGOV', 'bounds are inclusive');
  assert.equal(resolveActorCode(kess.codes, 20010101), 'VALOPP');
  assert.equal(resolveActorCode(kess.codes, 20120101), 'VALELI');
  assert.equal(resolveActorCode(kess.codes, 20100101), 'VALELI');
  const late = entries[5]!;
  assert.deepEqual(late.codes[1], { code: 'LATGOV', from: 20150301, to: null, line: 15 });
  assert.equal(resolveActorCode(late.codes, 20160101), 'LATGOV');
  assert.equal(resolveActorCode(late.codes, 20140101), 'LAT', 'outside the restriction the undated default applies');
  assert.equal(parseDictionaryDate('950601'), 19950601);
  assert.equal(parseDictionaryDate('300101'), 20300101);
  assert.equal(parseDictionaryDate('310101'), 19310101);
  assert.equal(parseDictionaryDate('20120229'), 20120229);
});

test('several code blocks on one line are all kept; the first matching dated code wins over the default', () => {
  const { entries } = parseActorDictionary('t', DICT);
  const astra = entries[3]!;
  assert.deepEqual(astra.phrases[0]!.words, ['ASTRA', 'COUNCIL']);
  assert.deepEqual(astra.codes.map((c) => c.code), ['IGOAST', 'ELI']);
  assert.equal(resolveActorCode(astra.codes, 19950101), 'IGOAST');
  assert.equal(resolveActorCode(astra.codes, 20050101), 'ELI');
  assert.equal(resolveActorCode(astra.codes, null), 'ELI', 'no date: the undated code');
});

test('blank-joined words are marked loose, _-joined ones are not; a final _ adds no word', () => {
  const { entries } = parseActorDictionary('t', DICT);
  assert.deepEqual(entries[2]!.phrases[0], { words: ['RED', 'ORDER'], loose: [false, true] });
  assert.deepEqual(entries[1]!.phrases[0], { words: ['MARA', 'KESS'], loose: [false, false] });
});

test('an entry without any code is kept with no codes (TABARI: a null code)', () => {
  const { entries } = parseActorDictionary('t', DICT);
  assert.deepEqual(entries[4]!.phrases[0]!.words, ['ORPHAN', 'NAME']);
  assert.deepEqual(entries[4]!.codes, []);
  assert.equal(resolveActorCode(entries[4]!.codes, 20200101), null);
});

test('malformed lines get a warning naming file:line and are skipped; loading goes on', () => {
  const lines = [
    '\t[XXX]',
    '+ORPHAN_SYNONYM',
    'GOOD [GGG]',
    '\t[GGGGOV 20100231-20110101]',
    '\t[GGGMIL 20120101-20110101]',
    '\t[GGGREB 2012]',
    'BROKEN [BBB',
    'AFTER [AAA]',
  ];
  const { entries, warnings } = parseActorDictionary('bad.txt', lines);
  assert.deepEqual(entries.map((e) => e.phrases[0]!.words[0]), ['GOOD', 'AFTER']);
  assert.deepEqual(entries[0]!.codes.map((c) => c.code), ['GGG']);
  assert.deepEqual(
    warnings.map((w) => `${w.file}:${w.line}`),
    ['bad.txt:1', 'bad.txt:2', 'bad.txt:4', 'bad.txt:5', 'bad.txt:6', 'bad.txt:7'],
  );
  assert.match(warnings[2]!.message, /20100231-20110101.*not a date range/);
  assert.match(warnings[3]!.message, /ends before it starts/);
  assert.match(warnings[5]!.message, /unclosed "\["/);
});
