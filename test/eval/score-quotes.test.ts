import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTokens, isSameSpeaker, matchQuotes, scoreQuoteRecords, type QuoteItem } from '../../src/eval/score-quotes.js';

// Our own sentence, not from any gold set.
const text = 'The mayor said: "We will rebuild the bridge by June, no matter what." Critics doubted it.';
const at = (fragment: string) => {
  const start = text.indexOf(fragment);
  return { start, end: start + fragment.length };
};
const quote = (fragment: string, speaker: string | null, direct = true): QuoteItem => ({
  span: at(fragment),
  parts: [],
  direct,
  speaker: speaker === null ? null : { ...at(speaker), text: speaker },
});

test('tokens are maximal runs of letters and digits', () => {
  assert.deepEqual(findTokens('a-b 12x, é!').map(({ start, end }) => 'a-b 12x, é!'.slice(start, end)), ['a', 'b', '12x', 'é']);
});

test('a perfect prediction scores 1.0 and gets the speaker', () => {
  const gold = [quote('We will rebuild the bridge by June, no matter what.', 'The mayor')];
  const figures = scoreQuoteRecords([{ text, gold, pred: gold }]);
  assert.deepEqual([figures.P, figures.R, figures.F1, figures.directR, figures.speaker], [1, 1, 1, 1, 1]);
  assert.equal(figures.indirectR, null);
});

test('an empty prediction has recall 0', () => {
  const figures = scoreQuoteRecords([{ text, gold: [quote('We will rebuild the bridge', 'The mayor')], pred: [] }]);
  assert.equal(figures.R, 0);
  assert.equal(figures.directR, 0);
});

test('overlap must reach 50% of the gold tokens and 50% of the predicted tokens', () => {
  const gold = [quote('We will rebuild the bridge by June, no matter what.', null)]; // 10 tokens
  const half = [quote('We will rebuild the bridge', null)]; // 5 of 10: matches
  const less = [quote('We will rebuild the', null)]; // 4 of 10: no match
  const wide = [quote('said: "We will rebuild the bridge by June, no matter what." Critics doubted it.', null)]; // 10 of 14: matches
  const wider = [quote('The mayor said: "We will rebuild the bridge by June, no matter what." Critics doubted it.', null)]; // 10 of 16: matches
  assert.equal(matchQuotes(text, gold, half).length, 1);
  assert.equal(matchQuotes(text, gold, less).length, 0);
  assert.equal(matchQuotes(text, gold, wide).length, 1);
  assert.equal(matchQuotes(text, gold, wider).length, 1);
  const tooWide = [quote('We will rebuild', null)];
  assert.equal(matchQuotes(text, [quote('rebuild', null)], tooWide).length, 0); // 1 of 3 predicted tokens
});

test('matching is one-to-one: two predictions of one quote give one match and one false positive', () => {
  const gold = [quote('We will rebuild the bridge by June, no matter what.', null)];
  const pred = [quote('We will rebuild the bridge by June', null), quote('rebuild the bridge by June, no matter what.', null)];
  const figures = scoreQuoteRecords([{ text, gold, pred }]);
  assert.equal(figures.P, 0.5);
  assert.equal(figures.R, 1);
});

test('speakers match by overlapping span or by the same words, case and spacing aside', () => {
  const gold = { ...at('The mayor'), text: 'The mayor' };
  assert.equal(isSameSpeaker(gold, { ...at('mayor'), text: 'mayor' }), true);
  assert.equal(isSameSpeaker(gold, { start: 500, end: 509, text: 'the  MAYOR' }), true);
  assert.equal(isSameSpeaker(gold, { ...at('Critics'), text: 'Critics' }), false);
  assert.equal(isSameSpeaker(gold, null), false);
});

test('direct-quote figures: precision over predicted direct quotes, recall over gold direct ones, speaker over direct pairs', () => {
  const gold = [quote('We will rebuild the bridge by June, no matter what.', 'The mayor'), quote('Critics doubted it', null, false)];
  const pred = [
    quote('We will rebuild the bridge by June, no matter what.', 'Critics'),
    quote('The mayor said', null),
    quote('Critics doubted it', null, false),
  ];
  const figures = scoreQuoteRecords([{ text, gold, pred }]);
  assert.equal(figures.directP, 0.5);
  assert.equal(figures.directR, 1);
  assert.equal(figures.directF1, 2 / 3);
  assert.equal(figures.directSpeaker, 0);
  assert.equal(figures.indirectR, 1);
});
