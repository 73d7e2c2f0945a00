import { matchSpans, type PlaceItem } from './score-places.js';
import type { Figure } from './types.js';

export interface GeoCase {
  readonly expected: readonly Partial<PlaceItem>[] & readonly { start: number; end: number }[];
  readonly pred: readonly PlaceItem[];
}

const CONSTRAINTS = ['geonameid', 'featureCode', 'country', 'admin1', 'name'] as const;

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

/**
 * A case passes when every expected place is found (span overlap) and every field it carries
 * equals the prediction's. A case expecting no place passes only when nothing is predicted.
 */
export function passesGeoCase({ expected, pred }: GeoCase): boolean {
  if (expected.length === 0) return pred.length === 0;
  const pairs = matchSpans(expected, pred);
  if (pairs.length < expected.length) return false;
  return pairs.every(([gi, pi]) => {
    const want = expected[gi]!;
    const got = pred[pi]!;
    return CONSTRAINTS.every((field) => want[field] === undefined || want[field] === null || same(want[field], got[field]));
  });
}

export function scoreGeoCases(cases: readonly GeoCase[]): Record<string, Figure> {
  const passed = cases.filter(passesGeoCase).length;
  return { passed, failed: cases.length - passed, passRate: cases.length === 0 ? null : passed / cases.length };
}
