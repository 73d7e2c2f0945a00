import * as chrono from 'chrono-node';

/** chrono parsers that only find clock times or durations: a calendar day never comes from them. */
const TIME_ONLY = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const TIME_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner']);

/**
 * What each kept chrono parser cannot match without (case-insensitive, as chrono matches): a
 * digit, a month or weekday name (every spelling chrono knows starts with these three letters),
 * or its key words. A parser whose gate fails on a sentence would find nothing there, so leaving it
 * out changes no result — it only spares a regex scan of the sentence (chrono tries every parser's
 * pattern at every position).
 */
const DIGIT = /\d/;
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY = /sun|mon|tue|wed|thu|fri|sat|week/i; // chrono's weekday parser also reads "weekend", "weekday"
const GATES: Readonly<Record<string, RegExp>> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENYearMonthNameParser: DIGIT,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: WEEKDAY,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
};

/** The date parser the dates stage uses: chrono's, run with only the parsers a sentence can need. */
export interface DateParser {
  parse(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[];
}

/**
 * chrono's casual English configuration without its time-of-day parsers ("at 5 p.m." never
 * becomes a date), pre-built for every combination of gates (7 gates: 128 instances) so that each
 * sentence runs only the parsers whose gate it passes. Built once and shared, read-only, through
 * the stage context.
 */
export function createDateParser(): DateParser {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  const parsers = config.parsers.filter((parser) => !TIME_ONLY.has(parser.constructor.name));
  const refiners = config.refiners.filter((refiner) => !TIME_REFINERS.has(refiner.constructor.name));
  const gates = [...new Set(parsers.map((parser) => GATES[parser.constructor.name]))];
  // A parser without a known gate (a newer chrono) always runs.
  const gateOf = parsers.map((parser) => gates.indexOf(GATES[parser.constructor.name]));
  const byMask: chrono.Chrono[] = [];
  for (let mask = 0; mask < 1 << gates.length; mask++) {
    const chosen = parsers.filter((_, i) => gates[gateOf[i] as number] === undefined || (mask & (1 << (gateOf[i] as number))) !== 0);
    byMask.push(new chrono.Chrono({ parsers: chosen, refiners }));
  }
  return {
    parse(text, reference) {
      let mask = 0;
      gates.forEach((gate, bit) => {
        if (gate?.test(text)) mask |= 1 << bit;
      });
      return (byMask[mask] as chrono.Chrono).parse(text, reference);
    },
  };
}
