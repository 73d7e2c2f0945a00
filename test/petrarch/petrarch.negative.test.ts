import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorDictionary } from '../../src/petrarch/actors.js';
import { compileActors, matchActor } from '../../src/petrarch/compile/actors.js';
import { compileDiscards, findDiscard } from '../../src/petrarch/compile/discards.js';
import { compileVerbs, matchVerb } from '../../src/petrarch/compile/verbs.js';
import { parseDiscardDictionary } from '../../src/petrarch/discards.js';
import { decodeDictionaryBytes } from '../../src/petrarch/decode.js';
import { parseVerbDictionary } from '../../src/petrarch/verbs/parse-verbs.js';

const tokens = (s: string) => s.toLowerCase().split(' ');

test('comments never become entries: # lines, <! lines, text after #, multi-line <!-- -->', () => {
  const { entries } = parseActorDictionary('t', [
    '# HIDDEN [HID]',
    '<!-- SECRET [SEC] -->',
    '<!--',
    'INSIDE [INS]',
    '-->',
    'SHOWN [SHO] # LATER [LAT]',
  ]);
  assert.deepEqual(entries.map((e) => e.phrases[0]!.words.join(' ')), ['SHOWN']);
  assert.deepEqual(entries[0]!.codes.map((c) => c.code), ['SHO']);
});

test('an actor whose only codes are dated has no code outside those dates, and no code without a date', () => {
  const actors = compileActors(parseActorDictionary('t', ['OLD_KING', '\t[KNGGOV 19500101-19601231]']).entries);
  assert.equal(matchActor(actors, tokens('old king'), 0, 19700101), null);
  assert.equal(matchActor(actors, tokens('old king'), 0, null), null);
  assert.equal(matchActor(actors, tokens('king'), 0, 19550101), null, 'a part of a phrase is not the phrase');
});

test('a whole-word discard does not match a longer word; nothing is discarded without a phrase', () => {
  const discards = compileDiscards(parseDiscardDictionary('t', ['HOCKEY_', 'GRAND REGATTA']).entries);
  assert.equal(findDiscard(discards, tokens('the hockeyist spoke')), null);
  assert.equal(findDiscard(discards, tokens('the grand parade')), null);
  assert.equal(findDiscard(discards, tokens('regatta grand')), null, 'order matters');
});

test('a multi-word verb does not match when its particle is missing or elsewhere', () => {
  const verbs = compileVerbs(parseVerbDictionary('t', ['--- SEIZE [171] ---', '+CARRY_OFF [1711]']).dictionary);
  assert.deepEqual(matchVerb(verbs, tokens('they carried the loot'), 1), []);
  assert.deepEqual(matchVerb(verbs, tokens('off they carried'), 2), []);
  assert.deepEqual(matchVerb(verbs, tokens('they carry'), 0), [], 'an unknown word is no verb');
});

test('synsets marked with a final _ get no plural forms; prepositional members none either', () => {
  const { dictionary } = parseVerbDictionary('t', ['&MOODS_', '+ANGER', '', '--- X [010] ---', 'X']);
  const options = dictionary.synsets[0]!.options;
  assert.equal(options.length, 1);
  const p2 = parseVerbDictionary('t', ['####### VERB PATTERNS', '&END', '+(TO THE END)', '--- X [010] ---', 'X']).dictionary;
  assert.equal(p2.synsets[0]!.options.length, 1);
});

test('a PETRARCH-2 file keeps no pattern after a <! line, and a malformed pattern adds nothing', () => {
  const { dictionary, warnings } = parseVerbDictionary('t', ['--- GO [010] ---', 'GO', '- * (TO HOME) [011]', '- * (TO [012]', '<!', '- * (FROM HOME) [013]']);
  assert.deepEqual(dictionary.blocks[0]!.patterns.map((p) => p.code.code), ['011']);
  assert.equal(warnings.length, 1);
});

test('invalid UTF-8 never throws and never yields U+FFFD from our side: the line is read as cp1252', () => {
  const d = decodeDictionaryBytes('t', Buffer.from([0x41, 0xff, 0x0a, 0x42, 0x0a]));
  assert.deepEqual(d.lines, ['A\u00ff', 'B']);
  assert.deepEqual(d.replacementLines, []);
});
