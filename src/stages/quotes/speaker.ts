import type { TokenTable } from '../../core/tokens.js';

/** Token range [start, end) of a speaker phrase. */
export type TokenRange = readonly [number, number];

const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
/** Words between a subject and its cue verb: `has also said`, `would not say`. */
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);
const NOT_SUBJECTS = new Set(['that', 'which', 'what', 'this', 'there', 'who', 'whom', 'as', 'so']);
/** Dates are not speakers: `said Monday`. */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'earlier', 'later', 'last', 'recently', 'then', 'also', 'again',
]);

function isNounish(tokens: TokenTable, k: number): boolean {
  const pos = tokens.pos[k] ?? '';
  const lower = tokens.lower[k] ?? '';
  if (lower === "'s" || lower === '’s' || lower === '.' || lower === '-' || lower === '&') return true;
  return NOUN_PHRASE_POS.has(pos) && !TIME_WORDS.has(lower);
}

/**
 * The subject left of a cue: skips `has also`, then takes the noun phrase (names, titles,
 * possessives, `of` inside a phrase, a trailing parenthesis such as `(R-Utah)`), and looks
 * through `X, who said`. Returns null when no subject stands there.
 */
export function findSubjectBefore(tokens: TokenTable, cue: number, floor: number): TokenRange | null {
  let j = cue - 1;
  while (j >= floor && BETWEEN_POS.has(tokens.pos[j] ?? '') && (tokens.lower[j] ?? '') !== 'that') j--;
  if (j >= floor && (tokens.lower[j] === 'who' || tokens.lower[j] === 'which') && tokens.lower[j - 1] === ',') j -= 2;
  if (j >= floor && tokens.value[j] === ')') {
    let open = j;
    while (open > floor && tokens.value[open] !== '(' && j - open < 8) open--;
    if (tokens.value[open] === '(') j = open - 1;
  }
  const end = j + 1;
  while (j >= floor && end - j <= 12) {
    if (isNounish(tokens, j)) {
      j--;
      continue;
    }
    const lower = tokens.lower[j] ?? '';
    if ((lower === 'of' || lower === 'and') && j - 1 >= floor && isNounish(tokens, j - 1) && j + 1 < end) {
      j--;
      continue;
    }
    break;
  }
  let start = j + 1;
  while (start < end && (tokens.lower[start] === '.' || tokens.lower[start] === '-')) start++;
  if (start >= end) return null;
  if (end - start === 1 && NOT_SUBJECTS.has(tokens.lower[start] ?? '')) return null;
  return [start, end];
}

/** A speaker after the cue (`said PA spokesman Nabil Abu Rudaineh`): a noun phrase up to the first non-noun. */
export function findSpeakerAfter(tokens: TokenTable, from: number, limit: number): TokenRange | null {
  let k = from;
  while (k < limit && k - from < 12) {
    if (isNounish(tokens, k)) {
      k++;
      continue;
    }
    const lower = tokens.lower[k] ?? '';
    if (lower === 'of' && k > from && k + 1 < limit && isNounish(tokens, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  let end = k;
  while (end > from && (tokens.lower[end - 1] === '.' || tokens.lower[end - 1] === '-')) end--;
  if (end <= from) return null;
  if (end - from === 1 && NOT_SUBJECTS.has(tokens.lower[from] ?? '')) return null;
  return [from, end];
}

export function isPronoun(tokens: TokenTable, range: TokenRange): boolean {
  return range[1] - range[0] === 1 && tokens.pos[range[0]] === 'PRON';
}
