import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quotesOf } from './helpers.js';

test('"X said that ..." with the content clause', () => {
  const [q] = quotesOf('The interior minister said that the curfew would be lifted on Sunday.');
  assert.equal(q?.text, 'that the curfew would be lifted on Sunday');
  assert.equal(q?.direct, false);
  assert.equal(q?.speaker, 'The interior minister');
  assert.equal(q?.lemma, 'say');
  assert.equal(q?.rule, 'quotes/indirect-that');
});

test('a trailing cue: content first, then ", the ministry said"', () => {
  const [q] = quotesOf('Two checkpoints were closed after the clashes, the ministry said on Tuesday.');
  assert.equal(q?.text, 'Two checkpoints were closed after the clashes');
  assert.equal(q?.speaker, 'the ministry');
  assert.equal(q?.rule, 'quotes/indirect-trailing-cue');
});

test('a trailing cue with a post-posed speaker', () => {
  const [q] = quotesOf('The convoy reached the town before dawn, said regional governor Oleh Marchenko.');
  assert.equal(q?.text, 'The convoy reached the town before dawn');
  assert.equal(q?.speaker, 'regional governor Oleh Marchenko');
});

test('a medial cue splits the content into two parts', () => {
  const [q] = quotesOf('The new rules, the commission said, will apply from March.');
  assert.deepEqual(q?.parts, ['The new rules', 'will apply from March']);
  assert.equal(q?.speaker, 'the commission');
  assert.equal(q?.rule, 'quotes/indirect-medial-cue');
});

test('"told X that": the hearer is skipped', () => {
  const [q] = quotesOf('The rebel commander told journalists that his fighters had withdrawn.');
  assert.equal(q?.text, 'that his fighters had withdrawn');
  assert.equal(q?.speaker, 'The rebel commander');
  assert.equal(q?.lemma, 'tell');
});

test('"according to X" at the start and at the end', () => {
  const [a] = quotesOf('According to local officials, the bridge was destroyed overnight.');
  assert.equal(a?.text, 'the bridge was destroyed overnight');
  assert.equal(a?.speaker, 'local officials');
  assert.equal(a?.lemma, 'according to');
  assert.equal(a?.rule, 'quotes/indirect-according-to');
  const [b] = quotesOf('Three soldiers were wounded, according to the army.');
  assert.equal(b?.text, 'Three soldiers were wounded');
  assert.equal(b?.speaker, 'the army');
});

test('"..., adding that ..." is a second statement by the same speaker', () => {
  const quotes = quotesOf('The PFLP said the strike was a warning, adding that more would follow.');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]?.text, 'the strike was a warning');
  assert.equal(quotes[0]?.speaker, 'The PFLP');
  assert.equal(quotes[1]?.text, 'that more would follow');
  assert.equal(quotes[1]?.speaker, 'The PFLP');
  assert.equal(quotes[1]?.lemma, 'add');
  assert.equal(quotes[1]?.rule, 'quotes/indirect-participle');
});

test('warned, threatened, urged, accused, called on', () => {
  const quotes = quotesOf(
    'The army warned that it would respond. The group threatened to block the port. Donors urged both sides to return to talks. ' +
      'The opposition accused the police of using live rounds. He called on the council to act.',
  );
  assert.deepEqual(quotes.map((q) => [q.lemma, q.speaker, q.text]), [
    ['warn', 'The army', 'that it would respond'],
    ['threaten', 'The group', 'to block the port'],
    ['urge', 'Donors', 'to return to talks'],
    ['accuse', 'The opposition', 'of using live rounds'],
    ['call on', 'He', 'to act'],
  ]);
});

test('an appositive subject: "Name, a spokeswoman for X, said ..."', () => {
  const [q] = quotesOf('Dana Ruiz, a spokeswoman for the union, said the strike would continue.');
  assert.equal(q?.speaker, 'Dana Ruiz, a spokeswoman for the union');
  assert.equal(q?.text, 'the strike would continue');
  assert.equal(q?.rule, 'quotes/indirect-appositive-subject');
});

test('a reported belief and a plan', () => {
  const quotes = quotesOf('The coalition believes that the vote was rigged. The ministry intends to reopen the schools.');
  assert.deepEqual(quotes.map((q) => [q.lemma, q.text]), [
    ['believe', 'that the vote was rigged'],
    ['intend', 'to reopen the schools'],
  ]);
});

