import type { Draft } from './draft.js';
import { hasCue, type SentenceView } from './view.js';

const MAX_SIDE = 4;

/**
 * Source/target pairs of a draft. Coordinated actors give one event per source (and per target):
 * "DFLP, PIJ and armed groups threatened" → three events with the same trigger. A symmetric event (cues.tsv `reciprocal`: meet, negotiate, sign, cooperate …)
 * whose compound subject has no target ("Iran and Saudi Arabia met") is reciprocal: each party is the
 * source once with each other party as target. A pair whose two sides are the same actor is dropped.
 */
export function pairActors(view: SentenceView, draft: Draft): Array<[number | null, number | null]> {
  const sources = draft.sources.slice(0, MAX_SIDE);
  const targets = draft.targets.slice(0, MAX_SIDE);
  const pairs: Array<[number | null, number | null]> = [];
  if (targets.length === 0 && sources.length >= 2 && hasCue(view, 'reciprocal', draft.code)) {
    for (const a of sources) for (const b of sources) if (a !== b) pairs.push([a, b]);
    return pairs;
  }
  for (const source of sources.length > 0 ? sources : [null]) {
    for (const target of targets.length > 0 ? targets : [null]) {
      if (source !== null && target !== null && sameActor(view, source, target)) continue;
      pairs.push([source, target]);
    }
  }
  if (pairs.length === 0) pairs.push([sources[0] ?? null, null]);
  return dedupe(view, pairs);
}

/** "the army and popular forces destroyed": two mentions of one actor make one event, not two. */
function dedupe(view: SentenceView, pairs: Array<[number | null, number | null]>): Array<[number | null, number | null]> {
  if (pairs.length < 2) return pairs; // the usual case: nothing to compare, no keys to build
  const seen = new Set<string>();
  const actorOf = (m: number | null): string => (m === null ? '' : view.actors?.mentions[m]?.actor ?? String(m));
  return pairs.filter(([source, target]) => {
    const key = `${actorOf(source)}>${actorOf(target)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameActor(view: SentenceView, a: number, b: number): boolean {
  const mentions = view.actors?.mentions;
  return a === b || (mentions !== undefined && mentions[a]?.actor === mentions[b]?.actor);
}
