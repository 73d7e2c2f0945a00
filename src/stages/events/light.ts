import { isPhraseToken, lemmaAt, lowerAt, posAt, tokenHasCue, type SentenceView } from './view.js';

export interface LightVerb {
  readonly verb: number;
  readonly passive: boolean;
}

const PARTICLES = new Set(['out', 'up', 'in', 'on']);

/**
 * A light verb whose object (or, in the passive, subject) is the event noun at i: "launched a raid",
 * "carried out strikes", "held talks", "talks were held". The noun then carries the event.
 */
export function findLightVerb(view: SentenceView, i: number): LightVerb | null {
  let k = i - 1;
  while (k >= view.first && (isPhraseToken(view, k) || isQuoteMark(lowerAt(view, k))) && i - k <= 6) k--;
  if (k >= view.first && PARTICLES.has(lowerAt(view, k)) && k - 1 >= view.first) k--;
  // One mis-tagged modifier ("staged mass/VERB demonstrations") may sit between the light verb and its phrase.
  if (k - 1 >= view.first && k < i - 1 + 1 && posAt(view, k) === 'VERB' && !isLight(view, k) && isLight(view, k - 1)) k--;
  if (k >= view.first && lowerAt(view, k) !== 'to' && isLight(view, k)) return { verb: k, passive: false };
  let j = i + 1;
  let sawBe = false;
  while (j < view.end && (posAt(view, j) === 'AUX' || posAt(view, j) === 'ADV' || posAt(view, j) === 'PART')) {
    if (lemmaAt(view, j) === 'be') sawBe = true;
    j++;
  }
  if (sawBe && j < view.end && isLight(view, j)) return { verb: j, passive: true };
  return null;
}

function isQuoteMark(token: string): boolean {
  return token === '"' || token === '“' || token === '”';
}

function isLight(view: SentenceView, k: number): boolean {
  // "carry" is light only as "carry out" ("carried out raids"), never "a helicopter carrying monitors".
  if (lemmaAt(view, k) === 'carry' && lowerAt(view, k + 1) !== 'out') return false;
  const pos = posAt(view, k);
  return (pos === 'VERB' || pos === 'AUX') && tokenHasCue(view, 'light', k) && lemmaAt(view, k) !== 'be';
}
