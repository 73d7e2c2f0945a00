import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf } from './helpers.js';

test('scare quotes in narration are not statements', () => {
  assert.deepEqual(quotesOf('The "resistance" fighters regrouped near the camp after the raid.'), []);
  assert.deepEqual(quotesOf('The funeral of the so-called “martyrs” drew thousands into the streets.'), []);
});

test('a quoted title is not a statement', () => {
  assert.deepEqual(quotesOf('The film "Jaws" opened in 1975 and ran for months.'), []);
});

test('a quotation with no cue and no earlier speaker is not attributed', () => {
  assert.deepEqual(quotesOf('Tensions rose in the north.\n\n“Nobody is safe here.”\n\nThe roads were closed.'), []);
});

test('a quotation after narration ending a sentence is not credited to the next sentence', () => {
  const quotes = quotesOf('The leaflet read "Leave now." Smith said the leaflets were fake.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.text, 'the leaflets were fake');
  assert.equal(quotes[0]?.rule, 'quotes/indirect-clause');
});

test('passive and infinitive cues report no one', () => {
  assert.deepEqual(quotesOf('The talks are expected to resume next week.'), []);
  assert.deepEqual(quotesOf('Residents were told to leave their homes.'), []);
  assert.deepEqual(quotesOf('The envoy came to discuss the border.'), []);
});

test('"want" with a plain object or as a participle is not a plan', () => {
  assert.deepEqual(quotesOf('The suspects wanted for the bombing fled.'), []);
  assert.deepEqual(quotesOf('Villagers want peace.'), []);
});

test('cue words inside a quotation do not start new attributions', () => {
  const quotes = quotesOf('“They said the road was open, and it was not,” a driver said.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.speaker, 'a driver');
});

test('a note such as "UPDATE:" is not a transcript turn', () => {
  assert.deepEqual(quotesOf('UPDATE: The road reopened at noon.\n\nTraffic is heavy.'), []);
});

test('quoting-only cues need a quotation', () => {
  assert.deepEqual(quotesOf('The fighting continued into the night.'), []);
});

test('a colon label later in the text is not a headline attribution', () => {
  const quotes = quotesOf('Floods hit the valley.\n\nPhoto: Residents wade through water in the old town.');
  assert.deepEqual(quotes, []);
});

test('an object after a non-inverting cue is not a post-posed speaker', () => {
  const quotes = quotesOf('After the mine closed, the company declared bankruptcy.');
  assert.deepEqual(quotes.map((q) => [q.speaker, q.rule]), [['the company', 'quotes/indirect-clause']]);
});

test('a relative clause cue does not turn its antecedent into trailing content', () => {
  const quotes = quotesOf('Parents protested the funding formula, which teachers say hurts poor schools.');
  assert.deepEqual(quotes.filter((q) => q.text.startsWith('Parents')), []);
});

test('nouns that look like cues: an editor’s note, late-night calls', () => {
  assert.deepEqual(quotesOf("The Editor's note: this story was updated.").filter((q) => q.lemma === 'note'), []);
  assert.deepEqual(quotesOf('Late-night calls came in from the embassy.'), []);
});

test('"what he called ..." has no speaker phrase of its own', () => {
  assert.deepEqual(quotesOf('Residents fled what he called a "planned assault".').filter((q) => q.lemma === 'call'), []);
});

test('"said" in non-speech senses', () => {
  assert.deepEqual(quotesOf('That said, the talks will continue next week.'), []);
  assert.deepEqual(quotesOf('It is said that the old bridge was built in 1820.'), []);
});

test('naming and phoning senses of "call"', () => {
  assert.deepEqual(quotesOf('Fighters from a faction called Liwa Tahrir crossed the line.').filter((q) => q.lemma === 'call'), []);
  assert.deepEqual(quotesOf('The senator called in to a morning radio show.').filter((q) => q.lemma === 'call'), []);
});
