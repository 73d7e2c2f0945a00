/** What the salience rule needs to know about each earlier mention. */
export interface Candidate {
  readonly tokenStart: number;
  readonly sentence: number;
  readonly eligible: boolean;
}

/**
 * The salience rule, shared by the stage and by `resolveAntecedent`:
 * 1. an eligible mention earlier in the same sentence — the nearest one wins;
 * 2. otherwise, going back sentence by sentence (at most `window`), the FIRST eligible mention
 *    of the nearest sentence that has one — sentence-initial mentions are usually subjects or
 *    speakers ("Jane Doe, a spokeswoman for X, said ... He added ..." → Jane Doe).
 * A reporting tail ("…, it added", "…,” he said") reports the sentence it closes, so with
 * `skipOwnSentence` the mentions inside that sentence are passed over.
 * Descriptions ("the group") use `nearestOnly`: the nearest eligible mention, whatever the sentence.
 * `candidates` are sorted by position; returns an index into it, or -1.
 */
export function pickAntecedent(candidates: readonly Candidate[], token: number, sentence: number, window: number, nearestOnly = false, skipOwnSentence = false): number {
  let last = -1;
  while (last + 1 < candidates.length && (candidates[last + 1] as Candidate).tokenStart < token) last++;
  let firstInSentence = -1;
  let currentSentence = -1;
  for (let i = last; i >= 0; i--) {
    const candidate = candidates[i] as Candidate;
    if (sentence - candidate.sentence > window) break;
    if (!candidate.eligible || (skipOwnSentence && candidate.sentence === sentence)) continue;
    if (nearestOnly || candidate.sentence === sentence) return i;
    if (currentSentence !== -1 && candidate.sentence !== currentSentence) return firstInSentence;
    currentSentence = candidate.sentence;
    firstInSentence = i;
  }
  return firstInSentence;
}
