import type { Hit } from './candidates.js';
import { lemmaAt, lemmaGuesses, lowerAt, posAt, type SentenceView } from './view.js';

export type CasualtyKind = 'killed' | 'injured' | 'arrested';

const KINDS: readonly CasualtyKind[] = ['killed', 'injured', 'arrested'];
const LEFT_REACH = 7;
const RIGHT_REACH = 7;

/** Which count a trigger reports ("killed" → killed, "wounded" → injured, "detained" → arrested), or null. */
export function casualtyKind(view: SentenceView, i: number): CasualtyKind | null {
  // tokenHasCue per kind, with the lemma guesses made once instead of once per kind (this runs for every hit).
  const lemma = lemmaAt(view, i);
  const guesses = lemmaGuesses(lowerAt(view, i));
  for (const kind of KINDS) {
    const words = view.res.cues.get(kind);
    if (words && (words.has(lemma) || guesses.some((guess) => words.has(guess)))) return kind;
  }
  return null;
}

/**
 * The number of people a casualty verb reports: in the object after an active verb ("killed four
 * gunmen"), in the subject before a passive or intransitive one ("44 others injured", "three died").
 * Vague quantities follow ACLED's conservative values (quantities.tsv: dozens → 12, hundreds → 100).
 */
export function readCount(view: SentenceView, hit: Hit, passive: boolean): number | null {
  const intransitive = lemmaAt(view, hit.index) === 'die';
  if (!passive && !intransitive) {
    const end = Math.min(view.end, hit.index + RIGHT_REACH, hit.args.windowEnd);
    return countIn(view, hit.index + 1, end);
  }
  let k = hit.index - 1;
  while (k >= view.first && (posAt(view, k) === 'AUX' || posAt(view, k) === 'ADV')) k--;
  let start = k;
  while (start - 1 >= view.first && hit.index - start < LEFT_REACH && isCountPhraseToken(view, start - 1)) start--;
  return countIn(view, start, k + 1);
}

function isCountPhraseToken(view: SentenceView, k: number): boolean {
  const pos = posAt(view, k);
  return pos === 'NUM' || pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ' || pos === 'DET' || lowerAt(view, k) === 'least' || lowerAt(view, k) === 'of';
}

/** First number in [from, to): digits or number words, multiplied by a following "hundred"/"dozen". */
export function countIn(view: SentenceView, from: number, to: number): number | null {
  const { quantities } = view.res;
  for (let k = from; k < to; k++) {
    const lower = lowerAt(view, k);
    let value = parseDigits(lower);
    if (value === null && (lower === 'a' || lower === 'an')) {
      const next = k + 1 < to ? lowerAt(view, k + 1) : '';
      if (next === 'dozen' || next === 'hundred' || next === 'thousand') value = 1;
      else continue;
    }
    if (value === null) value = quantities.get(lower) ?? null;
    if (value === null) continue;
    const next = k + 1 < to ? quantities.get(lowerAt(view, k + 1)) : undefined;
    if (next !== undefined && (next === 100 || next === 1000 || next === 12) && value < next) value *= next;
    return value;
  }
  return null;
}

function parseDigits(word: string): number | null {
  if (!/^\d[\d,]*$/.test(word)) return null;
  const value = Number(word.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
