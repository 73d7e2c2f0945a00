import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeDoc } from '../../src/core/doc.js';
import { DyadError } from '../../src/core/errors.js';
import { buildQuotes } from '../../src/contract/build-quotes.js';
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
  assert.throws(() => compileQuoteLexicon('cue\tclass\tobject\tinverts\nsay\tspeach\tno\tyes\n', 'cues.tsv'), (error: unknown) => error instanceof DyadError && error.code === 'E_DATA');
  assert.throws(() => compileQuoteLexicon('word\tkind\n', 'cues.tsv'), DyadError);
  const lexicon = compileQuoteLexicon('# comment\ncue\tclass\tobject\tinverts\naccording to\tsource\tno\tno\n', 'cues.tsv');
  assert.deepEqual(lexicon.cues.get('according'), [{ lemma: 'according to', rest: ['to'], cueClass: 'source', takesObject: false, inverts: false }]);
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

test('an appositive speaker resolves to the mention in its head, not in the apposition', () => {
  const text = 'Hamas, the group that rules the Gaza Strip, said the truce was over.';
  const tagger = createWinkTagger();
  const doc = makeDoc({ id: 'h', text });
  const segmentation = segment(doc, { tagger });
  const { tokens } = segmentation;
  const tokenMention = new Int32Array(tokens.count).fill(-1);
  const gaza = tokens.value.indexOf('Gaza');
  tokenMention[0] = 0;
  tokenMention[gaza] = 1;
  tokenMention[gaza + 1] = 1;
  const at = (k: number) => tokens.start[k] ?? 0;
  const till = (k: number) => tokens.end[k] ?? 0;
  const actors: ActorLayer = {
    actors: [
      { id: 'a1', name: 'Hamas', code: 'PSEREB', country: 'PSE', sector: 'REB', ploverSector: null, ploverCountry: null, kind: 'armed-group', role: null },
      { id: 'a2', name: 'Gaza Strip', code: 'PSE', country: 'PSE', sector: null, ploverSector: null, ploverCountry: null, kind: 'country', role: null },
    ],
    mentions: [
      { actor: 'a1', code: 'PSEREB', start: at(0), end: till(0), tokenStart: 0, tokenEnd: 1, coref: false, rule: 'actors/test-input' },
      { actor: 'a2', code: 'PSE', start: at(gaza), end: till(gaza + 1), tokenStart: gaza, tokenEnd: gaza + 2, coref: false, rule: 'actors/test-input' },
    ],
    tokenMention,
  };
  const layer = findQuotes(doc, { quoteLexicon: loadQuoteLexicon() }, { segmentation, actors });
  const [q] = layer.quotes;
  assert.equal(text.slice(q?.speaker?.start, q?.speaker?.end), 'Hamas, the group that rules the Gaza Strip');
  assert.equal(q?.speakerMention, 0);
  const [out] = buildQuotes(text, layer, actors);
  assert.deepEqual(out?.speaker, { actor: 'a1', name: 'Hamas', code: 'PSEREB', start: 0, end: 5, text: 'Hamas' });
  assert.equal(out?.speakerText?.text, 'Hamas, the group that rules the Gaza Strip');
});
