import type { CueEntry } from './lexicon.js';
import type { QuoteScan } from './scan.js';

export interface CueMatch {
  readonly entry: CueEntry;
  /** First and one-past-last token of the cue phrase. */
  readonly first: number;
  readonly end: number;
}

/** The cue starting at token k, if any: verbs by lemma, phrases ("according to", "called on") word by word. */
export function matchCue(scan: QuoteScan, k: number): CueMatch | null {
  if (!scan.cueCandidate[k]) return null;
  const { tokens, lexicon } = scan;
  const lower = tokens.lower[k] ?? '';
  const entries = lexicon.cues.get(lower) ?? lexicon.cues.get(tokens.lemma[k] ?? '');
  if (!entries) return null;
  for (const entry of entries) {
    const verbal = tokens.pos[k] === 'VERB' || lower === 'said' || lower === 'says' || (entry.cueClass === 'plan' && isVerbBeforeTo(scan, k));
    if (entry.cueClass !== 'source' && !verbal && !introducesContent(scan, k + 1 + entry.rest.length)) continue;
    let end = k + 1;
    let fits = true;
    for (const word of entry.rest) {
      if (tokens.lower[end] !== word) {
        fits = false;
        break;
      }
      end++;
    }
    if (fits) return { entry, first: k, end };
  }
  return null;
}

/** A word the tagger did not call a verb still cues when a colon, `that` or a quotation follows (`The Times reports:`). */
function introducesContent(scan: QuoteScan, next: number): boolean {
  const value = scan.tokens.value[next] ?? '';
  const before = scan.tokens.lower[scan.tokens.count > 0 ? next - 2 : 0] ?? '';
  if (DETERMINERS.has(before)) return false; // `the Editor's note:`, `Trump's claim that` are nouns
  return value === ':' || value === 'that' || (scan.tokenRegion[next] ?? -1) >= 0;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your', "'s", '’s', 'these', 'those', 'new']);

/** `The ministry plans to reopen` (tagged a noun) but not `the ministry's plans to reopen`. */
function isVerbBeforeTo(scan: QuoteScan, k: number): boolean {
  return scan.tokens.lower[k + 1] === 'to' && !DETERMINERS.has(scan.tokens.lower[k - 1] ?? '');
}
