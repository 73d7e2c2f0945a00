import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf } from './helpers.js';

test('curly quote with a post-posed speaker after the cue', () => {
  const [q, ...rest] = quotesOf('“The crossing stays shut until further notice,” said border agency chief Lina Okoro.');
  assert.equal(rest.length, 0);
  assert.equal(q?.text, '“The crossing stays shut until further notice,”');
  assert.equal(q?.direct, true);
  assert.equal(q?.speaker, 'border agency chief Lina Okoro');
  assert.equal(q?.cue, 'said');
  assert.equal(q?.lemma, 'say');
  assert.equal(q?.rule, 'quotes/direct-trailing-cue');
});

test('straight quote with the speaker before the cue', () => {
  const [q] = quotesOf('"We have nothing to hide," the governor told reporters on Monday.');
  assert.equal(q?.text, '"We have nothing to hide,"');
  assert.equal(q?.speaker, 'the governor');
  assert.equal(q?.cue, 'told');
  assert.equal(q?.rule, 'quotes/direct-trailing-cue');
});

test('guillemets', () => {
  const [q] = quotesOf('«Nous resterons ici,» a farmer leader said on Friday.');
  assert.equal(q?.text, '«Nous resterons ici,»');
  assert.equal(q?.speaker, 'a farmer leader');
  assert.equal(q?.direct, true);
});

