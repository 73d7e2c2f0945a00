/** What the salience rule needs to know about the earlier mentions, by index (sorted by position). */
export interface CandidateList {
  readonly length: number;
  tokenStart(i: number): number;
  sentence(i: number): number;
  eligible(i: number): boolean;
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
 * Walks back from the token (binary search to find where), so a pronoun costs only the mentions in its window.
 * Returns an index into the list, or -1.
 */
export function pickAntecedent(list: CandidateList, token: number, sentence: number, window: number, nearestOnly = false, skipOwnSentence = false): number {
  let firstInSentence = -1;
  let currentSentence = -1;
  for (let i = lastBefore(list, token); i >= 0; i--) {
    const candidateSentence = list.sentence(i);
    if (sentence - candidateSentence > window) break;
    if ((skipOwnSentence && candidateSentence === sentence) || !list.eligible(i)) continue;
    if (nearestOnly || candidateSentence === sentence) return i;
    if (currentSentence !== -1 && candidateSentence !== currentSentence) return firstInSentence;
    currentSentence = candidateSentence;
    firstInSentence = i;
  }
  return firstInSentence;
}

/** Index of the last candidate starting before `token`, or -1. */
function lastBefore(list: CandidateList, token: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list.tokenStart(mid) < token) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
