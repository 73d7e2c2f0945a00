import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDictionaryBytes } from '../../src/petrarch/decode.js';
import { toContentLines } from '../../src/petrarch/content-lines.js';

test('UTF-8 lines decode as UTF-8; a line with a stray Latin-1 byte falls back to Windows-1252 alone', () => {
  const bytes = Buffer.concat([
    Buffer.from('ERDOĞAN [TURGOV]\n', 'utf8'),
    Buffer.from([0x43, 0x4f, 0x54, 0xc9, 0x20, 0x5b, 0x58, 0x5d, 0x0a]), // "COTÉ [X]" in Latin-1
    Buffer.from('MÜLLER [DEU]\n', 'utf8'),
    Buffer.from([0x93, 0x51, 0x94, 0x0a]), // cp1252 curly quotes around Q
  ]);
  const d = decodeDictionaryBytes('t.txt', bytes);
  assert.deepEqual(d.lines, ['ERDOĞAN [TURGOV]', 'COTÉ [X]', 'MÜLLER [DEU]', '\u201cQ\u201d']);
  assert.deepEqual(d.latin1Lines, [2, 4]);
  assert.deepEqual(d.replacementLines, []);
});

test('U+FFFD already in the file is kept and reported, CRLF is stripped, a BOM is dropped', () => {
  const d = decodeDictionaryBytes('t.txt', Buffer.from('\uFEFFCOTE_D\uFFFDIVOIRE_ [CIV]\r\n+IVORY_COAST\r\n', 'utf8'));
  assert.deepEqual(d.lines, ['COTE_D\uFFFDIVOIRE_ [CIV]', '+IVORY_COAST']);
  assert.deepEqual(d.replacementLines, [1]);
  assert.equal(d.crlf, true);
  assert.deepEqual(d.latin1Lines, []);
});

test('comment rules: # lines, <! lines, inline # and <!-- -->, multi-line <!-- --> and blank lines', () => {
  const lines = [
    '<!-- header -->',
    '# a comment',
    'ALPHA [AAA] # trailing comment',
    'BETA <!-- inline --> [BBB]',
    '',
    '<!--',
    'GAMMA [GGG]',
    '-->',
    'DELTA [DDD] <!-- runs on',
    'EPSILON [EEE]',
    'still comment -->',
    'ZETA [ZZZ]',
  ];
  const content = toContentLines(lines);
  assert.deepEqual(
    content.map((c) => [c.line, c.text]),
    [
      [3, 'ALPHA [AAA]'],
      [4, 'BETA  [BBB]'],
      [9, 'DELTA [DDD]'],
      [12, 'ZETA [ZZZ]'],
    ],
  );
});

test('keepMarkers returns <! lines with empty text so the verb reader can see them', () => {
  const content = toContentLines(['<! stop', 'ALPHA'], true);
  assert.deepEqual(content.map((c) => [c.line, c.text, c.raw]), [[1, '', '<! stop'], [2, 'ALPHA', 'ALPHA']]);
});
