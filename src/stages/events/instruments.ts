import type { Draft } from './draft.js';
import { lowerAt, type SentenceView } from './view.js';

/** How far before the trigger its subject may name the instrument ("Saudi fighter jets hit"). */
const SUBJECT_REACH = 8;
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–']);

/**
 * An assault takes the code of the weapon its clause names (instruments.tsv): "Saudi fighter jets hit
 * residential areas" 190 → 195 (aerial weapons), "a drone fired missiles at the convoy" 194 → 195. The
 * clause is the trigger's subject (back to a comma, at most eight words) and its arguments.
 */
export function refineInstruments(view: SentenceView, drafts: readonly Draft[]): void {
  const instruments = view.res.instruments;
  if (!instruments) return;
  for (const draft of drafts) {
    if (!instruments.codes.has(draft.code)) continue;
    const row = instruments.rows[namedInstrument(view, draft)];
    if (row?.from.has(draft.code)) draft.code = row.code;
  }
}

/** Index of the first instrument row with a word in the event's clause, or -1. */
function namedInstrument(view: SentenceView, draft: Draft): number {
  const words = view.res.instruments?.words;
  if (!words) return -1;
  let start = draft.trigger;
  while (start - 1 >= view.first && draft.trigger - start < SUBJECT_REACH && !CLAUSE_BREAKS.has(lowerAt(view, start - 1))) start--;
  let best = -1;
  for (let k = start; k < Math.max(draft.windowEnd, draft.trigger + 1); k++) {
    const lower = lowerAt(view, k);
    const row = words.get(lower) ?? (k + 1 < view.end ? words.get(`${lower} ${lowerAt(view, k + 1)}`) : undefined);
    if (row !== undefined && (best < 0 || row < best)) best = row;
  }
  return best;
}
