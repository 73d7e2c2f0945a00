import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { segment } from '../../src/stages/segment/index.js';

const ctx = { tagger: createWinkTagger() };

function sentencesOf(text: string): string[] {
  const { sentences } = segment(makeDoc({ id: 't', text }), ctx);
  return sentences.map((s) => text.slice(s.start, s.end));
}

test('a closing curly quote ends the sentence it closes: “crime.” He claimed', () => {
  assert.deepEqual(sentencesOf('Hamas called it a “crime.” He claimed the occupation would pay.'), [
    'Hamas called it a “crime.”',
    'He claimed the occupation would pay.',
  ]);
});

test('a straight quote after final punctuation ends the sentence when a capitalised word follows', () => {
  assert.deepEqual(sentencesOf('He said "no." Then he left.'), ['He said "no."', 'Then he left.']);
});

test('a short attribution after a quoted question or exclamation stays with it', () => {
  assert.deepEqual(sentencesOf('"Why?" Smith asked. Then he left.'), ['"Why?" Smith asked.', 'Then he left.']);
  assert.deepEqual(sentencesOf('“Don’t forget Aleppo!” he shouted. Police came.'), ['“Don’t forget Aleppo!” he shouted.', 'Police came.']);
});

test('a quote split by its cue keeps each part with its sentence', () => {
  assert.deepEqual(sentencesOf('“This is a crime,” said Abu Rudaineh. “We will respond.” He added that talks were over.'), [
    '“This is a crime,” said Abu Rudaineh.',
    '“We will respond.”',
    'He added that talks were over.',
  ]);
});

test('line breaks end headlines and captions that have no full stop', () => {
  assert.deepEqual(sentencesOf('Four killed in Jenin raid\n\nIsraeli forces raided Jenin. Four died.\nPhoto: mourners in Jenin'), [
    'Four killed in Jenin raid',
    'Israeli forces raided Jenin.',
    'Four died.',
    'Photo: mourners in Jenin',
  ]);
});

test('tokens carry offsets, lower case, lemma and POS; sentences index their tokens', () => {
  const text = 'Israeli forces killed four gunmen.';
  const { tokens, sentences } = segment(makeDoc({ id: 't', text }), ctx);
  assert.equal(tokens.count, 6);
  assert.deepEqual(tokens.value, ['Israeli', 'forces', 'killed', 'four', 'gunmen', '.']);
  assert.deepEqual([...tokens.start], [0, 8, 15, 22, 27, 33]);
  assert.deepEqual([...tokens.end], [7, 14, 21, 26, 33, 34]);
  assert.deepEqual(tokens.lemma, ['israeli', 'force', 'kill', 'four', 'gunman', '.']);
  assert.deepEqual(tokens.pos, ['PROPN', 'NOUN', 'VERB', 'NUM', 'NOUN', 'PUNCT']);
  assert.equal(tokens.lower[0], 'israeli');
  assert.deepEqual(sentences, [{ start: 0, end: 34, tokenStart: 0, tokenEnd: 6 }]);
});

test('every token is exactly the text it covers, whatever the script or spacing', () => {
  const text = 'Janīn café — “quoted”\u00a0text, didn’t… 12.5% U.S.-led\tcoalition\r\nnext';
  const { tokens } = segment(makeDoc({ id: 't', text }), ctx);
  for (let k = 0; k < tokens.count; k++) {
    assert.equal(text.slice(tokens.start[k], tokens.end[k]), tokens.value[k]);
    assert.notEqual(tokens.value[k]?.trim(), '');
  }
  assert.ok(tokens.value.includes('coalition'));
});

test('many taggers in one process: the 25th analyses exactly as the first (the model is loaded once, not re-escaped per instance)', () => {
  const text = 'Troops shelled Gaza on Monday. Hamas said it would respond.';
  const first = createWinkTagger().analyse(text);
  let last = first;
  for (let i = 0; i < 24; i++) last = createWinkTagger().analyse(text);
  assert.deepEqual(last, first);
});
