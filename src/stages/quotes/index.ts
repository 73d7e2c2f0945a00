import type { Doc } from '../../core/doc.js';
import type { Layers } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import { findContinuations } from './continuation.js';
import { findTrailingDirect } from './direct.js';
import type { DraftQuote } from './draft.js';
import { findCueQuotes } from './indirect.js';
import { findHeadlineAttribution } from './headline.js';
import { findTranscriptTurns } from './transcript.js';
import type { QuoteLexicon } from './lexicon.js';
import { quotedShare } from './marks.js';
import { buildScan, paragraphOf, type QuoteScan } from './scan.js';
import { isPronoun } from './speaker.js';
import { resolveSpeakerMention } from './resolve.js';
import type { Quote, QuoteLayer } from './types.js';

export interface QuoteContext {
  readonly quoteLexicon: QuoteLexicon;
}

/**
 * Direct quotations and attributed statements, beliefs and plans. Rules run in order and each
 * marks the quotation marks and cue words it used: trailing credits first (`“A,” said X`), then
 * cue-driven attributions (`X said that …`, `X said: “…”`, `…, according to X`), then uncredited
 * quoted paragraphs that continue the previous speaker.
 */
export function findQuotes(doc: Doc, ctx: QuoteContext, layers: Readonly<Partial<Layers>>): QuoteLayer {
  const seg = layers.segmentation;
  if (!seg) return { quotes: [] };
  const scan = buildScan(doc.text, seg, ctx.quoteLexicon);
  const usedRegions = new Uint8Array(scan.regions.length);
  const direct = [...findTranscriptTurns(scan, usedRegions), ...findTrailingDirect(scan, usedRegions)];
  const cued = findCueQuotes(scan, usedRegions, direct);
  const drafts = [...direct, ...cued];
  const headline = findHeadlineAttribution(scan);
  if (headline && !drafts.some((draft) => (draft.parts[0]?.start ?? 0) < (headline.parts[0]?.end ?? 0))) drafts.push(headline);
  drafts.push(...findContinuations(scan, usedRegions, drafts));
  return { quotes: finishQuotes(scan, drafts, layers) };
}

function finishQuotes(scan: QuoteScan, drafts: DraftQuote[], layers: Readonly<Partial<Layers>>): Quote[] {
  drafts.sort((a, b) => (a.parts[0]?.start ?? 0) - (b.parts[0]?.start ?? 0));
  const quotes: Quote[] = [];
  let lastMention: number | null = null;
  let lastParagraph = -1;
  for (const draft of drafts) {
    const start = draft.parts[0]?.start ?? 0;
    const end = draft.parts[draft.parts.length - 1]?.end ?? start;
    const direct = draft.parts.every((part) => quotedShare(scan.text, part, scan.regions) >= 0.9);
    const paragraph = paragraphOf(scan, start);
    let mention = resolveSpeakerMention(layers.actors, scan.tokens, draft.speaker);
    // `He claimed …`: a pronoun the actors layer left unresolved takes the latest speaker, if it spoke in this or the previous paragraph.
    if (mention === null && draft.speaker && isPronoun(scan.tokens, draft.speaker) && paragraph - lastParagraph <= 1) mention = lastMention;
    if (mention !== null) {
      lastMention = mention;
      lastParagraph = paragraph;
    }
    const speaker: Span | null = draft.speaker
      ? { start: scan.tokens.start[draft.speaker[0]] ?? 0, end: scan.tokens.end[draft.speaker[1] - 1] ?? 0 }
      : null;
    const cue = draft.cue ? { ...draft.cue, rule: draft.rule } : null;
    quotes.push({ id: `q${quotes.length + 1}`, start, end, direct, parts: draft.parts, speaker, speakerMention: mention, cue, rule: draft.rule });
  }
  return quotes;
}

/** The innermost quote whose content contains [start, end): events coded inside a statement carry its id. */
export function findQuoteContaining(layer: QuoteLayer | undefined, start: number, end: number): Quote | null {
  if (!layer) return null;
  let best: Quote | null = null;
  for (const quote of layer.quotes) {
    if (quote.start > start) break;
    if (quote.end < end) continue;
    const inPart = quote.parts.some((part) => part.start <= start && end <= part.end);
    if (inPart && (!best || quote.end - quote.start < best.end - best.start)) best = quote;
  }
  return best;
}

export const quotesStage: Stage<QuoteContext> = {
  name: 'quotes',
  requires: ['segmentation'],
  provides: ['quotes'],
  run: (doc, ctx, layers) => ({ quotes: findQuotes(doc, ctx, layers) }),
};
