import type { Segmentation, TokenTable } from '../../core/tokens.js';

const CREDIT_WORDS = new Set(['credit', 'credits', 'photo', 'photos', 'photograph', 'picture', 'image', 'images', 'video', 'file']);
const AGENCY_TAILS = new Set(['photo', 'images', 'pool', 'handout']);
const BYLINE_LEADS = new Set(['reporting', 'writing', 'editing', 'additional', 'compiled', 'produced']);

/**
 * Marks tokens that belong to photo credits and bylines, which name photographers and agencies,
 * not actors: `(credit: REUTERS/Jane Doe)`, `AP Photo/John Smith`, `Photo by X`, `By Jane Doe`,
 * `Reporting by X; Editing by Y`. A caption's own words ("Photo: Mourners carry ...") stay visible.
 */
export function maskCredits(seg: Segmentation): Uint8Array {
  const { tokens } = seg;
  const masked = new Uint8Array(tokens.count);
  for (let k = 0; k < tokens.count; k++) {
    const lower = tokens.lower[k] as string;
    if (lower.length >= 4 && CREDIT_WORDS.has(lower)) maskCreditPhrase(seg, masked, k);
    else if (lower === '/') maskSlashCredit(tokens, masked, k);
  }
  for (const sentence of seg.sentences) {
    maskDateline(tokens, masked, sentence.tokenStart, sentence.tokenEnd);
    const first = tokens.lower[sentence.tokenStart] as string;
    const second = tokens.lower[sentence.tokenStart + 1] ?? '';
    const byline = (first === 'by' && sentence.tokenEnd - sentence.tokenStart <= 8) || (BYLINE_LEADS.has(first) && (second === 'by' || tokens.lower[sentence.tokenStart + 2] === 'by'));
    if (byline) masked.fill(1, sentence.tokenStart, sentence.tokenEnd);
  }
  return masked;
}

function maskCreditPhrase(seg: Segmentation, masked: Uint8Array, k: number): void {
  const { tokens } = seg;
  const next = tokens.lower[k + 1] ?? '';
  const prev = tokens.lower[k - 1] ?? '';
  const inParens = prev === '(' || prev === '[';
  const isCredit = next === 'by' || next === 'courtesy' || (next === ':' && (inParens || (tokens.lower[k] as string).startsWith('credit')));
  if (!isCredit) return;
  const sentenceEnd = seg.sentences[tokens.sentence[k] as number]?.tokenEnd ?? tokens.count;
  let end = k;
  while (end < sentenceEnd && tokens.value[end] !== ')' && tokens.value[end] !== ']') end++;
  masked.fill(1, inParens ? k - 1 : k, Math.min(end + 1, sentenceEnd));
}

/** `REUTERS/Raneen Sawafta`, `AP Photo/John Smith`: the capitalised run on both sides of the slash. */
function maskSlashCredit(tokens: TokenTable, masked: Uint8Array, k: number): void {
  const before = tokens.value[k - 1] ?? '';
  const agencyLike = (before.length >= 2 && before === before.toUpperCase() && /^[A-Z]/.test(before)) || AGENCY_TAILS.has(before.toLowerCase());
  if (!agencyLike || tokens.start[k] !== tokens.end[k - 1]) return;
  let from = k - 1;
  while (from > 0 && /^[A-Z]/.test(tokens.value[from - 1] ?? '') && tokens.sentence[from - 1] === tokens.sentence[k]) from--;
  let to = k + 1;
  while (to < tokens.count && /^[\p{Lu}]/u.test(tokens.value[to] ?? '') && tokens.sentence[to] === tokens.sentence[k]) to++;
  masked.fill(1, from, to);
}

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * "BEIJING —", "NAIROBI, Kenya —", "KYIV (Reuters) -": the place a story was filed from opens its
 * first paragraph in capitals and ends at a dash. It is not an actor (not even the government).
 */
function maskDateline(tokens: TokenTable, masked: Uint8Array, from: number, to: number): void {
  const first = tokens.value[from] ?? '';
  if (first.length < 3 || first !== first.toUpperCase() || !/^\p{Lu}/u.test(first)) return;
  for (let k = from + 1; k < Math.min(to, from + 8); k++) {
    if (DASHES.has(tokens.value[k] ?? '')) {
      masked.fill(1, from, k + 1);
      return;
    }
  }
}
