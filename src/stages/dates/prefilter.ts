/**
 * Cheap test run before chrono (which costs far more per sentence): a sentence can only hold a
 * calendar date if it names a month or weekday, a relative day, a year, or a numeric date.
 * Bare counts ("12 people", "5 p.m.") do not pass: chrono would only find clock times there.
 */
const DATE_CUE = new RegExp(
  [
    String.raw`\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`,
    String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b`,
    String.raw`\b(?:today|tonight|yesterday|tomorrow|ago|weekend)\b`,
    String.raw`\b(?:last|this|next|past)\s+(?:month|year)\b`,
    String.raw`\b(?:1[89]|20)\d\d\b`,
    String.raw`\b\d{1,2}[/.-]\d{1,2}\b`,
  ].join('|'),
  'i',
);

export function hasDateCue(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}

/** Words that put a sentence in the future: "will", "next", "upcoming", "called for" (dates then count forward). */
const FUTURE_CUE = /\b(?:will|shall|next|upcoming|scheduled|slated|set to|plans? to|planning to|going to|expected to|due to|to be held|later this|due (?:in|on|by)|call(?:s|ed)? for)\b/i;

export function isFutureSentence(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}
