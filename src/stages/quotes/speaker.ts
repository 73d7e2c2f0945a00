import type { TokenTable } from '../../core/tokens.js';

/** Token range [start, end) of a speaker phrase. */
export type TokenRange = readonly [number, number];

const NOUN_PHRASE_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
/** Words between a subject and its cue verb: `has also said`, `would not say`. */
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);
/** `…, which advocates say …`: the relative word is not part of the speaker. */
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'whom', 'whose', 'who']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const NOT_SUBJECTS = new Set(['that', 'which', 'what', 'this', 'there', 'who', 'whom', 'as', 'so']);
/** Dates are not speakers: `said Monday`. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'earlier', 'later', 'last', 'recently', 'then', 'also', 'again',
]);

function isNounish(tokens: TokenTable, k: number): boolean {
  const pos = tokens.pos[k] ?? '';
  const lower = tokens.lower[k] ?? '';
  if (lower === '.') return k > 0 && isAbbreviation(tokens.value[k - 1] ?? ''); // `Rep.`, `D-Wis.`, not a sentence end
  if (lower === "'s" || lower === '’s' || lower === '-' || lower === '&') return true;
  if (pos === 'VERB' && (tokens.value[k] ?? '').length > 1 && isCapitalised(tokens.value[k] ?? '')) return true; // names the tagger takes for verbs: `said Lynch`
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
  let end = j + 1;
  if (j >= floor && (tokens.value[j] === '--' || tokens.value[j] === '—')) {
    // `Kall -- co-editor of a book on debates -- said`: the name before the dashed apposition heads the speaker.
    let open = j - 1;
    while (open > floor && tokens.value[open] !== tokens.value[j] && j - open < 30) open--;
    if (tokens.value[open] === tokens.value[j] && open > floor) j = open - 1;
    else return null;
  }
  if (j >= floor && tokens.value[j] === ')') {
    let open = j;
    while (open > floor && tokens.value[open] !== '(' && j - open < 8) open--;
    if (tokens.value[open] === '(') j = open - 1;
    else end = j;
  }
  const headEnd = j + 1;
  while (j >= floor && headEnd - j <= 12) {
    if (tokens.lower[j] === 'what') break; // `what he called …`: the caller checks the word before the subject
    if (isNounish(tokens, j)) {
      j--;
      continue;
    }
    const lower = tokens.lower[j] ?? '';
    if ((lower === 'of' || lower === 'and') && j - 1 >= floor && isNounish(tokens, j - 1) && j + 1 < headEnd) {
      j--;
      continue;
    }
    break;
  }
  let start = j + 1;
  while (start < headEnd && (tokens.lower[start] === '.' || tokens.lower[start] === '-' || RELATIVES.has(tokens.lower[start] ?? ''))) start++;
  if (start >= headEnd) return null;
  if (headEnd - start === 1 && NOT_SUBJECTS.has(tokens.lower[start] ?? '')) return null;
  // `the clip the …`, `his …`: a phrase ending in a determiner or possessive is a tagging slip, not a speaker.
  const lastPos = tokens.pos[headEnd - 1] ?? '';
  if (lastPos === 'DET' || (lastPos === 'PRON' && POSSESSIVES.has(tokens.lower[headEnd - 1] ?? ''))) return null;
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
    if ((lower === 'of' || lower === 'and') && k > from && k + 1 < limit && isNounish(tokens, k + 1)) {
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

function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0);
  return value.length >= 1 && code >= 65 && code <= 90;
}

/** `Rep`, `Sen`, `D-Wis`, `U.S`, `Mr`: short capitalised words (or with a hyphen) that a full stop follows without ending a sentence. */
function isAbbreviation(value: string): boolean {
  return isCapitalised(value) && (value.length <= 4 || value.includes('-') || value.includes('.'));
}
