import type { Evidence, Span } from '../../core/span.js';

export interface Quote extends Span {
  readonly id: string;
  readonly direct: boolean;
  /** Discontinuous content (`“A,” said X. “B.”`): the parts; the quote's own span covers them all. */
  readonly parts: readonly Span[];
  /** The speaker as written, or null. */
  readonly speaker: Span | null;
  /** Index into ActorLayer.mentions of the speaker's actor mention, when resolved. */
  readonly speakerMention: number | null;
  readonly cue: (Evidence & { readonly lemma: string }) | null;
  readonly rule: string;
}

export interface QuoteLayer {
  readonly quotes: readonly Quote[];
}
