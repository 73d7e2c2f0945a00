import type { Draft } from './draft.js';
import { isViolent } from './draft.js';
import { hasCue, lowerAt, type SentenceView } from './view.js';

const CLAUSE_BREAKS = new Set([',', ';', ':']);

/**
 * "A strong earthquake killed eight people", "77 people had died in flash floods", "a chemical leak
 * has killed ten": deaths and injuries that a natural disaster, an accident or a disease caused
 * (cues.tsv `disaster`) are no assault. Dropped: a violent event with no source in a sentence that
 * names one, and one whose clause opens with it ("A strong earthquake on Indonesia's main island
 * killed": Indonesia is no perpetrator). An assault with an actor of its own stands ("rebels
 * attacked villages hit by floods, killing 20").
 */
export function withoutDisasterDeaths(view: SentenceView, drafts: Draft[]): Draft[] {
  const violent = drafts.filter((draft) => isViolent(draft.code));
  if (violent.length === 0 || !namesDisaster(view)) return drafts;
  return drafts.filter((draft) => !isViolent(draft.code) || !(draft.sources.length === 0 || disasterSubject(view, draft)));
}

function namesDisaster(view: SentenceView): boolean {
  for (let k = view.first; k < view.end; k++) if (hasCue(view, 'disaster', lowerAt(view, k))) return true;
  return false;
}

/** A disaster word between the trigger's clause start and its source (the source sits in the disaster's phrase). */
function disasterSubject(view: SentenceView, draft: Draft): boolean {
  const firstSource = Math.min(...draft.sources.map((m) => view.actors?.mentions[m]?.tokenStart ?? draft.trigger));
  for (let k = draft.trigger - 1; k >= view.first && !CLAUSE_BREAKS.has(lowerAt(view, k)); k--) {
    if (k < firstSource && hasCue(view, 'disaster', lowerAt(view, k))) return true;
  }
  return false;
}
