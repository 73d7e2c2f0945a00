import type { RawAnalysis } from '../../nlp/tagger.js';
import type { AlignedTokens } from './align.js';

const CLOSING_QUOTES = new Set(['”', '’', '»', '›']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);

/**
 * Decides, for every kept token, whether it opens a sentence. Three rules, in order:
 * 1. the tagger's sentence boundaries;
 * 2. a line break between two tokens always ends a sentence: headlines, datelines and
 *    photo captions carry no final full stop, and must not run into the next paragraph;
 * 3. a closing quotation mark never opens a sentence: `“… crime.” He claimed` ends after `”`;
 * 4. after a closing quote that follows `.`, `!` or `?`, a capitalised word opens a sentence
 *    (`He said "no." Then he left.`) unless a short attribution follows (`"Why?" Smith asked.`);
 *    a lower-case word never does (`“Don’t forget Aleppo!” he shouted.`), even where the tagger split.
 */
export function findSentenceStarts(text: string, aligned: AlignedTokens, raw: RawAnalysis): boolean[] {
  const rawSentence = rawSentenceIndex(raw);
  const count = aligned.start.length;
  const starts = new Array<boolean>(count).fill(false);
  for (let k = 0; k < count; k++) {
    if (k === 0) {
      starts[k] = true;
      continue;
    }
    const taggerBreak = rawSentence[aligned.rawIndex[k] ?? 0] !== rawSentence[aligned.rawIndex[k - 1] ?? 0];
    starts[k] = taggerBreak || hasLineBreak(text, aligned.end[k - 1] ?? 0, aligned.start[k] ?? 0);
  }
  attachClosingQuotes(text, aligned, starts);
  breakAfterQuotedSentences(text, aligned, raw, starts);
  return starts;
}

const FINAL_PUNCTUATION = new Set(['.', '!', '?']);
const SPEECH_LEMMAS = new Set(['say', 'tell', 'ask', 'add', 'claim', 'state', 'write', 'insist', 'shout', 'reply', 'declare']);

function breakAfterQuotedSentences(text: string, aligned: AlignedTokens, raw: RawAnalysis, starts: boolean[]): void {
  for (let k = 2; k < starts.length; k++) {
    // Every quotation mark is one UTF-16 unit: test that before slicing anything (this runs per token).
    if ((aligned.end[k - 1] ?? 0) - (aligned.start[k - 1] ?? 0) !== 1) continue;
    const quote = tokenText(aligned, k - 1);
    if (!(CLOSING_QUOTES.has(quote) || STRAIGHT_QUOTES.has(quote))) continue;
    const before = tokenText(aligned, k - 2);
    if (!FINAL_PUNCTUATION.has(before.slice(-1))) continue;
    if ((aligned.start[k] ?? 0) === (aligned.end[k - 1] ?? 0)) continue;
    if (hasLineBreak(text, aligned.end[k - 1] ?? 0, aligned.start[k] ?? 0)) continue;
    const capitalised = /^[\p{Lu}“"‘]/u.test(tokenText(aligned, k));
    starts[k] = capitalised && !isShortAttribution(raw, aligned, k);
  }
}

/**
 * `Smith asked.`, `Odinga told reporters on Monday.`: a speech verb soon, then nothing but
 * a few verbless words to the end of the sentence. `He claimed the army would pay.` has content
 * (another verb) after the speech verb, so it is a sentence of its own.
 */
function isShortAttribution(raw: RawAnalysis, aligned: AlignedTokens, k: number): boolean {
  let speechAt = -1;
  for (let j = k; j < Math.min(k + 8, aligned.rawIndex.length); j++) {
    const rawIndex = aligned.rawIndex[j] ?? 0;
    const value = raw.values[rawIndex] ?? '';
    if (FINAL_PUNCTUATION.has(value) || value === ',') return speechAt >= 0;
    const pos = raw.pos[rawIndex] ?? '';
    if (speechAt < 0 && SPEECH_LEMMAS.has(raw.lemma[rawIndex] ?? '')) speechAt = j;
    else if (speechAt < 0 && j - k >= 3) return false;
    else if (speechAt >= 0 && (pos === 'VERB' || pos === 'AUX' || j - speechAt > 4)) return false;
  }
  return false;
}

function tokenText(aligned: AlignedTokens, k: number): string {
  return aligned.surface[k] ?? '';
}

function rawSentenceIndex(raw: RawAnalysis): Int32Array {
  const index = new Int32Array(raw.values.length).fill(-1);
  raw.sentenceTokens.forEach(([first, last], sentence) => {
    for (let i = first; i <= last && i < index.length; i++) index[i] = sentence;
  });
  return index;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13 || ch === 0x2029) return true;
  }
  return false;
}

function attachClosingQuotes(text: string, aligned: AlignedTokens, starts: boolean[]): void {
  let sentenceBegin = 0;
  for (let k = 1; k < starts.length; k++) {
    if (!starts[k]) continue;
    const begin = aligned.start[k] ?? 0;
    const token = tokenText(aligned, k);
    const glued = begin === aligned.end[k - 1];
    if (glued && isClosingQuote(token, text.slice(aligned.start[sentenceBegin], aligned.end[k - 1]))) {
      starts[k] = false;
      if (k + 1 < starts.length && !hasLineBreak(text, aligned.end[k] ?? 0, aligned.start[k + 1] ?? 0)) {
        starts[k + 1] = true;
      }
      continue;
    }
    sentenceBegin = k;
  }
}

/** A curly closer always closes; a straight quote closes when the sentence so far has an odd number of them. */
function isClosingQuote(token: string, sentenceSoFar: string): boolean {
  if (CLOSING_QUOTES.has(token)) return true;
  if (!STRAIGHT_QUOTES.has(token)) return false;
  let count = 0;
  for (const ch of sentenceSoFar) if (ch === token) count++;
  return count % 2 === 1;
}
