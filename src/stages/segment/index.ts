import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import type { Sentence, Segmentation, TokenTable } from '../../core/tokens.js';
import type { RawAnalysis, Tagger } from '../../nlp/tagger.js';
import { alignTokens, type AlignedTokens } from './align.js';
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
  const tokens: TokenTable = {
    count,
    start: Int32Array.from(aligned.start),
    end: Int32Array.from(aligned.end),
    value: [],
    lower: [],
    lemma: [],
    pos: [],
    sentence: new Int32Array(count),
  };
  fillColumns(doc.text, aligned, raw, tokens);
  return { sentences: buildSentences(tokens, starts), tokens };
}

/** The string columns in one pass over the kept tokens (pushes keep the arrays packed). */
function fillColumns(text: string, aligned: AlignedTokens, raw: RawAnalysis, tokens: TokenTable): void {
  const value = tokens.value as string[];
  const lower = tokens.lower as string[];
  const lemma = tokens.lemma as string[];
  const pos = tokens.pos as string[];
  for (let k = 0; k < tokens.count; k++) {
    const surface = text.slice(aligned.start[k], aligned.end[k]);
    const i = aligned.rawIndex[k] as number;
    value.push(surface);
    lower.push(surface.toLowerCase());
    lemma.push(raw.lemma[i] ?? '');
    pos.push(raw.pos[i] ?? 'X');
  }
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
