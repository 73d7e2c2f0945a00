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
  const count = aligned.count;
  const lower: string[] = [];
  const lemma: string[] = [];
  const pos: string[] = [];
  // Pushes keep the arrays packed; toLowerCase returns its own string when nothing changes (no copy).
  for (let k = 0; k < count; k++) {
    const i = aligned.rawIndex[k] as number;
    lower.push((aligned.surface[k] as string).toLowerCase());
    lemma.push(raw.lemma[i] ?? '');
    pos.push(raw.pos[i] ?? 'X');
  }
  const tokens: TokenTable = { count, start: aligned.start, end: aligned.end, value: aligned.surface, lower, lemma, pos, sentence: new Int32Array(count) };
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
