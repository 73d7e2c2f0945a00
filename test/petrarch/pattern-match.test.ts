import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestPattern } from '../../src/petrarch/match/best-pattern.js';
import { matchPattern } from '../../src/petrarch/match/pattern-match.js';
import type { MatchView } from '../../src/petrarch/match/units.js';
import { parseVerbDictionary } from '../../src/petrarch/verbs/parse-verbs.js';

// Our own PETRARCH-1 verb block: phrases in synsets, joined and open connectors, actor slots.
const DICT = [
  '&COIN',
  '+GOLDEN_GOBLIN_GALLEONS',
  '+SILVER CROWNS',
  '&BIGCOIN',
  '+SILVER OLD CROWNS',
  '&KIND',
  '+NAVAL',
  '+TRADE',
  '&NEGAUX',
  '+WO N\'T',
  '+DID NOT',
  '',
  '--- DONATE [070] ---',
  'DONATE {DONATED}',
  '- * &COIN [903]',
  '- * &BIGCOIN [904]',
  '- * NEW_&KIND_PACTS [905]',
  '- * FRESH &KIND PACTS [906]',
  '- RECENTLY_* [025]',
  '- &NEGAUX * [907]',
  '- &NEGAUX EVER * [908]',
  '- * REAL_PLEASANT [024]',
  '- + WAS * FROM $ [066]',
  '- * TO ^ WITH + [043]',
  '- % * [030]',
].join('\n').split('\n');

const patterns = parseVerbDictionary('t.verbs.txt', DICT).dictionary.blocks[0]!.patterns;

/** Words split on blanks; `actors` are [first, end) token ranges of actor mentions, indexed in order (compound if flagged). */
type Mentions = [first: number, end: number, compound?: boolean][];

function view(text: string, actors: Mentions = []): { view: MatchView; verb: number } {
  const words = text.toLowerCase().split(' ');
  return {
    verb: words.findIndex((w) => w === 'donated' || w === 'donate'),
    view: {
      words, lo: 0, hi: words.length,
      mentionAt: (token) => {
        const index = actors.findIndex(([first]) => first === token);
        return index < 0 ? null : { mention: index, end: actors[index]![1], compound: actors[index]![2] ?? false };
      },
    },
  };
}

function code(text: string, actors: Mentions = []): string | null {
  const { view: v, verb } = view(text, actors);
  return bestPattern(patterns, v, verb, verb + 1)?.pattern.code.code ?? null;
}

test('a synset phrase needs all its words, in a row; the longer phrase wins', () => {
  assert.equal(code('x donated golden goblin galleons to y'), '903');
  assert.equal(code('x donated a million silver crowns'), '903');
  assert.equal(code('x donated silver old crowns'), '904');
  assert.equal(code('x donated goblin galleons to y'), null);
  assert.equal(code('x donated golden galleons to y'), null);
});

test('`_` joins an element to its neighbour; a blank lets other words stand between', () => {
  assert.equal(code('x donated new naval pacts'), '905');
  assert.equal(code('x donated new global naval pacts'), null);
  assert.equal(code('x donated fresh global trade pacts'), '906');
  assert.equal(code('x recently donated'), '025');
  assert.equal(code('x recently did donate'), null);
  assert.equal(code('x said it is a real pleasant gift and donated'), null);
  assert.equal(code('x donated so it is a real pleasant gift'), '024');
});

test('words before the verb match backwards from it; the more specific pattern wins', () => {
  assert.equal(code("x wo n't donate"), '907');
  assert.equal(code("x wo n't really ever donate"), '908');
  assert.equal(code('x did not even ever donate'), '908');
  assert.equal(code('x ever did not donate'), '907');
});

test('actor elements bind the mentions they match; ^ skips one', () => {
  const { view: v, verb } = view('the ship was donated from norland', [[1, 2], [5, 6]]);
  const match = matchPattern(patterns.find((p) => p.code.code === '066')!, v, verb, verb + 1);
  assert.deepEqual({ source: match?.source, target: match?.target, wordTokens: match?.wordTokens }, { source: 1, target: 0, wordTokens: [4, 2] });
  assert.equal(code('x donated goods to norland with sudria', [[0, 1], [4, 5], [6, 7]]), '043');
  assert.equal(code('x donated goods to norland with aid', [[0, 1], [4, 5]]), null);
});

test('% matches only a conjunct of a compound actor', () => {
  assert.equal(code('norland and sudria donated', [[0, 1, true], [2, 3, true]]), '030');
  assert.equal(code('norland donated', [[0, 1]]), null);
});
