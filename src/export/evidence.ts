import type { CodedDocument, OutEvent } from '../contract/types.js';

/** The text of the sentence an event was found in (its evidence), whitespace runs collapsed. */
export function findEvidenceSentence(doc: CodedDocument, event: OutEvent): string {
  const sentence = doc.sentences[event.sentence];
  const span = sentence ?? { start: event.trigger.start, end: event.trigger.end };
  return doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** The event's day: its own date, else the article's dateline. */
export function pickEventDay(doc: CodedDocument, event: OutEvent): string | null {
  return event.date ?? doc.date;
}
