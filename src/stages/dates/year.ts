import type { LocalDate } from './resolve.js';

/** A year followed by a plural noun is a count ("in 2000 homes"), not a year. */
const BARE_YEAR = /\b(?:in|since|by|until|till|from|during|before|after|of|through)\s+((?:19|20)\d\d)\b(?![.,]\d|\s*(?:%|per\s?cent))(?!\s+(?!(?:as|is|was|has|this|elections?|polls?)\b)[a-z]+s\b)/gi;

/** "in 2019", "since 2014": a bare year after a preposition (chrono leaves these alone). */
export function findBareYears(sentence: string): LocalDate[] {
  const found: LocalDate[] = [];
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const year = match[1] ?? '';
    const index = (match.index ?? 0) + match[0].length - year.length;
    found.push({ index, length: year.length, value: `${year}-01-01`, precision: 'year', rule: 'dates/year' });
  }
  return found;
}
