import type { Span } from '../core/span.js';
import { haversineKm } from '../core/geo.js';
import { computePrf, mean, median, ratio } from './metrics.js';
import type { Figure } from './types.js';

/** A toponym (gold or predicted) with whatever resolution it carries. */
export interface PlaceItem extends Span {
  readonly text: string;
  readonly geonameid: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly name: string | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly featureCode: string | null;
}

export interface PlaceRecord {
  readonly gold: readonly PlaceItem[];
  readonly unresolved: readonly Span[];
  readonly pred: readonly PlaceItem[];
}

/** Accuracy threshold of the scoring rules: 161 km (100 miles). */
export const NEAR_KM = 161;

const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-to-one greedy matching of overlapping spans, largest overlap first; returns [gold, pred] index pairs. */
export function matchSpans(gold: readonly Span[], pred: readonly Span[]): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const size = overlap(g, p);
    if (size > 0) candidates.push([gi, pi, size]);
  }));
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [gi, pi] of candidates) {
    if (usedGold.has(gi) || usedPred.has(pi)) continue;
    usedGold.add(gi);
    usedPred.add(pi);
    pairs.push([gi, pi]);
  }
  return pairs;
}

/** Predictions overlapping an `unresolved` gold span are neither right nor wrong: drop them. */
export function dropUnresolved(pred: readonly PlaceItem[], unresolved: readonly Span[]): PlaceItem[] {
  return pred.filter((place) => !unresolved.some((span) => overlap(span, place) > 0));
}

export function scorePlaceRecords(records: readonly PlaceRecord[]): Record<string, Figure> {
  let tp = 0;
  let predicted = 0;
  let goldTotal = 0;
  const near = [0, 0];
  const exactId = [0, 0];
  const errorsKm: number[] = [];
  for (const record of records) {
    const pred = dropUnresolved(record.pred, record.unresolved);
    const pairs = matchSpans(record.gold, pred);
    tp += pairs.length;
    predicted += pred.length;
    goldTotal += record.gold.length;
    for (const [gi, pi] of pairs) {
      const gold = record.gold[gi]!;
      const guess = pred[pi]!;
      if (gold.geonameid !== null) {
        exactId[1]! += 1;
        if (guess.geonameid === gold.geonameid) exactId[0]! += 1;
      }
      if (gold.lat === null || gold.lon === null) continue;
      near[1]! += 1;
      if (guess.lat === null || guess.lon === null) continue;
      const km = haversineKm(gold.lat, gold.lon, guess.lat, guess.lon);
      errorsKm.push(km);
      if (km <= NEAR_KM) near[0]! += 1;
    }
  }
  const prf = computePrf({ tp, fp: predicted - tp, fn: goldTotal - tp });
  return {
    P: prf.precision,
    R: prf.recall,
    F1: prf.f1,
    acc161: ratio(near[0]!, near[1]!),
    geonameid: ratio(exactId[0]!, exactId[1]!),
    meanKm: mean(errorsKm),
    medianKm: median(errorsKm),
    gold: goldTotal,
    predicted,
  };
}
