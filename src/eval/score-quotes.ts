import type { Span } from '../core/span.js';
import { computePrf, ratio } from './metrics.js';
import type { Figure } from './types.js';

export interface QuoteItem {
  readonly span: Span;
  /** Discontinuous content; empty means the span itself. */
  readonly parts: readonly Span[];
  readonly direct: boolean;
  readonly speaker: (Span & { readonly text: string }) | null;
}

export interface QuoteRecord {
  readonly text: string;
  readonly gold: readonly QuoteItem[];
  readonly pred: readonly QuoteItem[];
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Token spans: maximal runs of letters/digits. */
export function findTokens(text: string): Span[] {
  const tokens: Span[] = [];
  for (const match of text.matchAll(TOKEN)) tokens.push({ start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** Indexes of the tokens that overlap any of the quote's parts (or its span when it has none). */
export function quoteTokens(tokens: readonly Span[], quote: QuoteItem): Set<number> {
  const pieces = quote.parts.length > 0 ? quote.parts : [quote.span];
  const found = new Set<number>();
  for (const piece of pieces) {
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i]!;
      if (token.start < piece.end && piece.start < token.end) found.add(i);
    }
  }
  return found;
}

export interface QuotePair {
  readonly gold: number;
  readonly pred: number;
  readonly shared: number;
}

/** One-to-one greedy matching: pairs sharing ≥50% of both sides' tokens, largest overlap first. */
export function matchQuotes(text: string, gold: readonly QuoteItem[], pred: readonly QuoteItem[]): QuotePair[] {
  const tokens = findTokens(text);
  const goldTokens = gold.map((quote) => quoteTokens(tokens, quote));
  const predTokens = pred.map((quote) => quoteTokens(tokens, quote));
  const candidates: QuotePair[] = [];
  goldTokens.forEach((goldSet, g) => {
    predTokens.forEach((predSet, p) => {
      let shared = 0;
      for (const token of predSet) if (goldSet.has(token)) shared += 1;
      if (shared > 0 && shared * 2 >= goldSet.size && shared * 2 >= predSet.size) candidates.push({ gold: g, pred: p, shared });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.gold - b.gold || a.pred - b.pred);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: QuotePair[] = [];
  for (const pair of candidates) {
    if (usedGold.has(pair.gold) || usedPred.has(pair.pred)) continue;
    usedGold.add(pair.gold);
    usedPred.add(pair.pred);
    pairs.push(pair);
  }
  return pairs;
}

const collapse = (value: string): string => value.replace(/\s+/g, ' ').trim().toLowerCase();

/** Right speaker: the spans overlap, or the surface strings are equal (case and spacing aside). */
export function isSameSpeaker(gold: QuoteItem['speaker'], pred: QuoteItem['speaker']): boolean {
  if (gold === null || pred === null) return false;
  if (gold.start < pred.end && pred.start < gold.end) return true;
  return collapse(gold.text) === collapse(pred.text);
}

export function scoreQuoteRecords(records: readonly QuoteRecord[]): Record<string, Figure> {
  let matched = 0;
  let predicted = 0;
  let goldTotal = 0;
  const direct = [0, 0];
  const indirect = [0, 0];
  const speaker = [0, 0];
  const directSpeaker = [0, 0];
  // Direct-quote precision: predicted direct quotes that match a gold quote, over predicted direct quotes.
  const directPredicted = [0, 0];
  for (const record of records) {
    const pairs = matchQuotes(record.text, record.gold, record.pred);
    matched += pairs.length;
    predicted += record.pred.length;
    goldTotal += record.gold.length;
    const matchedPred = new Set(pairs.map((pair) => pair.pred));
    record.pred.forEach((quote, p) => {
      if (!quote.direct) return;
      directPredicted[1]! += 1;
      if (matchedPred.has(p)) directPredicted[0]! += 1;
    });
    const matchedGold = new Map(pairs.map((pair) => [pair.gold, pair.pred]));
    record.gold.forEach((quote, g) => {
      const bucket = quote.direct ? direct : indirect;
      bucket[1]! += 1;
      const p = matchedGold.get(g);
      if (p === undefined) return;
      bucket[0]! += 1;
      if (quote.speaker === null) return;
      const right = isSameSpeaker(quote.speaker, record.pred[p]!.speaker) ? 1 : 0;
      speaker[1]! += 1;
      speaker[0]! += right;
      if (!quote.direct) return;
      directSpeaker[1]! += 1;
      directSpeaker[0]! += right;
    });
  }
  const prf = computePrf({ tp: matched, fp: predicted - matched, fn: goldTotal - matched });
  const directP = ratio(directPredicted[0]!, directPredicted[1]!);
  const directR = ratio(direct[0]!, direct[1]!);
  return {
    P: prf.precision,
    R: prf.recall,
    F1: prf.f1,
    directP,
    directR,
    directF1: directP === null || directR === null || directP + directR === 0 ? null : (2 * directP * directR) / (directP + directR),
    indirectR: ratio(indirect[0]!, indirect[1]!),
    speaker: ratio(speaker[0]!, speaker[1]!),
    directSpeaker: ratio(directSpeaker[0]!, directSpeaker[1]!),
    gold: goldTotal,
    predicted,
  };
}
