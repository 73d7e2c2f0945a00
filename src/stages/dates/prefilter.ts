/**
 * Cheap test run before chrono (which costs far more per sentence): a sentence can only hold a
 * calendar date if it names a month or weekday, a relative day, a year, or a numeric date.
 * Bare counts ("12 people", "5 p.m.") do not pass: chrono would only find clock times there.
 */
const DATE_CUE = new RegExp(
  [
    // Month and weekday names count only capitalised: "may" and "march" in lower case are words.
    String.raw`\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b`,
    String.raw`\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b`,
    String.raw`\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b`,
    String.raw`\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|[Ww]eekend)\b`,
    String.raw`\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?:month|year)\b`,
    String.raw`\b(?:1[89]|20)\d\d\b`,
    String.raw`\b\d{1,2}[/.-]\d{1,2}\b`,
  ].join('|'),
);

export function hasDateCue(sentence: string): boolean {
  return DATE_CUE.test(sentence);
}

/** Words that put a sentence in the future: "will", "next", "upcoming", "called for" (dates then count forward). */
const FUTURE_CUE = /\b(?:will|shall|next|upcoming|scheduled|slated|set to|plans? to|planning to|going to|expected to|due to|to be held|later this|due (?:in|on|by)|call(?:s|ed)? for)\b/i;

export function isFutureSentence(sentence: string): boolean {
  return FUTURE_CUE.test(sentence);
}