test('a quote split by its cue becomes one quote with two parts', () => {
  const text = '“The talks were useful,” said Deputy Minister Arvo Tamm. “But nothing is agreed yet.” Delegates left early.';
  const [q, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.deepEqual(q?.parts, ['“The talks were useful,”', '“But nothing is agreed yet.”']);
  assert.equal(q?.text, '“The talks were useful,” said Deputy Minister Arvo Tamm. “But nothing is agreed yet.”');
  assert.equal(q?.speaker, 'Deputy Minister Arvo Tamm');
  assert.equal(q?.rule, 'quotes/direct-split');
});

test('a leading cue with a colon and a multi-sentence quotation', () => {
  const [q] = quotesOf('The mayor said: "The water is safe. Crews worked all night."');
  assert.equal(q?.text, '"The water is safe. Crews worked all night."');
  assert.equal(q?.direct, true);
  assert.equal(q?.speaker, 'The mayor');
  assert.equal(q?.rule, 'quotes/direct-leading-cue');
});

test('a quotation running over two paragraphs after "X reports:"', () => {
  const text = 'The Harbour Gazette reports:\n\n"Fishing crews stayed in port for a third day.\n\n"Officials expect the storm to pass by Sunday."\n\nPrices rose.';
  const [q, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.equal(q?.text, '"Fishing crews stayed in port for a third day.\n\n"Officials expect the storm to pass by Sunday."');
  assert.equal(q?.speaker, 'The Harbour Gazette');
  assert.equal(q?.lemma, 'report');
  assert.equal(q?.rule, 'quotes/direct-colon-paragraph');
});

test('nested single quotes stay inside the outer quotation', () => {
  const [q] = quotesOf('“They shouted ‘go home’ at us,” a witness said.');
  assert.equal(q?.text, '“They shouted ‘go home’ at us,”');
  assert.equal(q?.speaker, 'a witness');
});

test('a quoted paragraph with no cue continues the previous speaker', () => {
  const text = '“We were surrounded,” said Corporal Ines Varga.\n\n“Nobody came for six hours.”\n\nThe unit withdrew.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]?.text, '“Nobody came for six hours.”');
  assert.equal(quotes[1]?.speaker, 'Corporal Ines Varga');
  assert.equal(quotes[1]?.cue, null);
  assert.equal(quotes[1]?.rule, 'quotes/direct-continuation');
});

test('a credit line after a dash names the speaker', () => {
  const [q] = quotesOf('“Vote as if your street depends on it.” ― Marta Quispe\n\nMore readers wrote in.');
  assert.equal(q?.text, '“Vote as if your street depends on it.”');
  assert.equal(q?.speaker, 'Marta Quispe');
  assert.equal(q?.cue, '―');
  assert.equal(q?.rule, 'quotes/direct-dash-credit');
});

test('doubled apostrophes used as quotation marks', () => {
  const [q] = quotesOf("''The budget is balanced,'' Ms. Ferro said.");
  assert.equal(q?.text, "''The budget is balanced,''");
  assert.equal(q?.direct, true);
  assert.equal(q?.speaker, 'Ms. Ferro');
});

test('interview transcript labels', () => {
  const text = 'HOST: Will you run again?\n\nKOVAC: I have not decided.\n\nHOST: When will you decide?\n\nKOVAC: After the summer.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 4);
  assert.equal(quotes[1]?.text, 'I have not decided');
  assert.equal(quotes[1]?.speaker, 'KOVAC');
  assert.equal(quotes[1]?.rule, 'quotes/transcript-label');
});

test('an attribution with abbreviations the segmenter may split on still credits the quote', () => {
  const text = '“The vote was rigged,” Rep. Ana Silva (D-Wis.) said Friday. “We will appeal.”';
  const [q, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.equal(q?.speaker, 'Rep. Ana Silva (D-Wis.)');
  assert.deepEqual(q?.parts, ['“The vote was rigged,”', '“We will appeal.”']);
});

test('a headline "Speaker: claim" is an attribution', () => {
  const [q] = quotesOf('Finance Minister Tamm: Budget Gap Will Close by Spring\n\nThe ministry published figures.');
  assert.equal(q?.speaker, 'Finance Minister Tamm');
  assert.equal(q?.text, 'Budget Gap Will Close by Spring');
  assert.equal(q?.cue, ':');
  assert.equal(q?.rule, 'quotes/headline-colon');
});

test('an appositive speaker between the quotation and the cue', () => {
  const [q] = quotesOf('“It is an overreach,” Dana Kell, the attorney general of the state, said at a briefing.');
  assert.equal(q?.speaker, 'Dana Kell, the attorney general of the state');
  assert.equal(q?.rule, 'quotes/direct-trailing-cue');
});

test('a name the tagger reads as a verb is still a post-posed speaker', () => {
  const [q] = quotesOf('“It is over,” said Wade.');
  assert.equal(q?.speaker, 'Wade');
});

test('a split quote skips a title quoted inside the attribution', () => {
  const text = '“The port is closed,” the harbour master, Ilse Berg, said on Radio Nord’s “Morning Tide.” “Ships must wait.”';
  const [q, ...rest] = quotesOf(text);
  assert.equal(rest.length, 0);
  assert.deepEqual(q?.parts, ['“The port is closed,”', '“Ships must wait.”']);
  assert.equal(q?.speaker, 'the harbour master, Ilse Berg');
});

test('a split quote across a pronoun statement in between', () => {
  const text = '"The levee held," the mayor said after touring the site. She did not mention the cost. "We were lucky."';
  const quotes = quotesOf(text);
  assert.deepEqual(quotes[0]?.parts, ['"The levee held,"', '"We were lucky."']);
  assert.equal(quotes[0]?.rule, 'quotes/direct-split');
});

test('a participle after the credit takes the following quotation as its own content', () => {
  const text = '"Prices will fall," the minister said, listing several measures, including "a cap on fuel duty."';
  const quotes = quotesOf(text);
  assert.equal(quotes[0]?.parts.length, 1);
  assert.equal(quotes[0]?.text, '"Prices will fall,"');
  assert.equal(quotes[0]?.speaker, 'the minister');
});

test('a paragraph opening with a closing-style mark and an ellipsis is still a quotation', () => {
  const [q] = quotesOf('The letter ran long.\n” … and then the lights went out,” the warden wrote.');
  assert.equal(q?.text, '” … and then the lights went out,”');
  assert.equal(q?.speaker, 'the warden');
});

test('content that opens with a quotation ends with it when the writer takes over', () => {
  const [q] = quotesOf('Students chanted "No more fees!" as they crossed the square.');
  assert.equal(q?.text, '"No more fees!"');
  assert.equal(q?.direct, true);
  assert.equal(q?.lemma, 'chant');
  assert.equal(q?.rule, 'quotes/direct-leading-cue');
});

test('an inverted cue opening the sentence: "Said X: “…”"', () => {
  const [q] = quotesOf('Analysts doubt the plan. Said Ortiz: “I see no appetite for reform.”');
  assert.equal(q?.text, '“I see no appetite for reform.”');
  assert.equal(q?.speaker, 'Ortiz');
  assert.equal(q?.direct, true);
  assert.equal(q?.rule, 'quotes/direct-inverted');
});

test('a credit cannot start with a preposition: the next quotation has its own cue', () => {
  const quotes = quotesOf('My aunt asked me: "Do you believe in ghosts?" To which she said, "Of course not."');
  const last = quotes[quotes.length - 1];
  assert.equal(last?.text, '"Of course not."');
  assert.equal(last?.speaker, 'she');
  assert.ok(quotes.every((q) => q.rule !== 'quotes/direct-trailing-cue'));
});

test('a lower-case quotation after a participle continues the split quote', () => {
  const text = '“Every time you do that,” the senator said, pointing at the chart, “you hand cover to the banks.”';
  const [q] = quotesOf(text);
  assert.deepEqual(q?.parts, ['“Every time you do that,”', '“you hand cover to the banks.”']);
  assert.equal(q?.rule, 'quotes/direct-split');
});
