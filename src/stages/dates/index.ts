import type * as chrono from 'chrono-node';
import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import type { Segmentation } from '../../core/tokens.js';
import { parseIsoDay, type Day } from './calendar.js';
import type { DateParser } from './parser.js';
import { hasDateCue, isFutureSentence } from './prefilter.js';
import { resolveResult, type LocalDate } from './resolve.js';
import type { DateLayer, DateMention } from './types.js';
import { findBareYears } from './year.js';

/** A caption ends with its own full date: "…, Kharkiv, Ukraine, March 31, 2022." */
const CAPTION_END = /,\s*$/;

export interface DatesContext {
  /** From createDateParser(). */
  readonly dateParser: DateParser;
}

/** Every date mention, resolved against the dateline; chrono runs only on sentences with a date cue. */
export function findDates(doc: Doc, segmentation: Segmentation, parser: DateParser): DateLayer {
  const ref = doc.date ? parseIsoDay(doc.date) : null;
  const reference = { instant: ref ? new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12)) : new Date(0), timezone: 0 };
  const mentions: DateMention[] = [];
  segmentation.sentences.forEach((sentence, index) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!hasDateCue(text)) return;
    for (const local of findInSentence(parser, text, reference, ref)) {
      mentions.push({ ...toMention(local, text), start: sentence.start + local.index, end: sentence.start + local.index + local.length, sentence: index });
    }
  });
  return { mentions: mentions.sort((a, b) => a.start - b.start) };
}

function findInSentence(parser: DateParser, text: string, reference: chrono.ParsingReference, ref: Day | null): LocalDate[] {
  const future = isFutureSentence(text);
  const found: LocalDate[] = [];
  for (const result of parser.parse(text, reference)) {
    const local = resolveResult(result, text, ref, future);
    if (local) found.push(local);
  }
  for (const year of findBareYears(text)) {
    if (!found.some((d) => d.index < year.index + year.length && year.index < d.index + d.length)) found.push(year);
  }
  return found;
}

/** A full date closing a sentence after a comma dates the scene the sentence describes. */
function toMention(local: LocalDate, sentence: string): Omit<DateMention, 'start' | 'end' | 'sentence'> {
  const { value, precision, rule } = local;
  const after = sentence.slice(local.index + local.length).trim();
  const isCaption = precision === 'day' && rule === 'dates/chrono' && /^[.]?$/.test(after) && CAPTION_END.test(sentence.slice(0, local.index)) && /\d{4}/.test(sentence.slice(local.index, local.index + local.length));
  return { value, precision, rule: isCaption ? 'dates/caption' : rule };
}

/**
 * The date the events of one sentence happened on: the sentence's caption date, else its first
 * day-precise mention, else null (the caller then falls back to the dateline).
 */
export function findSentenceDate(layer: DateLayer, sentence: number): DateMention | null {
  const inSentence = layer.mentions.filter((mention) => mention.sentence === sentence);
  return inSentence.find((m) => m.rule === 'dates/caption') ?? inSentence.find((m) => m.precision === 'day') ?? null;
}

export { createDateParser } from './parser.js';

export const datesStage: Stage<DatesContext> = {
  name: 'dates',
  requires: ['segmentation'],
  provides: ['dates'],
  run: (doc, ctx, layers) => ({ dates: findDates(doc, layers.segmentation as Segmentation, ctx.dateParser) }),
};
