import type { CodedDocument } from '../contract/types.js';
import type { AcledMapping } from '../export/acled-mapping.js';
import type { IsoFips } from '../export/iso-fips.js';

/** The tasks a gold file can be scored as; `geo` is the places file variant with per-case `task` fields. */
export const TASKS = ['events', 'plover', 'quotes', 'places', 'geo', 'acled'] as const;
export type Task = (typeof TASKS)[number];

/** Fields every gold record shares (see ../shared/dev/README.md). */
export interface GoldBase {
  readonly id: string;
  readonly set: string;
  readonly text: string;
  readonly date?: string | null;
  readonly skip?: string;
  readonly dictionaries?: string;
}

/** A figure is null when there was nothing to count (printed as "-"). */
export type Figure = number | null;

/** One line of a score table: a group of records (a set, or set/category) and its figures. */
export interface ScoreRow {
  readonly group: string;
  readonly records: number;
  readonly figures: Readonly<Record<string, Figure>>;
}

/** What a predictor may read besides the coded document. */
export interface PredictContext {
  readonly acled: AcledMapping;
  /** Country lookup, to compare place countries however the contract writes them (ISO-2, ISO-3 or name). */
  readonly countries: IsoFips;
}

export interface ScoredRecord<G, P> {
  readonly gold: G;
  readonly pred: P;
}

/** Gold vs prediction, as short lines for `--errors`. */
export interface RecordView {
  readonly gold: readonly string[];
  readonly pred: readonly string[];
}

/**
 * One task: how to read its gold, turn a coded document into a prediction (the mapping
 * contract), score a list of (gold, prediction) pairs and show a record side by side.
 */
export interface TaskDefinition<G extends GoldBase, P> {
  readonly task: Task;
  /** Figures shown in the printed table, in order (the JSON holds every figure). */
  readonly columns: readonly string[];
  readGold(value: Record<string, unknown>): G;
  predict(doc: CodedDocument, gold: G, ctx: PredictContext): P;
  empty(): P;
  /** Rows for one group of records. */
  score(items: readonly ScoredRecord<G, P>[]): Readonly<Record<string, Figure>>;
  /** Sub-groups to report besides the set (events: category). */
  subgroup?(gold: G): string | null;
  /** How wrong one record is (0 = right); sorts `--errors`. */
  loss(item: ScoredRecord<G, P>): number;
  view(item: ScoredRecord<G, P>): RecordView;
}
