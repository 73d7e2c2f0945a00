import type { Evidence, Span } from '../../core/span.js';

/** One coded event, before it is written to the output contract. */
export interface CodedEvent {
  readonly id: string;
  readonly sentence: number;
  readonly cameo: string;
  readonly ploverType: string | null;
  readonly ploverMode: string | null;
  readonly quadClass: number;
  readonly goldstein: number | null;
  /** Indexes into ActorLayer.mentions, or null. */
  readonly sourceMention: number | null;
  readonly targetMention: number | null;
  readonly trigger: Evidence;
  readonly date: string | null;
  readonly dateSpan: Span | null;
  /** Index into PlaceLayer.mentions, or null. */
  readonly placeMention: number | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly quote: string | null;
  readonly rule: string;
}

export interface EventLayer {
  readonly events: readonly CodedEvent[];
}
