import { isIsoDate, makeDoc } from '../core/doc.js';
import type { CoderResolver } from './coders.js';
import type { RawRecord } from './gold-file.js';
import { groupBy } from './metrics.js';
import { TASK_DEFINITIONS } from './tasks.js';
import type { GoldBase, PredictContext, RecordView, ScoreRow, ScoredRecord, Task } from './types.js';

export interface RecordOutcome {
  readonly id: string;
  readonly set: string;
  readonly status: 'scored' | 'error';
  /** Set when coding failed: the record is then scored with an empty prediction. */
  readonly error?: string;
  readonly loss: number;
  readonly view: RecordView;
}

export interface EvalCounts {
  readonly records: number;
  readonly scored: number;
  readonly skipped: number;
  /** Records not scored, by reason: the dictionaries name this build cannot load, or TEXT_NOT_FOUND. */
  readonly notScored: Readonly<Record<string, number>>;
  /** Records whose gold could not be read or whose coding threw (scored as empty predictions when coding threw). */
  readonly errors: number;
  readonly badGold: number;
  /** Records whose gold `date` is not a real YYYY-MM-DD day (e.g. "7:58 AM ET"): coded with no dateline. */
  readonly badDates: number;
}

/** Per-set record counts, for every set seen in the file (scored or not). */
export interface SetCounts {
  records: number;
  scored: number;
  skipped: number;
  notScored: number;
  errors: number;
}

export interface EvalReport {
  readonly task: Task;
  readonly counts: EvalCounts;
  readonly sets: Readonly<Record<string, SetCounts>>;
  readonly rows: readonly ScoreRow[];
  readonly outcomes: readonly RecordOutcome[];
  readonly errorMessages: readonly { id: string; message: string }[];
  /** One line per record whose text could not be loaded (`file:line: reason`). */
  readonly notScoredMessages: readonly string[];
  readonly elapsedMs: number;
}

/** The NOT SCORED reason of records whose `textFrom` could not be resolved. */
export const TEXT_NOT_FOUND = 'text not found';

export interface EvalOptions {
  readonly task: Task;
  readonly resolve: CoderResolver;
  readonly context: PredictContext;
  readonly clock?: () => number;
}

/**
 * Codes every gold record with the normal pipeline and scores it. One record can never stop
 * the run: bad gold and coding failures are caught and counted.
 */
export function evaluateRecords(raw: readonly RawRecord[], options: EvalOptions): EvalReport {
  const definition = TASK_DEFINITIONS[options.task];
  const began = options.clock?.() ?? 0;
  const items: ScoredRecord<GoldBase, unknown>[] = [];
  const outcomes: RecordOutcome[] = [];
  const errorMessages: { id: string; message: string }[] = [];
  const notScoredMessages: string[] = [];
  const notScored: Record<string, number> = {};
  const sets: Record<string, SetCounts> = {};
  const setOf = (name: string): SetCounts => (sets[name] ??= { records: 0, scored: 0, skipped: 0, notScored: 0, errors: 0 });
  let skipped = 0;
  let badGold = 0;
  let badDates = 0;
  for (const { line, value, unresolved } of raw) {
    if (unresolved !== undefined) {
      notScored[TEXT_NOT_FOUND] = (notScored[TEXT_NOT_FOUND] ?? 0) + 1;
      notScoredMessages.push(unresolved);
      const set = setOf(typeof value.set === 'string' ? value.set : 'unnamed');
      set.records += 1;
      set.notScored += 1;
      continue;
    }
    let gold: GoldBase;
    try {
      gold = definition.readGold(value);
    } catch (error) {
      badGold += 1;
      errorMessages.push({ id: `line ${line}`, message: `bad gold record: ${(error as Error).message}` });
      continue;
    }
    const counts = setOf(gold.set);
    counts.records += 1;
    if (gold.skip !== undefined) {
      skipped += 1;
      counts.skipped += 1;
      continue;
    }
    const coder = options.resolve(gold.dictionaries ?? 'default');
    if (coder === null) {
      const name = gold.dictionaries ?? 'default';
      notScored[name] = (notScored[name] ?? 0) + 1;
      counts.notScored += 1;
      continue;
    }
    counts.scored += 1;
    let pred: unknown;
    let error: string | undefined;
    const dateUsable = gold.date === null || gold.date === undefined || isIsoDate(gold.date);
    if (!dateUsable) badDates += 1;
    try {
      const doc = coder.code(makeDoc({ id: gold.id, text: gold.text, date: dateUsable ? (gold.date ?? null) : null }));
      pred = definition.predict(doc, gold, options.context);
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
      errorMessages.push({ id: gold.id, message: error });
      counts.errors += 1;
      pred = definition.empty();
    }
    const item = { gold, pred };
    items.push(item);
    outcomes.push({
      id: gold.id,
      set: gold.set,
      status: error === undefined ? 'scored' : 'error',
      ...(error !== undefined ? { error } : {}),
      loss: definition.loss(item),
      view: definition.view(item),
    });
  }
  const counts: EvalCounts = {
    records: raw.length,
    scored: items.length,
    skipped,
    notScored,
    errors: errorMessages.length,
    badGold,
    badDates,
  };
  const elapsedMs = (options.clock?.() ?? 0) - began;
  return { task: options.task, counts, sets, rows: scoreGroups(items, options.task), outcomes, errorMessages, notScoredMessages, elapsedMs };
}

/** Rows: every set (plus "all" when there are several), then each set's sub-groups (events: category). */
export function scoreGroups(items: readonly ScoredRecord<GoldBase, unknown>[], task: Task): ScoreRow[] {
  const definition = TASK_DEFINITIONS[task];
  const rows: ScoreRow[] = [];
  const bySet = groupBy(items, (item) => item.gold.set);
  if (bySet.size !== 1) rows.push({ group: 'all', records: items.length, figures: definition.score(items) });
  for (const [set, group] of bySet) {
    rows.push({ group: set, records: group.length, figures: definition.score(group) });
  }
  if (definition.subgroup) {
    const subgroup = definition.subgroup;
    const bySub = groupBy(items, (item) => `${item.gold.set}/${subgroup(item.gold) ?? '-'}`);
    for (const [name, group] of [...bySub].sort((a, b) => a[0].localeCompare(b[0]))) {
      rows.push({ group: name, records: group.length, figures: definition.score(group) });
    }
  }
  return rows;
}

/** The N records with the largest loss (ties: input order). */
export function selectWorst(outcomes: readonly RecordOutcome[], count: number): RecordOutcome[] {
  return outcomes
    .map((outcome, index) => ({ outcome, index }))
    .filter(({ outcome }) => outcome.loss > 0)
    .sort((a, b) => b.outcome.loss - a.outcome.loss || a.index - b.index)
    .slice(0, count)
    .map(({ outcome }) => outcome);
}
