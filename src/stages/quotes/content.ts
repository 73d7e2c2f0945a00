import type { Span } from '../../core/span.js';
import { matchCue } from './cues.js';
import { tokenSpan } from './draft.js';
import { tokenAtOrAfter, type QuoteScan } from './scan.js';

/** Participles that open a second statement: `…, adding that`. */
export const CONTENT_STOPPERS: ReadonlySet<string> = new Set([
  'adding', 'saying', 'noting', 'arguing', 'claiming', 'insisting', 'warning', 'calling', 'urging', 'suggesting', 'explaining',
  'stressing', 'telling', 'asking',
]);
/** After a comma, these open a clause that is the writer's, not the speaker's: `…, but`, `…, which`. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['but', 'which', 'while', 'although', 'though', 'even', 'whereas', 'when', 'after', 'since']);
const DASHES: ReadonlySet<string> = new Set([';', '—', '―', '–']);

/**
 * Content from `from` to the end of the statement: the sentence end (or the end of a quotation
 * running past it), cut before a second statement (`, adding …`, `and accused …`, `, according to`)
 * and before the writer's own clauses (`, but …`, `, which …`, `; …`, `— …`).
 */
export function forwardContent(scan: QuoteScan, from: number, end: number, phrase = false): Span | null {
  const { tokens } = scan;
  let last = end;
  const stopAtComma = phrase && !isClausal(scan, from, end);
  for (let j = from + 1; j < last; j++) {
    if ((scan.tokenRegion[j] ?? -1) >= 0) continue;
    const value = tokens.value[j] ?? '';
    if (tokens.lower[j] === 'and' && matchCue(scan, j + 1)) {
      last = j;
      break;
    }
    if (DASHES.has(value)) {
      last = j;
      break;
    }
    if (value !== ',') continue;
    if (stopAtComma) {
      last = j;
      break;
    }
    const next = tokens.lower[j + 1] ?? '';
    if (CONTENT_STOPPERS.has(next) || CLAUSE_BREAKS.has(next) || (next === 'according' && tokens.lower[j + 2] === 'to') || isParticiple(scan, j + 1) || isAttributionTail(scan, j + 1, end)) {
      last = j;
      break;
    }
  }
  const opening = scan.tokenRegion[from] ?? -1;
  const closedAt = opening >= 0 ? closingQuotationEnd(scan, opening, last) : -1;
  if (closedAt >= 0) last = closedAt;
  const span = trimSpan(scan, from, last);
  if (!span) return null;
  const region = scan.tokenRegion[last - 1] ?? -1;
  const quoted = region >= 0 ? scan.regions[region] : undefined;
  if (quoted && quoted.end > span.end) return { start: span.start, end: quoted.end };
  return span;
}

/** `that …`, `to …`, `whether …`, a quotation, or a verb within the first few words (`said the army had left`). */
function isClausal(scan: QuoteScan, from: number, end: number): boolean {
  const { tokens } = scan;
  const first = tokens.lower[from] ?? '';
  if (first === 'that' || first === 'to' || first === 'whether' || first === 'if' || first === 'how' || first === 'why' || first === 'what') return true;
  if ((scan.tokenRegion[from] ?? -1) >= 0) return true;
  for (let j = from; j < Math.min(end, from + 8); j++) {
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === 'PUNCT' && (scan.tokenRegion[j] ?? -1) < 0) return false;
  }
  return false;
}

/** `…, a State Department spokesman said.`: a noun phrase and a cue closing the sentence credit what came before. */
function isAttributionTail(scan: QuoteScan, from: number, end: number): boolean {
  const { tokens } = scan;
  let k = from;
  while (k < end && k - from < 10) {
    const pos = tokens.pos[k] ?? '';
    if (pos !== 'DET' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PRON' && tokens.lower[k] !== '.') break;
    k++;
  }
  if (k === from || k >= end) return false;
  const match = matchCue(scan, k);
  if (!match) return false;
  for (let j = match.end; j < end; j++) {
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || tokens.lower[j] === 'that') return false;
  }
  return true;
}

const AFTER_QUOTATION: ReadonlySet<string> = new Set([',', 'as', 'while', 'before', 'after', 'when', 'during', 'because']);

/**
 * `chanted "No more curfews!" as they marched`: content that opens with a quotation ends with it when
 * the quotation ends a sentence or the writer's words follow; `said "the army" would leave` goes on.
 * Returns the token after the quotation, or -1.
 */
function closingQuotationEnd(scan: QuoteScan, r: number, last: number): number {
  const region = scan.regions[r];
  if (!region) return -1;
  const { tokens } = scan;
  const k = tokenAtOrAfter(tokens, region.end);
  if (k >= last) return -1;
  const inner = scan.text[region.innerEnd - 1] ?? '';
  if (inner === '.' || inner === '!' || inner === '?' || AFTER_QUOTATION.has(tokens.lower[k] ?? '')) return k;
  return -1;
}

function isParticiple(scan: QuoteScan, k: number): boolean {
  return scan.tokens.pos[k] === 'VERB' && (scan.tokens.lower[k] ?? '').endsWith('ing');
}

/** Token range [first, end) as a char span, without edge punctuation (closing quotation marks kept). */
export function trimSpan(scan: QuoteScan, first: number, end: number): Span | null {
  const { tokens } = scan;
  let a = first;
  let b = end;
  while (a < b && isEdgePunct(tokens.value[a] ?? '')) a++;
  while (b > a && isEdgePunct(tokens.value[b - 1] ?? '')) b--;
  let words = 0;
  for (let k = a; k < b; k++) if (tokens.pos[k] !== 'PUNCT') words++;
  if (words === 0) return null;
  return tokenSpan(scan, a, b);
}

function isEdgePunct(value: string): boolean {
  return value === ',' || value === '.' || value === ':' || value === ';' || value === '—' || value === '-' || value === '–';
}
