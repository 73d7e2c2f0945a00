import type { FrameTable } from '../../lexicon/verbs/types.js';
import { readVerbArguments, type Arguments } from './arguments.js';
import { matchAt, type Hit } from './candidates.js';
import { lowerAt, type SentenceView } from './view.js';

export interface FrameResult {
  readonly code: string;
  /** The complement hit that gave the code, or null (the frame's own default). */
  readonly complement: Hit | null;
}

const MAX_DEPTH = 3;
const THAT_WINDOW = 8;

/**
 * Code of a frame trigger (`none` when the frame makes no event) ("urged", "threatened", "refused", "agreed") from its complement: a
 * to-infinitive ("urged X to release"), an event noun in its object or prepositional phrases
 * ("demanded the release of", "called for talks"), or the first event verb of its that-clause.
 */
export function resolveFrame(view: SentenceView, hit: Hit, depth = 0): FrameResult {
  const frame = hit.pattern.frame ?? '';
  const complement = carriedContent(view, findComplement(view, hit));
  let complementCode: string | null = null;
  if (complement && !complement.pattern.none) {
    complementCode = complement.pattern.frame && depth < MAX_DEPTH
      ? resolveFrame(view, complement, depth + 1).code
      : complement.pattern.code;
  }
  const own = hit.pattern.none ? 'none' : hit.pattern.code;
  // A verb with its own code (an imported dictionary's "agree" [050], "refuse" [---]) keeps it
  // unless the frame table knows the complement ("agreed to hold talks" → 036).
  if (own !== null && (complementCode === null || !refinesFrame(view.res.lexicon.frames, frame, complementCode))) return { code: own, complement: null };
  return { code: lookupFrame(view.res.lexicon.frames, frame, complementCode), complement };
}

/** Roots of the nouns that only carry what was asked, demanded or offered ("demand", "call", "proposal"). */
const CARRIER_ROOTS = new Set(['02', '03', '10']);

/**
 * "rejected the demand to sever the alliance", "rejected a call for peacekeepers to be deployed":
 * a request, demand or offer carries what was asked or offered, and that decides the frame's code.
 * A carrier with nothing coded after it stays the complement.
 */
function carriedContent(view: SentenceView, complement: Hit | null): Hit | null {
  if (!complement || complement.pos !== 'N' || !complement.pattern.ctx || !CARRIER_ROOTS.has(complement.pattern.code?.slice(0, 2) ?? '')) return complement;
  const inner = findComplement(view, complement);
  return inner && inner.index !== complement.index && !inner.pattern.none && inner.pattern.code !== null ? inner : complement;
}

/** The frame's table has an entry for some prefix of the complement's code. */
function refinesFrame(frames: FrameTable, frame: string, complementCode: string): boolean {
  const table = frames.get(frame);
  for (let length = complementCode.length; table && length >= 1; length--) if (table.has(complementCode.slice(0, length))) return true;
  return false;
}

/** Longest complement-code prefix in the frame's table; `@other` hands the code on to another frame. */
export function lookupFrame(frames: FrameTable, frame: string, complementCode: string | null, depth = 0): string {
  const table = frames.get(frame);
  if (!table) return '010';
  if (complementCode) {
    for (let length = complementCode.length; length >= 1; length--) {
      const code = table.get(complementCode.slice(0, length));
      if (code === undefined) continue;
      if (code.startsWith('@') && depth < MAX_DEPTH) return lookupFrame(frames, code.slice(1), complementCode, depth + 1);
      return code === '=' ? complementCode : code;
    }
  }
  return table.get('*') ?? '010';
}

function firstEventNoun(view: SentenceView, args: Arguments): Hit | null {
  const phrases = args.object ? [args.object, ...args.preps] : args.preps;
  for (const phrase of phrases) {
    for (let k = phrase.start; k < phrase.end; k++) {
      const noun = matchAt(view, k);
      if (noun && noun.pos === 'N') return noun;
    }
  }
  return null;
}

function findComplement(view: SentenceView, hit: Hit): Hit | null {
  const { args } = hit;
  if (args.infinitive >= 0) {
    const verb = matchAt(view, args.infinitive);
    if (verb) return verb;
    // "urged Israel to hold talks": a light verb's event noun is the complement.
    const noun = firstEventNoun(view, readVerbArguments(view, args.infinitive));
    if (noun) return noun;
  }
  const noun = firstEventNoun(view, args);
  if (noun) return noun;
  for (let k = hit.index + 1; k < view.end && k - hit.index <= THAT_WINDOW; k++) {
    if (lowerAt(view, k) !== 'that') continue;
    for (let j = k + 1; j < view.end; j++) {
      const verb = matchAt(view, j);
      if (verb && verb.pos === 'V' && !verb.pattern.say) return verb;
    }
    break;
  }
  return null;
}
