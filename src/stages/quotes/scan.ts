import type { Segmentation, TokenTable } from '../../core/tokens.js';
import type { QuoteLexicon } from './lexicon.js';
import { findQuotedRegions, type QuotedRegion } from './marks.js';

/** Everything the quote rules look at for one document, computed once. */
export interface QuoteScan {
  readonly text: string;
  readonly seg: Segmentation;
  readonly tokens: TokenTable;
  readonly lexicon: QuoteLexicon;
  readonly regions: readonly QuotedRegion[];
  /** For each token, the index of the quoted region it lies in, or -1. */
  readonly tokenRegion: Int32Array;
  /** Offsets of line breaks, ascending: paragraph of an offset = number of breaks before it. */
  readonly breaks: readonly number[];
  /** Tokens already used as a cue by an earlier rule (see claimCue). */
  readonly claimed: Uint8Array;
  /** 1 where the token's form or lemma starts some cue: the prefilter every later cue lookup goes through. */
  readonly cueCandidate: Uint8Array;
}

export function buildScan(text: string, seg: Segmentation, lexicon: QuoteLexicon): QuoteScan {
  const regions = findQuotedRegions(text);
  const tokens = seg.tokens;
  const tokenRegion = new Int32Array(tokens.count).fill(-1);
  let r = 0;
  for (let k = 0; k < tokens.count; k++) {
    const at = tokens.start[k] ?? 0;
    while (r < regions.length && (regions[r]?.end ?? 0) <= at) r++;
    if (r < regions.length && (regions[r]?.start ?? 0) <= at) tokenRegion[k] = r;
  }
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const cueCandidate = new Uint8Array(tokens.count);
  for (let k = 0; k < tokens.count; k++) {
    if (!mayCue(tokens, k, tokenRegion)) continue;
    if (lexicon.cues.has(tokens.lower[k] ?? '') || lexicon.cues.has(tokens.lemma[k] ?? '')) cueCandidate[k] = 1;
  }
  return { text, seg, tokens, lexicon, regions, tokenRegion, breaks, claimed: new Uint8Array(tokens.count), cueCandidate };
}

export function paragraphOf(scan: QuoteScan, offset: number): number {
  let lo = 0;
  let hi = scan.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((scan.breaks[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after the offset (token count when none). */
export function tokenAtOrAfter(tokens: TokenTable, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.start[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence's token range for a token. */
export function sentenceRange(scan: QuoteScan, k: number): [number, number] {
  const sentence = scan.seg.sentences[scan.tokens.sentence[k] ?? 0];
  return sentence ? [sentence.tokenStart, sentence.tokenEnd] : [k, k + 1];
}

export function isQuoteMark(value: string): boolean {
  return value === '"' || value === '“' || value === '”' || value === '«' || value === '»' || value === '„';
}

/**
 * The cheap gate before any lexicon lookup, mirroring matchCue's conditions: verbs, `said`/`says`,
 * `according`, and words a colon, `that`, `to` or a quotation follows (`The Times reports:`).
 */
function mayCue(tokens: TokenTable, k: number, tokenRegion: Int32Array): boolean {
  if (tokens.pos[k] === 'VERB') return true;
  const lower = tokens.lower[k] ?? '';
  if (lower === 'said' || lower === 'says' || lower === 'according') return true;
  const next = tokens.value[k + 1] ?? '';
  return next === ':' || next === 'that' || next === 'to' || (tokenRegion[k + 1] ?? -1) >= 0;
}
