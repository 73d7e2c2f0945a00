import { addCounts, computePrf, zeroCounts, type Counts } from './metrics.js';
import type { Figure } from './types.js';

/**
 * A (source, target, cameo) triple. A null source/target on the gold side means "not annotated"
 * (compare only codes); on the predicted side it means the coder found no actor and compares
 * as PETRARCH's null code "---" (see README "Quality and speed").
 */
export interface Triple {
  readonly source: string | null;
  readonly target: string | null;
  readonly cameo: string;
}

export const NULL_ACTOR = '---';

export interface EventVariant {
  readonly name: string;
  readonly root: boolean;
  readonly country: boolean;
}

/** exact; root = cameo cut to 2 chars; country = actor codes cut to 3 chars; both. */
export const EVENT_VARIANTS: readonly EventVariant[] = [
  { name: 'exact', root: false, country: false },
  { name: 'root', root: true, country: false },
  { name: 'country', root: false, country: true },
  { name: 'rootCountry', root: true, country: true },
];

/** True when the gold leaves an actor unannotated: the record then compares codes only. */
export function isCodesOnly(gold: readonly Triple[]): boolean {
  return gold.some((triple) => triple.source === null || triple.target === null);
}

/** The comparison keys of one side of a record under a variant. */
export function tripleKeys(triples: readonly Triple[], variant: EventVariant, codesOnly: boolean): Set<string> {
  const keys = new Set<string>();
  for (const triple of triples) {
    const cameo = variant.root ? triple.cameo.slice(0, 2) : triple.cameo;
    if (codesOnly) {
      keys.add(cameo);
      continue;
    }
    const cut = (code: string | null): string => {
      const value = code ?? NULL_ACTOR;
      return variant.country ? value.slice(0, 3) : value;
    };
    keys.add(`${cut(triple.source)}|${cut(triple.target)}|${cameo}`);
  }
  return keys;
}

export interface RecordMatch {
  readonly counts: Counts;
  readonly exact: boolean;
}

/** TP/FP/FN of one record's prediction against its gold, as sets. */
export function matchEventRecord(gold: readonly Triple[], pred: readonly Triple[], variant: EventVariant): RecordMatch {
  const codesOnly = isCodesOnly(gold);
  const goldKeys = tripleKeys(gold, variant, codesOnly);
  const predKeys = tripleKeys(pred, variant, codesOnly);
  let tp = 0;
  for (const key of predKeys) if (goldKeys.has(key)) tp += 1;
  const counts = { tp, fp: predKeys.size - tp, fn: goldKeys.size - tp };
  return { counts, exact: counts.fp === 0 && counts.fn === 0 };
}

/** Micro P/R/F1 and exact-sentence rate for each variant over a list of records. */
export function scoreEventRecords(records: readonly { gold: readonly Triple[]; pred: readonly Triple[] }[]): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const variant of EVENT_VARIANTS) {
    const total = zeroCounts();
    let exact = 0;
    for (const record of records) {
      const match = matchEventRecord(record.gold, record.pred, variant);
      addCounts(total, match.counts);
      if (match.exact) exact += 1;
    }
    const prefix = variant.name === 'exact' ? '' : `${variant.name}.`;
    const prf = computePrf(total);
    figures[`${prefix}P`] = prf.precision;
    figures[`${prefix}R`] = prf.recall;
    figures[`${prefix}F1`] = prf.f1;
    figures[`${prefix}EM`] = records.length === 0 ? null : exact / records.length;
    if (variant.name === 'exact') Object.assign(figures, { TP: total.tp, FP: total.fp, FN: total.fn });
  }
  return figures;
}
