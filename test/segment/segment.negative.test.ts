import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { segment } from '../../src/stages/segment/index.js';

const ctx = { tagger: createWinkTagger() };

function count(text: string): number {
  return segment(makeDoc({ id: 't', text }), ctx).sentences.length;
}

test('abbreviations, initials and decimals do not end sentences', () => {
  assert.equal(count('The U.S. envoy met Mr. Smith and Dr. Jones at 3.5 p.m. in Washington on Monday.'), 1);
});

test('a comma inside a quote does not end the sentence', () => {
  assert.equal(count('“We will respond,” said the spokesman on Monday.'), 1);
});

test('a lower-case word after a closing quote continues the sentence', () => {
  assert.equal(count('He called the raid "a crime." and left the room.'), 1);
});

test('a quoted word inside narration does not split the sentence', () => {
  assert.equal(count('Hamas praised the "martyrs" of Jenin and called for a strike.'), 1);
});
