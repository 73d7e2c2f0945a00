/**
 * Cheap test run before chrono (which costs far more per sentence): a sentence can only hold a
 * date if it has a digit, a month or weekday name, or a relative day word.
 */
const DATE_CUE = /\d|\b(?:mon|tue|wed|thu|fri|sat|sun)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this)\b/i;

export function hasDateCue(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}

/** Words that put a sentence in the future: "will", "next", "upcoming" (dates then count forward). */
const FUTURE_CUE = /\b(?:will|shall|next|upcoming|scheduled|plans? to|planning to|going to|expected to|due to|to be held|later this)\b/i;

export function isFutureSentence(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}
