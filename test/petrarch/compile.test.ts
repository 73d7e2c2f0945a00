import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorDictionary } from '../../src/petrarch/actors.js';
import { parseAgentDictionary } from '../../src/petrarch/agents.js';
import { applyAgent, compileActors, compileAgents, matchActor, matchAgent } from '../../src/petrarch/compile/actors.js';
import { compileDiscards, findDiscard } from '../../src/petrarch/compile/discards.js';
import { compileVerbs, countExpandedPatterns, matchVerb } from '../../src/petrarch/compile/verbs.js';
import { PhraseTrie } from '../../src/petrarch/compile/phrase-trie.js';
import { parseDiscardDictionary } from '../../src/petrarch/discards.js';
import { parseVerbDictionary } from '../../src/petrarch/verbs/parse-verbs.js';

const tokens = (s: string) => s.toLowerCase().split(' ');

test('the phrase trie finds the longest phrase, keeps insertion order and matches stems as prefixes', () => {
  const trie = new PhraseTrie<string>();
  trie.insert(['NORTH'], 'a');
  trie.insert(['NORTH', 'HARBOR'], 'b');
  trie.insert(['NORTH', 'HARBOR'], 'c');
  trie.insert(['FISH'], 'stem', true);
  assert.equal(trie.size, 4);
  assert.deepEqual(trie.longest(tokens('the north harbor guard'), 1), { end: 3, values: ['b', 'c'] });
  assert.deepEqual(trie.all(tokens('north harbor'), 0).map((m) => m.end), [1, 2]);
  assert.deepEqual(trie.longest(tokens('fishermen'), 0), { end: 1, values: ['stem'] });
  assert.equal(trie.longest(tokens('the harbor'), 0), null);
});

test('actors compile into a trie; the code depends on the sentence date', () => {
  const { entries } = parseActorDictionary('t', ['MARA_KESS', '+PRESIDENT_KESS', '\t[VALGOV 20050115-20091231]', '\t[VALELI]', 'VALDORIA [VAL]']);
  const actors = compileActors(entries);
  assert.equal(actors.trie.size, 3);
  const inTerm = matchActor(actors, tokens('yesterday president kess said'), 1, 20070101);
  assert.equal(inTerm!.code, 'VALGOV');
  assert.equal(inTerm!.end, 3);
  assert.equal(matchActor(actors, tokens('president kess'), 0, 20120101)!.code, 'VALELI');
  assert.equal(matchActor(actors, tokens('valdoria'), 0, null)!.code, 'VAL');
});

test('agents compile into a trie and combine with actor codes as suffix or prefix', () => {
  const { entries } = parseAgentDictionary('t', ['SKY_RANGER [~MIL]', 'RELIEF_BODY [NGO~]']);
  const agents = compileAgents(entries);
  const ranger = matchAgent(agents, tokens('the sky rangers fired'), 1)!;
  assert.equal(ranger.end, 3);
  assert.equal(applyAgent('VAL', ranger.entry), 'VALMIL');
  assert.equal(applyAgent('VAL', matchAgent(agents, tokens('relief body'), 0)!.entry), 'NGOVAL');
});

test('discards: story phrases are found before sentence phrases; stems match longer words', () => {
  const { entries } = parseDiscardDictionary('t', ['GRAND REGATTA', '+SKYBALL LEAGUE', 'HOCKEY_', 'CRICKET']);
  const discards = compileDiscards(entries);
  const story = findDiscard(discards, tokens('the grand regatta of the skyball league'))!;
  assert.deepEqual([story.entry.scope, story.start, story.end], ['story', 5, 7]);
  assert.equal(findDiscard(discards, tokens('cricketers met'))!.entry.words[0], 'CRICKET');
  assert.equal(findDiscard(discards, tokens('hockey fans'))!.entry.words[0], 'HOCKEY');
});

test('verbs compile by inflected word; multi-word verbs need all their words; later definitions override', () => {
  const { dictionary } = parseVerbDictionary('t', [
    '--- SEIZE [171] ---',
    'SEIZE',
    'TAKE_+OVER {TAKE_+OVERS}',
    '+CARRY_OFF [1711]',
    '- * &CRAFT [1712]',
    '&CRAFT',
    '+SHIP',
    '+BOAT_',
    '--- HOLD [172] ---',
    'SEIZE',
  ]);
  const verbs = compileVerbs(dictionary);
  assert.equal(verbs.overriddenForms, 4, 'SEIZE, SEIZES, SEIZED, SEIZING are redefined under HOLD');
  const seized = matchVerb(verbs, tokens('rebels seized the port'), 1);
  assert.deepEqual(seized.map((f) => [f.lemma, f.code.code, verbs.blocks[f.block]!.name]), [['SEIZE', '172', 'HOLD']]);
  assert.deepEqual(matchVerb(verbs, tokens('they carried off the loot'), 1).map((f) => f.code.code), ['1711']);
  assert.deepEqual(matchVerb(verbs, tokens('the take overs'), 2).map((f) => f.words.join(' ')), ['take overs']);
  assert.deepEqual([...verbs.synsetWords.get('CRAFT')!], ['ship', 'ships', 'boat']);
  assert.equal(verbs.patternsByBlockName.get('SEIZE')!.length, 1);
  assert.equal(countExpandedPatterns(verbs.patternsByBlockName.get('SEIZE')!), 3);
});
