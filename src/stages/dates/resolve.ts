import type { ParsedResult } from 'chrono-node';
import { addDays, compareDays, formatDay, weekdayOf, type Day } from './calendar.js';
import type { DateMention } from './types.js';

/** A date mention before it gets its sentence index and document offsets. */
export type LocalDate = Omit<DateMention, 'sentence' | 'start' | 'end'> & { readonly index: number; readonly length: number };

const LEADING_WORDS = /^(?:(?:on|in|at|by|since|from|until|till|the|of|during)\s+)+/i;
const MODIFIED = /\b(?:last|next|this|past|coming|ago)\b/i;
/** Month names that are also common words or a surname ("troops march", "Theresa May"). */
const AMBIGUOUS_MONTH = /^(?:may|march)$/i;
const TRAILING_SHORT_YEAR = /[\s,]+'?\d{2}$/;
const MONTH_CUE = /\b(?:in|since|by|until|till|from|of|early|late|mid|last|next|this|during|before|after|through|throughout|between|and|or|to)\s*-?\s*$/i;

/**
 * Turns one chrono result into a date mention, or null when it is not a calendar date (times
 * only, "march" the verb, "May" the name). Dates without a year or a weekday alone count back
 * from the dateline — news reports the past — unless the sentence speaks of the future.
 */
export function resolveResult(result: ParsedResult, sentence: string, ref: Day | null, future: boolean): LocalDate | null {
  const c = result.start;
  const lead = LEADING_WORDS.exec(result.text)?.[0].length ?? 0;
  let text = result.text.slice(lead).replace(/[\s,;:]+$/, '');
  // "May, 40 died": chrono reads a following count as a two-digit year; keep the month alone.
  const shortYear = c.isCertain('year') && c.isCertain('month') && !/\d{4}/.test(text) ? TRAILING_SHORT_YEAR.exec(text) : null;
  if (shortYear) text = text.slice(0, shortYear.index);
  const index = result.index + lead;
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasWeekday = c.isCertain('weekday');
  if (!c.isCertain('year') && !hasMonth && !hasDay && !hasWeekday) return null;
  if (/^(?:last|this|next|past) (?:month|year)$/i.test(text)) return relativePeriod(result, text, index);
  if (!/\d/.test(text) && hasMonth && !hasDay && isMonthWordOnly(text, sentence.slice(0, index))) return null;
  const base = { index, length: text.length };
  const hasYear = c.isCertain('year') && !shortYear;
  if (hasYear && (hasDay || hasMonth || !hasWeekday)) {
    return { ...base, value: formatDay(componentsOf(result)), precision: precisionOf(hasDay, hasMonth), rule: 'dates/chrono' };
  }
  if (!ref) return null;
  if (hasWeekday && !hasDay && !MODIFIED.test(result.text)) {
    return { ...base, value: formatDay(countWeekday(ref, c.get('weekday') ?? 0, future)), precision: 'day', rule: 'dates/weekday-backward' };
  }
  if (hasMonth && !hasYear) {
    const { month, day } = componentsOf(result);
    const dated = countMonth(ref, month, hasDay ? day : 1, future);
    return { ...base, value: formatDay(dated), precision: hasDay ? 'day' : 'month', rule: 'dates/month-backward' };
  }
  return { ...base, value: formatDay(componentsOf(result)), precision: 'day', rule: 'dates/chrono' };
}

/** "march"/"may" as words, or a month name in lower case: only a date after a cue word. */
function isMonthWordOnly(text: string, before: string): boolean {
  if (text[0] === text[0]?.toLowerCase()) return true;
  return AMBIGUOUS_MONTH.test(text.trim()) && !MONTH_CUE.test(before);
}

function componentsOf(result: ParsedResult): Day {
  const c = result.start;
  return { year: c.get('year') ?? 1970, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
}

function precisionOf(hasDay: boolean, hasMonth: boolean): DateMention['precision'] {
  return hasDay ? 'day' : hasMonth ? 'month' : 'year';
}

/** The same weekday as the dateline is the dateline; otherwise the last one before it (or the next one). */
export function countWeekday(ref: Day, weekday: number, future: boolean): Day {
  const today = weekdayOf(ref);
  if (today === weekday) return ref;
  return future ? addDays(ref, (weekday - today + 7) % 7) : addDays(ref, -((today - weekday + 7) % 7));
}

/** The last such month (and day) on or before the dateline, or the next one for future text. */
export function countMonth(ref: Day, month: number, day: number, future: boolean): Day {
  const sameYear = { year: ref.year, month, day };
  const order = compareDays(sameYear, ref);
  if (future) return order >= 0 ? sameYear : { ...sameYear, year: ref.year + 1 };
  return order <= 0 ? sameYear : { ...sameYear, year: ref.year - 1 };
}

/** "last month", "last year": the period, at month or year precision. */
function relativePeriod(result: ParsedResult, text: string, index: number): LocalDate {
  const day = componentsOf(result);
  const isYear = /year$/i.test(text);
  const value = formatDay({ year: day.year, month: isYear ? 1 : day.month, day: 1 });
  return { index, length: text.length, value, precision: isYear ? 'year' : 'month', rule: 'dates/chrono' };
}
