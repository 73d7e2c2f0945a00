import type { Evidence, Span } from '../../core/span.js';

/** What a cue word introduces: a statement, a statement only when quoted, a belief, a plan, or a source ("according to"). */
export type CueClass = 'speech' | 'quoting' | 'belief' | 'plan' | 'source';

export interface Quote extends Span {
  /** `q1`, `q2`, … in text order. */
  readonly id: string;
  /** True when ≥ 90% of the content's letters and digits lie inside quotation marks. */
  readonly direct: boolean;
  /** Discontinuous content (`“A,” said X. “B.”`): the parts; the quote's own span covers them all. */
  readonly parts: readonly Span[];
  /** The speaker as written (pronouns included), or null. */
  readonly speaker: Span | null;
  /** Index into ActorLayer.mentions of the speaker's actor mention, when resolved. */
  readonly speakerMention: number | null;
  /** The cue (`said`, `according to`, `:` before a quoted paragraph, `―` before a credit), its lemma and class. */
  readonly cue: (Evidence & { readonly lemma: string; readonly cueClass: CueClass }) | null;
  /** Rule that produced the quote, e.g. `quotes/direct-trailing-cue`, `quotes/indirect-that`. */
  readonly rule: string;
}

export interface QuoteLayer {
  /** Sorted by start offset. */
  readonly quotes: readonly Quote[];
}
