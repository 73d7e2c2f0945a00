import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import type { Sentence, Segmentation, TokenTable } from '../../core/tokens.js';
import type { Tagger } from '../../nlp/tagger.js';
import { alignTokens } from './align.js';
import { findSentenceStarts } from './boundaries.js';

export interface SegmentContext {
  readonly tagger: Tagger;
}

/** Sentences, tokens, POS and lemmas, with offsets into the document text. */
export function segment(doc: Doc, ctx: SegmentContext): Segmentation {
  const raw = ctx.tagger.analyse(doc.text);
  const aligned = alignTokens(doc.text, raw);
  const starts = findSentenceStarts(doc.text, aligned, raw);
  const count = aligned.start.length;
  const value = aligned.start.map((start, k) => doc.text.slice(start, aligned.end[k]));
  const tokens: TokenTable = {
    count,
    start: Int32Array.from(aligned.start),
    end: Int32Array.from(aligned.end),
    value,
    lower: value.map((surface) => surface.toLowerCase()),
    lemma: aligned.rawIndex.map((i) => raw.lemma[i] ?? ''),
    pos: aligned.rawIndex.map((i) => raw.pos[i] ?? 'X'),
    sentence: new Int32Array(count),
  };
  return { sentences: buildSentences(tokens, starts), tokens };
}

function buildSentences(tokens: TokenTable, starts: readonly boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let k = 1; k <= tokens.count; k++) {
    if (k < tokens.count && !starts[k]) continue;
    tokens.sentence.fill(sentences.length, first, k);
    sentences.push({ start: tokens.start[first] ?? 0, end: tokens.end[k - 1] ?? 0, tokenStart: first, tokenEnd: k });
    first = k;
  }
  return sentences;
}

export const segmentStage: Stage<SegmentContext> = {
  name: 'segment',
  requires: [],
  provides: ['segmentation'],
  run: (doc, ctx) => ({ segmentation: segment(doc, ctx) }),
};
