import { textSpan } from '../core/span.js';
import type { ActorLayer } from '../stages/actors/types.js';
import type { QuoteLayer } from '../stages/quotes/types.js';
import type { ActorRef, OutQuote } from './types.js';

/** Quotes for the contract: `speaker` is an actor ref only when the actors layer resolved one; `speakerText` always gives the span. */
export function buildQuotes(text: string, quotes: QuoteLayer | undefined, actors: ActorLayer | undefined): OutQuote[] {
  if (!quotes) return [];
  const actorById = new Map((actors?.actors ?? []).map((actor) => [actor.id, actor]));
  return quotes.quotes.map((quote) => {
    const mention = quote.speakerMention === null ? undefined : actors?.mentions[quote.speakerMention];
    const actor = mention ? actorById.get(mention.actor) : undefined;
    const speaker: ActorRef | null = mention && actor
      ? { actor: actor.id, name: actor.name, code: mention.code, ...textSpan(text, mention.start, mention.end) }
      : null;
    return {
      id: quote.id,
      ...textSpan(text, quote.start, quote.end),
      direct: quote.direct,
      speaker,
      cue: quote.cue ? textSpan(text, quote.cue.start, quote.cue.end) : null,
      speakerText: quote.speaker ? textSpan(text, quote.speaker.start, quote.speaker.end) : null,
      cueLemma: quote.cue?.lemma ?? null,
      parts: quote.parts.map((part) => textSpan(text, part.start, part.end)),
      rule: quote.rule,
    };
  });
}
