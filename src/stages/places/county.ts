import type { Sentence, TokenTable } from '../../core/tokens.js';
import { isCapitalised } from './match.js';

/** Words that close a US/UK county-level name: "Metcalfe County", "Plymouth Co.", "Orleans Parish" (not "borough": London has them too). */
const COUNTY_WORDS = new Set(['county', 'co.', 'parish']);

/** Capitalised at the start of a sentence or a title, but never part of a county's name. */
const FUNCTION_WORDS = new Set(['the', 'in', 'at', 'of', 'and', 'from', 'for', 'to', 'on', 'near', 'a', 'an', 'by', 'with']);

/** A "<Name> County" span: a second-level region our gazetteer has no row for. */
export interface CountySpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** Finds "<Capitalised words> County" in a sentence (at most three name words). */
export function findCounties(text: string, tokens: TokenTable, sentence: Sentence): CountySpan[] {
  const found: CountySpan[] = [];
  for (let k = sentence.tokenStart + 1; k < sentence.tokenEnd; k++) {
    const word = tokens.lower[k] ?? '';
    const joined = word === 'co' && tokens.value[k + 1] === '.' ? 'co.' : word;
    if (!COUNTY_WORDS.has(joined) || !isCapitalised(tokens.value[k] ?? '')) continue;
    let first = k;
    while (first - 1 >= sentence.tokenStart && k - first < 3 && isCapitalised(tokens.value[first - 1] ?? '') && !COUNTY_WORDS.has(tokens.lower[first - 1] ?? '') && !FUNCTION_WORDS.has(tokens.lower[first - 1] ?? '')) first--;
    if (first === k) continue;
    const last = joined === 'co.' && word === 'co' ? k + 1 : k;
    const start = tokens.start[first] ?? 0;
    const end = tokens.end[last] ?? 0;
    const name = `${text.slice(start, tokens.end[k - 1] ?? 0)} County`;
    found.push({ tokenStart: first, tokenEnd: last + 1, start, end, name: titleCase(name) });
  }
  return found;
}

/** "PLYMOUTH County" → "Plymouth County" (datelines are often in capitals). */
function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => (word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word));
}
