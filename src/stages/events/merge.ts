import { isViolent, type Draft } from './draft.js';

const COLLATERAL = new Set(['1712', '1711']);

/**
 * Casualty verbs report the toll of one operation: "Israeli forces killed four gunmen and wounded 44
 * during a raid" is one raid with killed 4 and injured 44, not three events. The carrier is the first
 * violent verb that is not itself a casualty verb ("shelled Kharkiv, killing three"), else the first
 * violent event noun (even one that only sat in a verb's arguments: "killed four during a raid"), else
 * the first casualty verb; compatible casualty events fold into it (counts, and source/target where it has none).
 */
export function mergeCasualties(kept: Draft[], context: readonly Draft[]): void {
  const casualties = kept.filter((draft) => !draft.isNoun && (draft.casualty === 'killed' || draft.casualty === 'injured') && !draft.negated && !draft.hypothetical);
  if (casualties.length === 0) return;
  const nouns = [...kept, ...context]
    .filter((draft) => draft.isNoun && isViolent(draft.code) && !draft.negated && !draft.hypothetical)
    .sort((a, b) => a.trigger - b.trigger);
  const firstCasualty = Math.min(...casualties.map((draft) => draft.trigger));
  // A violent verb carries the toll when it comes first ("shelled Kharkiv, killing three") or shares
  // the perpetrator; a later verb of unknown agent ("men they claimed tried to kidnap") does not.
  const firstViolent = kept
    .filter((draft) => !draft.isNoun && draft.casualty === null && isViolent(draft.code) && !draft.negated && !draft.hypothetical)
    .filter((draft) => draft.trigger < firstCasualty || casualties.some((c) => draft.sources.length > 0 && c.sources.some((m) => draft.sources.includes(m))))
    .sort((a, b) => a.trigger - b.trigger)[0];
  const carrier = firstViolent ?? nouns[0] ?? casualties[0];
  if (!carrier) return;
  if (!kept.includes(carrier)) kept.push(carrier);
  // Damage done by the same attack ("killing six and damaging energy infrastructure") is part of it.
  const collateral = kept.filter((draft) => draft !== carrier && !draft.isNoun && COLLATERAL.has(draft.code) && draft.trigger > carrier.trigger);
  for (const draft of [...casualties, ...collateral]) {
    if (draft === carrier || !compatible(carrier, draft)) continue;
    carrier.killed ??= draft.killed;
    carrier.injured ??= draft.injured;
    if (carrier.sources.length === 0) carrier.sources = draft.sources;
    if (carrier.targets.length === 0) carrier.targets = draft.targets;
    carrier.reportedBy ??= draft.reportedBy;
    if (carrier.placeToken < 0) carrier.placeToken = draft.placeToken;
    carrier.rule = 'events/casualty-merge';
    kept.splice(kept.indexOf(draft), 1);
  }
}

/** Same perpetrator (or one side unknown); victims may differ from the carrier's target (a town, a camp). */
function compatible(carrier: Draft, draft: Draft): boolean {
  return agree(carrier.sources, draft.sources);
}

function agree(a: readonly number[], b: readonly number[]): boolean {
  return a.length === 0 || b.length === 0 || a.some((m) => b.includes(m));
}
