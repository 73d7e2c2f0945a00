import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import { DyadError } from '../../src/core/errors.js';
import { validateCodedDocument } from '../../src/contract/validate.js';
import { createDyad } from '../../src/dyad.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { loadQuoteLexicon } from '../../src/resources/quote-lexicon.js';
import type { ActorLayer } from '../../src/stages/actors/types.js';
import { findQuoteContaining, findQuotes } from '../../src/stages/quotes/index.js';
import { compileQuoteLexicon } from '../../src/stages/quotes/lexicon.js';
import { segment } from '../../src/stages/segment/index.js';
import { runQuotes } from './helpers.js';

test('findQuoteContaining returns the quote whose content holds the span, and null outside', () => {
  const text = 'Aid trucks waited at the border. "Shelling hit the depot overnight," the agency said.';
  const { layer } = runQuotes(text);
  const at = text.indexOf('Shelling hit');
  assert.equal(findQuoteContaining(layer, at, at + 'Shelling hit'.length)?.id, 'q1');
  assert.equal(findQuoteContaining(layer, 0, 10), null);
  assert.equal(findQuoteContaining(undefined, at, at + 3), null);
});

test('findQuoteContaining skips the gap between the parts of a split quote', () => {
  const text = '“The depot burned,” said the agency head. “Trucks will wait.”';
  const { layer } = runQuotes(text);
  const gap = text.indexOf('agency head');
  assert.equal(layer.quotes[0]?.parts.length, 2);
  assert.equal(findQuoteContaining(layer, gap, gap + 6), null);
  const inSecond = text.indexOf('Trucks');
  assert.equal(findQuoteContaining(layer, inSecond, inSecond + 6)?.id, 'q1');
});

test('speakers resolve to the actors layer; a pronoun takes the last resolved speaker', () => {
  const text = 'The army said the camp was cleared. It said two soldiers were hurt.';
  const tagger = createWinkTagger();
  const doc = makeDoc({ id: 'a', text });
  const segmentation = segment(doc, { tagger });
  const tokenMention = new Int32Array(segmentation.tokens.count).fill(-1);
  tokenMention[1] = 0; // "army"
  const actors: ActorLayer = {
    actors: [{ id: 'a1', name: 'Army', code: 'XXXMIL', country: null, sector: 'MIL', ploverSector: 'Military', ploverCountry: null, kind: 'military', role: null }],
    mentions: [{ actor: 'a1', code: 'XXXMIL', start: 0, end: 8, tokenStart: 0, tokenEnd: 2, coref: false, rule: 'actors/test-input' }],
    tokenMention,
  };
  const layer = findQuotes(doc, { quoteLexicon: loadQuoteLexicon() }, { segmentation, actors });
  assert.deepEqual(layer.quotes.map((q) => q.speakerMention), [0, 0]);
  assert.equal(text.slice(layer.quotes[1]?.speaker?.start, layer.quotes[1]?.speaker?.end), 'It');
});

test('the cue list is validated when compiled', () => {
  assert.throws(() => compileQuoteLexicon('cue\tclass\tobject\nsay\tspeach\tno\n', 'cues.tsv'), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA');
  assert.throws(() => compileQuoteLexicon('word\tkind\n', 'cues.tsv'), DyadError);
  const lexicon = compileQuoteLexicon('# comment\ncue\tclass\tobject\naccording to\tsource\tno\n', 'cues.tsv');
  assert.deepEqual(lexicon.cues.get('according'), [{ lemma: 'according to', rest: ['to'], cueClass: 'source', takesObject: false }]);
});

test('createDyad codes quotes into the contract, valid against the schema', () => {
  const dyad = createDyad();
  const text = 'Villagers fled overnight.\n\n"We had no warning," said village elder Amadou Diallo.';
  const coded = dyad.code(makeDoc({ id: 'c', text, date: '2022-06-21' }));
  assert.deepEqual(validateCodedDocument(coded), []);
  const [q] = coded.quotes;
  assert.equal(q?.text, '"We had no warning,"');
  assert.equal(q?.direct, true);
  assert.equal(q?.speaker, null);
  assert.equal(q?.speakerText?.text, 'village elder Amadou Diallo');
  assert.equal(q?.cue?.text, 'said');
  assert.equal(q?.cueLemma, 'say');
  assert.equal(q?.rule, 'quotes/direct-trailing-cue');
});
