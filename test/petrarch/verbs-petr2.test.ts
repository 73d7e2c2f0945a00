import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbDictionary } from '../../src/petrarch/verbs/parse-verbs.js';
import type { PatternNode } from '../../src/petrarch/types.js';

// Our own PETRARCH-2-format verb dictionary (CRLF line endings are stripped by the decoder).
const DICT = [
  '####### SYNONYM SETS #######',
  '&CONVOY',
  '+CONVOY',
  '+SUPPLY_COLUMN',
  '+RELIEF_',
  '',
  '&FOREVER_',
  '+(TO THE END)',
  '+ALWAYS',
  '',
  '####### VERB PATTERNS #######',
  '--- ESCORT [042] ---',
  'ESCORT',
  '+USHER_IN {+USHERS_IN +USHERED_IN +USHERING_IN}',
  '- * (TO HARBOR)                 [043]   # a prepositional phrase',
  '- * {ARMED &CONVOY}             [044]',
  '- * &CONVOY (THROUGH {MOUNTAIN PASS}) [045:046]',
  '- $ * + (ACROSS ^)              [047]',
  '- * VOW &FOREVER                [048]',
  '- % * [:049]',
  '- *SILENTLY [050]',
  '- * (TO HARBOR [051]',
  '- * {} [052]',
  '* (FROM DOCK) [053]',
  '<!-- PETRARCH-2 stops reading patterns here -->',
  '- * LATER [054]',
  'CHAPERONE',
  '',
  '######## TRANSFORMATIONS ##########',
  '~ a (a b ESCORT) CHAPERONE = a b 049',
  '~ broken rule',
].join('\n').split('\n');

function show(node: PatternNode): string {
  switch (node.type) {
    case 'word':
      return node.word;
    case 'synset':
      return `&${node.name}`;
    case 'noun-phrase':
      return `{${node.words.map(show).join(' ')}}`;
    case 'prep-phrase':
      return `(${[node.preposition, ...node.objects.map(show)].join(' ')})`;
    default:
      return node.type;
  }
}

function parse() {
  return parseVerbDictionary('t.verbs.2.0.txt', DICT);
}

test('format detection: section markers and ( ) patterns mean PETRARCH-2', () => {
  assert.equal(parse().dictionary.format, 'petrarch2');
});

test('PETRARCH-2 pattern elements: {noun phrase}, (preposition objects), synsets inside both, $ + % ^', () => {
  const patterns = parse().dictionary.blocks[0]!.patterns;
  assert.deepEqual(
    patterns.map((p) => [p.elements.map(show).join(' '), p.code.code, p.code.paired]),
    [
      ['verb (TO HARBOR)', '043', null],
      ['verb {ARMED &CONVOY}', '044', null],
      ['verb &CONVOY (THROUGH {MOUNTAIN PASS})', '045', '046'],
      ['source verb target (ACROSS skip)', '047', null],
      ['verb VOW &FOREVER', '048', null],
      ['compound verb', '---', '049'],
      ['verb SILENTLY', '050', null],
    ],
  );
  assert.equal(patterns[2]!.line, 17);
});

test('PETRARCH-2 synsets: A_B members are noun phrases, (...) members prepositional phrases', () => {
  const synsets = new Map(parse().dictionary.synsets.map((s) => [s.name, s]));
  assert.deepEqual(synsets.get('CONVOY')!.options.map((o) => o.map(show).join(' ')), [
    'CONVOY', 'CONVOYS', '{SUPPLY COLUMN}', '{SUPPLY COLUMNS}', 'RELIEF',
  ]);
  assert.deepEqual(synsets.get('FOREVER')!.options.map((o) => o.map(show).join(' ')), ['(TO THE END)', 'ALWAYS']);
});

test('verbs after the patterns and multi-word verbs with listed forms are read', () => {
  const verbs = parse().dictionary.blocks[0]!.verbs;
  assert.deepEqual(verbs.map((v) => v.lemma), ['ESCORT', 'USHER_IN', 'CHAPERONE']);
  assert.deepEqual(verbs[1]!.forms.map((f) => f.words.join(' ')), ['USHER IN', 'USHERS IN', 'USHERED IN', 'USHERING IN']);
});

test('a <! line ends pattern reading (PETRARCH-2 rule) and the skipped patterns are counted', () => {
  const { dictionary, patternsAfterEndMarker } = parse();
  assert.equal(patternsAfterEndMarker, 1);
  assert.ok(!dictionary.blocks[0]!.patterns.some((p) => p.code.code === '054'));
});

test('~ transformations are parsed into outer/inner roles and a result', () => {
  const { dictionary } = parse();
  assert.deepEqual(dictionary.transformations, [
    {
      outerSource: 'a',
      innerSource: 'a',
      innerTarget: 'b',
      innerVerb: 'ESCORT',
      outerVerb: 'CHAPERONE',
      result: { source: 'a', target: 'b', code: '049' },
      line: 30,
    },
  ]);
});

test('malformed PETRARCH-2 lines are warned and skipped', () => {
  assert.deepEqual(
    parse().warnings.map((w) => [w.line, w.message.replace(/;.*$/, '')]),
    [
      [22, 'missing ")"'],
      [23, 'empty noun phrase {}'],
      [24, 'pattern line must start with "- "'],
      [31, 'transformation "~ broken rule" is not "~ a (a b VERB) VERB = a b CODE"'],
    ],
  );
});
