import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbDictionary } from '../../src/petrarch/verbs/parse-verbs.js';
import type { PatternNode, PetrarchVerbBlock } from '../../src/petrarch/types.js';

// Our own PETRARCH-1/TABARI-format verb dictionary, one feature per line.
const DICT = [
  '<!-- TEST VERBS -->',
  '&VESSEL',
  '+SHIP',
  '+FERRY',
  '+CARGO BARGE',
  '',
  '&AUXNEG_',
  '+WOULD NOT',
  '+NEVER',
  '',
  '&ANYCRAFT',
  '+&VESSEL',
  '+GLIDER_',
  '',
  '--- SEIZE [171] ---',
  'SEIZE',
  'GRAB {GRABS GRABBED GRABBING}',
  '+CARRY_OFF [1711]',
  'TAKE_+OVER {TAKE_+OVERS}',
  '- * &VESSEL [1712]',
  '- $ * + IN_PORT [1713:1714]',
  '- % * TOGETHER [1715]',
  '- * ^ FROM + [1716]',
  '- &AUXNEG * [---]',
  '- * &ANYCRAFT_CARGO [1717]',
  '- FORMALLY_* [1718]',
  '- * {A | B} [999]',
  '- * BOTH * [999]',
  '- NO STAR HERE [999]',
  '- * &NOSUCH [999]',
  '- * MISSING CODE',
  '',
  '--- STAY [---] ---',
  'STAY',
  'LASH OUT [122]',
].join('\n').split('\n');

const words = (nodes: readonly PatternNode[]) =>
  nodes.map((n) => (n.type === 'word' ? `${n.word}${n.joined ? '(j)' : ''}` : n.type === 'synset' ? `&${n.name}` : n.type));

function parse() {
  return parseVerbDictionary('t.verbs.txt', DICT);
}

function block(name: string): PetrarchVerbBlock {
  return parse().dictionary.blocks.find((b) => b.name === name)!;
}

test('format detection: no prepositional phrases or section markers means PETRARCH-1', () => {
  assert.equal(parse().dictionary.format, 'petrarch1');
});

test('blocks: header code is the default, a verb line may carry its own; regular and irregular forms', () => {
  const seize = block('SEIZE');
  assert.deepEqual(seize.code, { code: '171', paired: null });
  assert.equal(seize.line, 15);
  const [base, grab, carry, takeover] = seize.verbs;
  assert.deepEqual(base!.forms.map((f) => f.words.join(' ')), ['SEIZE', 'SEIZES', 'SEIZED', 'SEIZING']);
  assert.deepEqual(base!.code, { code: '171', paired: null });
  assert.deepEqual(grab!.forms.map((f) => f.words.join(' ')), ['GRAB', 'GRABS', 'GRABBED', 'GRABBING']);
  assert.equal(carry!.lemma, 'CARRY_OFF');
  assert.deepEqual(carry!.code, { code: '1711', paired: null });
  assert.deepEqual(
    carry!.forms.map((f) => [f.words.join(' '), f.head]),
    [['CARRY OFF', 0], ['CARRIES OFF', 0], ['CARRIED OFF', 0], ['CARRYING OFF', 0]],
  );
  assert.deepEqual(takeover!.forms.map((f) => [f.words.join(' '), f.head]), [['TAKE OVER', 1], ['TAKE OVERS', 1]]);
  const stay = block('STAY');
  assert.deepEqual(stay.code, { code: '---', paired: null });
  assert.deepEqual(stay.verbs[1]!.forms[1], { words: ['LASHES', 'OUT'], head: 0 });
  assert.deepEqual(stay.verbs[1]!.code, { code: '122', paired: null });
});

test('synsets: plurals added, `_` on the name or member suppresses them, nested synsets are inlined', () => {
  const { synsets } = parse().dictionary;
  const byName = new Map(synsets.map((s) => [s.name, s]));
  assert.deepEqual(byName.get('VESSEL')!.options.map(words), [['SHIP'], ['SHIPS'], ['FERRY'], ['FERRIES'], ['CARGO', 'BARGE(j)'], ['CARGO', 'BARGES(j)']]);
  assert.deepEqual(byName.get('AUXNEG')!.options.map(words), [['WOULD', 'NOT(j)'], ['NEVER']]);
  assert.deepEqual(byName.get('ANYCRAFT')!.options.map(words).map((o) => o.join(' ')), [
    'SHIP', 'SHIPS', 'FERRY', 'FERRIES', 'CARGO BARGE(j)', 'CARGO BARGES(j)', 'GLIDER',
  ]);
});

test('pattern elements: * verb, $ source, + target, % compound, ^ skip, &synset, _ joins, paired codes', () => {
  const p = block('SEIZE').patterns;
  assert.deepEqual(words(p[0]!.elements), ['verb', '&VESSEL']);
  assert.deepEqual(p[0]!.code, { code: '1712', paired: null });
  assert.deepEqual(words(p[1]!.elements), ['source', 'verb', 'target', 'IN', 'PORT(j)']);
  assert.deepEqual(p[1]!.code, { code: '1713', paired: '1714' });
  assert.equal(p[1]!.verbIndex, 1);
  assert.equal(p[1]!.line, 21);
  assert.deepEqual(words(p[2]!.elements), ['compound', 'verb', 'TOGETHER']);
  assert.deepEqual(words(p[3]!.elements), ['verb', 'skip', 'FROM', 'target']);
  assert.deepEqual(words(p[4]!.elements), ['&AUXNEG', 'verb']);
  assert.deepEqual(p[4]!.code, { code: '---', paired: null });
  // &ANYCRAFT_CARGO: the longest defined synset name, then the rest as a joined word.
  assert.deepEqual(words(p[5]!.elements), ['verb', '&ANYCRAFT', 'CARGO(j)']);
  const formally = p[6]!.elements;
  assert.deepEqual(words(formally), ['FORMALLY', 'verb']);
  assert.equal(formally[1]!.joined, true, 'FORMALLY_* means the word right before the verb');
  assert.equal(p.length, 7);
});

test('malformed patterns are warned with their line and skipped: disjunctions, two or no *, unknown synset, no code', () => {
  const { warnings } = parse();
  assert.deepEqual(
    warnings.map((w) => [w.line, w.message.replace(/;.*$/, '')]),
    [
      [27, 'TABARI disjunctions {A | B} are not supported (PETRARCH skips them too)'],
      [28, 'pattern has more than one *'],
      [29, 'pattern has no * (verb position)'],
      [30, 'synset &NOSUCH is not defined'],
      [31, 'pattern has no [CODE]'],
    ],
  );
});

test('a <! line is only a comment in PETRARCH-1 files: patterns after it are read', () => {
  const { dictionary, patternsAfterEndMarker } = parseVerbDictionary('t', ['--- GO [010] ---', 'GO {WENT GONE}', '<!-- note -->', '- * HOME [011]']);
  assert.equal(dictionary.blocks[0]!.patterns.length, 1);
  assert.equal(patternsAfterEndMarker, 0);
});
