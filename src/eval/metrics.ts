/** Counts and ratios shared by every scorer. Pure: no I/O. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, add: Counts): void {
  into.tp += add.tp;
  into.fp += add.fp;
  into.fn += add.fn;
}

/**
 * Precision/recall/F1. A ratio with nothing in its denominator is 1 when the other side is
 * empty too (nothing to find, nothing claimed) and 0 otherwise, so an empty system never scores 1.
 */
export function computePrf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of `hits` in `total`; null when there was nothing to count (printed as "-"). */
export function ratio(hits: number, total: number): number | null {
  return total === 0 ? null : hits / total;
}

/** Per-label counts over single-label decisions (gold label vs predicted label, either may be null). */
export function countLabels(pairs: readonly { gold: string | null; pred: string | null }[]): Map<string, Counts> {
  const byLabel = new Map<string, Counts>();
  const get = (label: string): Counts => {
    let counts = byLabel.get(label);
    if (!counts) byLabel.set(label, (counts = zeroCounts()));
    return counts;
  };
  for (const { gold, pred } of pairs) {
    if (gold !== null && gold === pred) get(gold).tp += 1;
    else {
      if (gold !== null) get(gold).fn += 1;
      if (pred !== null) get(pred).fp += 1;
    }
  }
  return byLabel;
}

/**
 * Macro-F1: the mean per-label F1 over `labels` when given (a fixed inventory; labels never seen
 * on either side are left out, since their F1 is undefined), else over every label seen.
 */
export function macroF1(byLabel: ReadonlyMap<string, Counts>, labels?: readonly string[]): number | null {
  const keys = labels ? labels.filter((label) => byLabel.has(label)) : [...byLabel.keys()];
  if (keys.length === 0) return null;
  let sum = 0;
  for (const key of keys) sum += computePrf(byLabel.get(key) ?? zeroCounts()).f1;
  return sum / keys.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Groups items by a key, keeping first-seen order of the keys. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
