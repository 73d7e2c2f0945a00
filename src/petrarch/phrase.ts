import type { DictionaryPhrase } from './types.js';

const WORD = /([\s_]*)([^\s_]+)/g;
const BLANK = /\s/;

/**
 * Splits a dictionary phrase on blanks and `_` into upper-cased words. A trailing `_` (TABARI's
 * "whole word" mark) leaves no empty word; `loose[i]` records a blank before word i.
 */
export function parsePhrase(text: string): DictionaryPhrase {
  const words: string[] = [];
  const loose: boolean[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    loose.push(words.length > 0 && BLANK.test(m[1]!));
    words.push(m[2]!.toUpperCase());
  }
  return { words, loose };
}

/** The phrase as one key: words joined by single blanks. */
export function phraseKey(words: readonly string[]): string {
  return words.join(' ');
}
