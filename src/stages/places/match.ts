import type { Sentence, TokenTable } from '../../core/tokens.js';
import { foldName, looseName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';

/** How a span was found in the gazetteer; becomes the mention's rule id. */
export type MatchRule = 'gazetteer' | 'alias' | 'variant' | 'demonym';

/** A token span whose characters name one or more gazetteer entries. */
export interface Match {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly entries: readonly number[];
  readonly rule: MatchRule;
  /** The entry an exonym in aliases.tsv names (-1 when none): reported with rule places/alias. */
  readonly alias: number;
}

/** Longest span tried, in tokens: the tagger splits names like "Janīn" into several tokens. */
const MAX_SPAN_TOKENS = 7;
const MAX_SPAN_CHARS = 48;
/** Keys looseName(…, 'text') may shorten: only these can match although absent from `keys` (string tests, no regex, on the hot path). */
function mayShorten(key: string): boolean {
  return key.startsWith('al ') || key.startsWith('el ') || key.endsWith('ah') || key.endsWith('iyya');
}
/** Tokens (lower-cased) that may sit inside a name ("Bosnia and Herzegovina", "Deir ez-Zor", "U.S."). */
const INNER = new Set(['.', "'", '’', '‘', 'ʿ', 'ʾ', '‑', '-', ...'of and the de del la le el al ez es ad an ar as at az on upon du da do dos das di van von der den bin ibn abu bani beni'.split(' ')]);

export function isCapitalised(value: string): boolean {
  const first = value.charCodeAt(0);
  return (first >= 65 && first <= 90) || (first > 127 && value[0] !== value[0]?.toLowerCase());
}

/** Scans a sentence left to right, taking the longest gazetteer match at each capitalised token. */
export function findMatches(text: string, tokens: TokenTable, sentence: Sentence, gaz: Gazetteer): Match[] {
  const matches: Match[] = [];
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    const value = tokens.value[i] ?? '';
    const match = isCapitalised(value) ? matchAt(text, tokens, i, sentence.tokenEnd, gaz) : null;
    if (match) {
      matches.push(match);
      i = match.tokenEnd;
    } else {
      i++;
    }
  }
  return matches;
}

function matchAt(text: string, tokens: TokenTable, first: number, limit: number, gaz: Gazetteer): Match | null {
  const start = tokens.start[first] ?? 0;
  let last = first;
  // Extend the window over name-like tokens only, then try it longest first.
  while (last + 1 < limit && last + 1 - first < MAX_SPAN_TOKENS) {
    const next = tokens.value[last + 1] ?? '';
    if ((tokens.end[last + 1] ?? 0) - start > MAX_SPAN_CHARS) break;
    if (!isCapitalised(next) && !INNER.has(tokens.lower[last + 1] ?? '') && !isJoined(tokens, last)) break;
    if (hasLineBreak(text, tokens.end[last] ?? 0, tokens.start[last + 1] ?? 0)) break;
    last++;
  }
  for (let end = longestPossibleEnd(text, tokens, first, last, gaz); end > first; end--) {
    const lastValue = tokens.value[end - 1] ?? '';
    if (end - 1 > first && !isCapitalised(lastValue) && lastValue !== '.' && !isJoined(tokens, end - 2)) continue;
    const surfaceEnd = tokens.end[end - 1] ?? start;
    const surface = text.slice(start, surfaceEnd);
    const key = foldName(surface);
    const found = lookup(gaz, key, surface);
    if (found) return { tokenStart: first, tokenEnd: end, start, end: surfaceEnd, key, ...found };
  }
  return null;
}

/**
 * Token end (exclusive) past which no span from `first` can name anything, so the longest-first
 * trials skip it. Tokens glued together form a word; a span reaching past word w has a key that
 * starts with the folded words up to w plus a space, so when those words begin no gazetteer key,
 * nothing longer matches. Spans starting "al"/"el" are not cut: their article may be dropped.
 */
function longestPossibleEnd(text: string, tokens: TokenTable, first: number, last: number, gaz: Gazetteer): number {
  const start = tokens.start[first] ?? 0;
  let wordEnd = first;
  for (let firstWord = true; ; firstWord = false) {
    while (wordEnd < last && tokens.end[wordEnd] === tokens.start[wordEnd + 1]) wordEnd++;
    if (wordEnd >= last || !isBlankBetween(text, tokens.end[wordEnd] ?? 0, tokens.start[wordEnd + 1] ?? 0)) return last + 1;
    const prefix = foldName(text.slice(start, tokens.end[wordEnd] ?? 0));
    if (firstWord && ARTICLE.test(prefix)) return last + 1;
    if (!gaz.keyPrefixes.has(prefix)) return wordEnd + 1;
    wordEnd++;
  }
}

const ARTICLE = /^(?:al|el)(?: |$)/;

function isBlankBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let at = from; at < to; at++) if (!/\s/.test(text[at] ?? '')) return false;
  return true;
}

function isAllCaps(surface: string): boolean {
  return /^[A-Z.\s]+$/.test(surface);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

/** True when token k+1 follows token k with no space (parts of one word split by the tagger). */
function isJoined(tokens: TokenTable, k: number): boolean {
  return (tokens.end[k] ?? -1) === (tokens.start[k + 1] ?? -2) && /^\p{L}/u.test(tokens.value[k + 1] ?? '');
}

function lookup(gaz: Gazetteer, key: string, surface: string): Pick<Match, 'entries' | 'rule' | 'alias'> | null {
  // Most spans tried are not names: one set lookup settles them (the article form needs its own).
  if (!gaz.keys.has(key) && !mayShorten(key)) return null;
  // A demonym beats a town of the same name ("Canadian", Texas).
  const demonym = gaz.demonyms.get(key);
  if (demonym !== undefined) return { entries: [demonym], rule: 'demonym', alias: -1 };
  // "ACT", "NSW", "US" name places only in capitals: "Act" and "us" are words.
  if (gaz.capsOnly.has(key) && !isAllCaps(surface)) return null;
  // An exonym adds its place to the candidates rather than replacing them: context still decides.
  const alias = gaz.aliases.get(key) ?? -1;
  const named = gaz.names.get(key);
  if (named) return { entries: alias >= 0 && !named.includes(alias) ? [alias, ...named] : named, rule: 'gazetteer', alias };
  if (alias >= 0) return { entries: [alias], rule: 'alias', alias };
  const loose = looseName(key, 'text');
  const fromLoose = gaz.loose.get(loose);
  const fromNames = loose === key ? undefined : gaz.names.get(loose);
  if (!fromLoose && !fromNames) return null;
  const variants = fromLoose && fromNames ? [...fromLoose, ...fromNames] : (fromLoose ?? fromNames ?? []);
  return { entries: variants, rule: 'variant', alias };
}
