import { computePrf, countLabels, macroF1, ratio, zeroCounts } from './metrics.js';
import type { Figure } from './types.js';

/** One PLOVER event as the scorer sees it (gold or predicted). */
export interface PloverItem {
  readonly type: string;
  readonly mode: string | null;
  readonly actorCountry: string | null;
  readonly recipientCountry: string | null;
}

export interface PloverRecord {
  readonly gold: readonly PloverItem[];
  /** In ranked order: the first one is the sentence's type. */
  readonly pred: readonly PloverItem[];
}

/**
 * Type accuracy (first prediction vs the gold's first event), micro P/R/F1 over distinct
 * (record, type) pairs, macro-F1 over the types seen, and over records with the right type:
 * actor/recipient country and mode accuracy where the gold carries them.
 */
export function scorePloverRecords(records: readonly PloverRecord[], types?: readonly string[]): Record<string, Figure> {
  let correct = 0;
  const pairs = zeroCounts();
  const perType: { gold: string | null; pred: string | null }[] = [];
  const secondary = { actor: [0, 0], recipient: [0, 0], mode: [0, 0] };
  for (const { gold, pred } of records) {
    const first = gold[0];
    const top = pred[0];
    if (first && top && top.type === first.type) {
      correct += 1;
      tally(secondary.actor, first.actorCountry, top.actorCountry);
      tally(secondary.recipient, first.recipientCountry, top.recipientCountry);
      tally(secondary.mode, first.mode, top.mode);
    }
    const goldTypes = new Set(gold.map((item) => item.type));
    const predTypes = new Set(pred.map((item) => item.type));
    for (const type of predTypes) {
      if (goldTypes.has(type)) pairs.tp += 1;
      else pairs.fp += 1;
      if (!goldTypes.has(type)) perType.push({ gold: null, pred: type });
    }
    for (const type of goldTypes) {
      if (!predTypes.has(type)) pairs.fn += 1;
      perType.push({ gold: type, pred: predTypes.has(type) ? type : null });
    }
  }
  const prf = computePrf(pairs);
  return {
    accuracy: ratio(correct, records.length),
    P: prf.precision,
    R: prf.recall,
    F1: prf.f1,
    macroF1: macroF1(countLabels(perType), types),
    actorCountry: ratio(secondary.actor[0]!, secondary.actor[1]!),
    recipientCountry: ratio(secondary.recipient[0]!, secondary.recipient[1]!),
    mode: ratio(secondary.mode[0]!, secondary.mode[1]!),
  };
}

/** Counts [hits, total] where the gold gives a value; values compare case-insensitively. */
function tally(into: number[], gold: string | null, pred: string | null): void {
  if (gold === null) return;
  into[1]! += 1;
  if (pred !== null && pred.toUpperCase() === gold.toUpperCase()) into[0]! += 1;
}