test('a mixed quote (partly quoted content) is not direct', () => {
  const [q] = quotesOf('The envoy said the ceasefire was "holding for now" despite the shelling.');
  assert.equal(q?.text, 'the ceasefire was "holding for now" despite the shelling');
  assert.equal(q?.direct, false);
  assert.equal(q?.rule, 'quotes/indirect-clause');
});

test('coordinated cues share the subject', () => {
  const quotes = quotesOf('The prime minister condemned the raid and accused the militia of breaking the truce.');
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]?.speaker, 'The prime minister');
  assert.equal(quotes[1]?.text, 'of breaking the truce');
  assert.equal(quotes[1]?.rule, 'quotes/indirect-coordinated');
});

test('scare quotes governed by a speaker and a cue are part of a (mixed) statement', () => {
  const [q] = quotesOf('Settlers called the raid a "response" to "resistance" by local youths.');
  assert.equal(q?.speaker, 'Settlers');
  assert.equal(q?.lemma, 'call');
  assert.equal(q?.text, 'the raid a "response" to "resistance" by local youths');
  assert.equal(q?.direct, false);
});

test('"told X the ... had ..." without "that": the content starts at the clause subject', () => {
  const [q] = quotesOf('The general told reporters the troops had crossed the river.');
  assert.equal(q?.text, 'the troops had crossed the river');
  assert.equal(q?.speaker, 'The general');
});

test('an apposition with a prepositional head: "The UN mission in Mali, MINUSMA, condemned ..."', () => {
  const quotes = quotesOf('The UN mission in Mali, MINUSMA, condemned the killings and called for the perpetrators to be tried.');
  assert.deepEqual(quotes.map((q) => [q.lemma, q.speaker, q.text, q.rule]), [
    ['condemn', 'The UN mission in Mali, MINUSMA', 'the killings', 'quotes/indirect-appositive-subject'],
    ['call for', 'The UN mission in Mali, MINUSMA', 'the perpetrators to be tried', 'quotes/indirect-coordinated'],
  ]);
});

test('a coordinated cue after a dateline takes the sentence subject', () => {
  const [q] = quotesOf('RIYADH — The two foreign ministers met on Thursday, and agreed to reopen their embassies.');
  assert.equal(q?.speaker, 'The two foreign ministers');
  assert.equal(q?.text, 'to reopen their embassies');
});

test('content stops before a trailing attribution, which credits the whole clause', () => {
  const quotes = quotesOf('The United States welcomed any effort to reduce tensions, a State Department spokesman said.');
  assert.deepEqual(quotes.map((q) => [q.lemma, q.speaker, q.text]), [
    ['say', 'a State Department spokesman', 'The United States welcomed any effort to reduce tensions'],
    ['welcome', 'The United States', 'any effort to reduce tensions'],
  ]);
});

test('"said on Tuesday that ...": the content starts at "that"', () => {
  const [q] = quotesOf('The army said on Tuesday that it had arrested 15 suspects.');
  assert.equal(q?.text, 'that it had arrested 15 suspects');
  assert.equal(q?.rule, 'quotes/indirect-that');
});

test('a partly quoted clause credited at the end is one mixed statement', () => {
  const quotes = quotesOf('“They squeezed the staff to the limit” to lift the share price, she said, citing the sales push.');
  assert.equal(quotes[0]?.text, '“They squeezed the staff to the limit” to lift the share price');
  assert.equal(quotes[0]?.direct, false);
  assert.equal(quotes[0]?.rule, 'quotes/indirect-trailing-cue');
  assert.equal(quotes[1]?.lemma, 'cite');
  assert.equal(quotes[1]?.speaker, 'she');
});

test('a mixed quotation credited after its closing mark, with a relative clause on the speaker', () => {
  const [q] = quotesOf('Both parties "saw the region as a lost cause," said Vera Holm, who served on the council.');
  assert.equal(q?.text, 'Both parties "saw the region as a lost cause,"');
  assert.equal(q?.direct, false);
  assert.equal(q?.speaker, 'Vera Holm');
  assert.equal(q?.rule, 'quotes/indirect-trailing-cue');
});

test('a speaker with a dashed apposition', () => {
  const [q] = quotesOf('Kall -- co-editor of a book on debates -- said the candidate tended to improvise.');
  assert.equal(q?.speaker, 'Kall -- co-editor of a book on debates --');
  assert.equal(q?.text, 'the candidate tended to improvise');
});
