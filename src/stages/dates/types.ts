import type { Evidence } from '../../core/span.js';

export interface DateMention extends Evidence {
  /** Resolved calendar day, YYYY-MM-DD. */
  readonly value: string;
  /** `day` when the text names the day; `month`/`year` when only those are known (value is then the first day). */
  readonly precision: 'day' | 'month' | 'year';
  /** Index of the sentence the mention is in. */
  readonly sentence: number;
}

export interface DateLayer {
  /** Sorted by start offset. */
  readonly mentions: readonly DateMention[];
}
