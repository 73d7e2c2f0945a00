import { makeDoc } from '../../src/core/doc.js';
import { createWinkTagger } from '../../src/nlp/wink-tagger.js';
import { loadQuoteLexicon } from '../../src/resources/quote-lexicon.js';
import { findQuotes } from '../../src/stages/quotes/index.js';
import type { QuoteLayer } from '../../src/stages/quotes/types.js';
import { segment } from '../../src/stages/segment/index.js';

const ctx = { tagger: createWinkTagger(), quoteLexicon: loadQuoteLexicon() };

/** A quote as plain strings, for readable assertions. */
export interface QuoteView {
  text: string;
  direct: boolean;
  speaker: string | null;
  cue: string | null;
  lemma: string | null;
  rule: string;
  parts: string[];
}

export function runQuotes(text: string): { layer: QuoteLayer; views: QuoteView[] } {
  const doc = makeDoc({ id: 't', text });
  const layer = findQuotes(doc, ctx, { segmentation: segment(doc, ctx) });
  const views = layer.quotes.map((q) => ({
    text: text.slice(q.start, q.end),
    direct: q.direct,
    speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    lemma: q.cue?.lemma ?? null,
    rule: q.rule,
    parts: q.parts.map((p) => text.slice(p.start, p.end)),
  }));
  return { layer, views };
}

export function quotesOf(text: string): QuoteView[] {
  return runQuotes(text).views;
}
