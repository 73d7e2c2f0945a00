/**
 * Accent- and punctuation-folding of place names, shared by the gazetteer compiler and the
 * stage so both sides of a lookup agree: "Janīn" and "Jenin"-style variants meet on plain ASCII.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h',
};
const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /['’‘`ʼʻʿʾ´]/g;
const DASHES = /[-‐‑‒–—_]/g;
const SPACES = /\s+/g;
/** Anything beyond lower-casing: non-ASCII, apostrophes, dashes, odd spacing. */
const NEEDS_WORK = /[^\x21-\x7e ]|['`_-]| {2}|^ | $/;

/** Lower case, no diacritics, no apostrophes, dashes as spaces, single spaces. */
export function foldName(name: string): string {
  if (!NEEDS_WORK.test(name)) return name.toLowerCase();
  let out = name.normalize('NFD').replace(MARKS, '').toLowerCase();
  if (/[^\x20-\x7e]/.test(out)) out = Array.from(out, (ch) => SPECIAL[ch] ?? ch).join('');
  return out.replace(QUOTES, '').replace(DASHES, ' ').replace(SPACES, ' ').trim();
}

const ARABIC_ARTICLE = /^(?:al|el|ar|as|ash|ad|an|az|at|ath|adh|ag|ak|ul|ud)\s+(?=\S{3})/;
/** In running English text only "al-"/"el-" are safe to drop: "At St. Paul" and "An Axel" are English. */
const TEXT_ARTICLE = /^(?:al|el)\s+(?=\S{3})/;

/**
 * A looser second key for transliterated names: without the Arabic article and a final "h"
 * after "a" ("Ar Raqqah" and "Raqqa" both become "raqqa"). Gazetteer names drop every form of
 * the article; text drops only "al"/"el".
 */
export function looseName(folded: string, side: 'gazetteer' | 'text' = 'gazetteer'): string {
  return folded.replace(side === 'text' ? TEXT_ARTICLE : ARABIC_ARTICLE, '').replace(/ah$/, 'a').replace(/iyya$/, 'iya');
}
