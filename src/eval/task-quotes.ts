import type { CodedDocument } from '../contract/types.js';
import { readArray, readBase, readOptionalNumber } from './gold-fields.js';
import { matchQuotes, scoreQuoteRecords, type QuoteItem } from './score-quotes.js';
import type { GoldBase, TaskDefinition } from './types.js';

export interface QuoteGold extends GoldBase {
  readonly quotes: readonly QuoteItem[];
}

function readSpan(value: Record<string, unknown>): { start: number; end: number } {
  const start = readOptionalNumber(value, 'start');
  const end = readOptionalNumber(value, 'end');
  if (start === null || end === null) throw new Error('a span needs numeric start and end');
  return { start, end };
}

function readQuoteGold(record: Record<string, unknown>): QuoteGold {
  const quotes = readArray(record, 'quotes').map((quote): QuoteItem => {
    const speaker = quote.speaker as Record<string, unknown> | null | undefined;
    return {
      span: readSpan(quote),
      parts: readArray(quote, 'parts').map(readSpan),
      direct: quote.direct === true,
      speaker: speaker ? { ...readSpan(speaker), text: String(speaker.text ?? '') } : null,
    };
  });
  return { ...readBase(record), quotes };
}

/**
 * Mapping contract: quotes[] span and `parts` (when the contract carries them), `direct`, and the
 * speaker as written (`speakerText`, else the resolved speaker mention).
 */
export function predictQuoteItems(doc: CodedDocument): QuoteItem[] {
  return doc.quotes.map((quote) => {
    const speaker = quote.speakerText ?? quote.speaker;
    return {
      span: { start: quote.start, end: quote.end },
      parts: (quote.parts ?? []).map(({ start, end }) => ({ start, end })),
      direct: quote.direct,
      speaker: speaker ? { start: speaker.start, end: speaker.end, text: speaker.text } : null,
    };
  });
}

function showQuotes(text: string, quotes: readonly QuoteItem[]): string[] {
  if (quotes.length === 0) return ['(none)'];
  return quotes.map((quote) => {
    const content = text.slice(quote.span.start, quote.span.end).replace(/\s+/g, ' ');
    const short = content.length > 60 ? `${content.slice(0, 57)}...` : content;
    return `[${quote.span.start},${quote.span.end}) ${quote.direct ? 'direct' : 'indirect'} "${short}" <- ${quote.speaker?.text ?? '-'}`;
  });
}

export const quotesTask: TaskDefinition<QuoteGold, QuoteItem[]> = {
  task: 'quotes',
  columns: ['P', 'R', 'F1', 'directP', 'directR', 'directF1', 'indirectR', 'speaker', 'directSpeaker', 'gold', 'predicted'],
  readGold: readQuoteGold,
  predict: (doc) => predictQuoteItems(doc),
  empty: () => [],
  score: (items) => scoreQuoteRecords(items.map(({ gold, pred }) => ({ text: gold.text, gold: gold.quotes, pred }))),
  loss({ gold, pred }) {
    const matched = matchQuotes(gold.text, gold.quotes, pred).length;
    return gold.quotes.length + pred.length - 2 * matched;
  },
  view: ({ gold, pred }) => ({ gold: showQuotes(gold.text, gold.quotes), pred: showQuotes(gold.text, pred) }),
};
