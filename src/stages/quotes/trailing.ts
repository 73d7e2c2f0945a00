import { CONTENT_STOPPERS } from './content.js';
import type { QuoteScan } from './scan.js';
import { TIME_WORDS } from './speaker.js';

/** Subordinators after which a trailing `X said` may carry circumstances: `, he said as he left`. */
const TAIL_SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'during', 'in', 'on', 'at', 'from', 'with', 'by', 'via', 'through']);

/** Content before a trailing cue is a statement, not an adverbial clause: `After the mine closed, …`. */
export const SUBORDINATE_OPENERS = new Set(['after', 'when', 'if', 'although', 'though', 'as', 'because', 'while', 'since', 'before', 'once', 'until', 'unless', 'whether']);

/** `declared bankruptcy`: a noun phrase right after a cue that takes no hearer is its content, so the cue is not trailing. */
export function startsObject(scan: QuoteScan, k: number): boolean {
  const pos = scan.tokens.pos[k] ?? '';
  if (TIME_WORDS.has(scan.tokens.lower[k] ?? '')) return false;
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'DET' || pos === 'PRON' || pos === 'ADJ' || pos === 'NUM';
}

/** After the cue (and a post-posed speaker), nothing but circumstances: no `that`, no verb before a preposition. */
export function isTail(scan: QuoteScan, from: number, end: number): boolean {
  const { tokens } = scan;
  for (let j = from; j < end; j++) {
    const lower = tokens.lower[j] ?? '';
    if (lower === 'that' || lower === ':') return false;
    if (lower === ',' && (scan.tokenRegion[j + 1] ?? -1) >= 0) return false;
    if (TAIL_SUBORDINATORS.has(lower) || lower === ',' || lower === '.' || lower === ';') return true;
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || (scan.tokenRegion[j] ?? -1) >= 0) return false;
  }
  return true;
}

const NOT_RESUMING = new Set(['as', 'while', 'after', 'before', 'when', 'because', 'since', 'though', 'although', 'according', 'and', 'but', 'who', 'which', 'whose', 'whom']);

/** `Acts of protest, Mr. Obama said, are acts of patriotism`: the token where the content resumes after `said,`, or -1. */
export function findResumption(scan: QuoteScan, from: number, end: number): number {
  const { tokens } = scan;
  for (let j = from; j < Math.min(end, from + 8); j++) {
    if (tokens.value[j] === ',') {
      const next = tokens.lower[j + 1] ?? '';
      if (end - (j + 1) < 3 || CONTENT_STOPPERS.has(next) || NOT_RESUMING.has(next) || (next.endsWith('ing') && tokens.pos[j + 1] === 'VERB')) return -1;
      return j + 1;
    }
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || tokens.value[j] === '.') return -1;
  }
  return -1;
}

/** Trailing-cue content is a clause: `In his speech, Graham urged …` fronts an adverbial, not a statement. */
export function hasVerb(scan: QuoteScan, first: number, end: number): boolean {
  for (let j = first; j < end; j++) {
    const pos = scan.tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || (scan.tokenRegion[j] ?? -1) >= 0) return true;
  }
  return false;
}

/** A quotation's credit before this cue (`“A,” X said, suggesting …`): what precedes is that statement, not this cue's content. */
export function hasClaimedCue(scan: QuoteScan, first: number, end: number): boolean {
  for (let j = first; j < end; j++) if (scan.claimed[j] === 2) return true;
  return false;
}
