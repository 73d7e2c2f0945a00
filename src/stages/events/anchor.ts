import type { Span } from '../../core/span.js';
import type { Sentence } from '../../core/tokens.js';
import type { Layers } from '../../core/layers.js';

export interface DateAnchor {
  readonly date: string | null;
  readonly span: Span | null;
}

/**
 * The event's date: the date mention of its sentence nearest the trigger (so a caption's own date
 * wins), else the article's dateline. A date after another verb dates that verb: in "will restore an
 * agreement signed in 2001" the year is the signing's, not the restoring's.
 */
export function anchorDate(layers: Readonly<Partial<Layers>>, sentence: number, triggerStart: number, dateline: string | null): DateAnchor {
  let best: DateAnchor | null = null;
  let bestDistance = Infinity;
  for (const mention of layers.dates?.mentions ?? []) {
    if (mention.sentence !== sentence) continue;
    if (mention.start > triggerStart && verbBetween(layers, triggerStart, mention.start)) continue;
    const distance = Math.abs(mention.start - triggerStart);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { date: mention.value, span: { start: mention.start, end: mention.end } };
    }
  }
  return best ?? { date: dateline, span: null };
}

/** A verb other than the trigger between the trigger and a later date (auxiliaries and reporting verbs do not count). */
function verbBetween(layers: Readonly<Partial<Layers>>, triggerStart: number, dateStart: number): boolean {
  const tokens = layers.segmentation?.tokens;
  if (!tokens) return false;
  let k = tokenIndexAt(tokens.start, triggerStart) + 1;
  for (; k < tokens.count && (tokens.start[k] as number) < dateStart; k++) {
    if (tokens.pos[k] === 'VERB' && !REPORTING_LEMMAS.has(tokens.lemma[k] as string)) return true;
  }
  return false;
}

/** "the army said on Monday": the report's date is the closest the text gives for what it reports. */
const REPORTING_LEMMAS = new Set(['say', 'tell', 'report', 'announce', 'add', 'state', 'confirm', 'claim']);

/** Index of the token starting at `offset` (binary search over the sorted start offsets). */
function tokenIndexAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The place mention that starts at the event's place phrase ("in Jenin"), else the first place of
 * the sentence that is not part of an actor's name ("Israeli forces" names an actor, not a place).
 */
export function anchorPlace(layers: Readonly<Partial<Layers>>, sentence: Sentence, placeTokenStart: number | null): number | null {
  const mentions = layers.places?.mentions ?? [];
  if (placeTokenStart !== null) {
    const index = mentions.findIndex((m) => m.tokenStart >= placeTokenStart && m.tokenStart <= placeTokenStart + 3);
    if (index >= 0) return index;
  }
  const tokenMention = layers.actors?.tokenMention;
  const first = mentions.findIndex((m) => m.start >= sentence.start && m.end <= sentence.end && !(tokenMention && (tokenMention[m.tokenStart] ?? -1) >= 0));
  return first >= 0 ? first : null;
}

export interface QuoteAnchor {
  readonly quote: string | null;
  readonly speaker: number | null;
}

/** The quote whose content holds the trigger, and its resolved speaker mention. */
export function anchorQuote(layers: Readonly<Partial<Layers>>, triggerStart: number): QuoteAnchor {
  // Runs for every event against every quote. A quote's own span covers its parts, so most quotes
  // are ruled out by one comparison, with no array built per quote.
  for (const quote of layers.quotes?.quotes ?? []) {
    if (!holds(quote, triggerStart)) continue;
    if (quote.parts.length === 0 || quote.parts.some((part) => holds(part, triggerStart))) {
      return { quote: quote.id, speaker: quote.speakerMention };
    }
  }
  return NO_QUOTE;
}

const NO_QUOTE: QuoteAnchor = { quote: null, speaker: null };

function holds(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}
