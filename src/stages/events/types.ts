import type { Evidence, Span } from '../../core/span.js';

/** One coded event, before it is written to the output contract. */
export interface CodedEvent {
  readonly id: string;
  readonly sentence: number;
  readonly cameo: string;
  readonly ploverType: string | null;
  readonly ploverMode: string | null;
  /** GDELT QuadClass of the CAMEO root (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict). */
  readonly quadClass: number;
  /** GDELT Goldstein score of the CAMEO code (data/ontology/cameo.tsv), null when GDELT has none. */
  readonly goldstein: number | null;
  /** Indexes into ActorLayer.mentions, or null. */
  readonly sourceMention: number | null;
  readonly targetMention: number | null;
  /** The predicate that carries the event: a verb ("condemned") or an event noun ("raid"). */
  readonly trigger: Evidence;
  readonly date: string | null;
  readonly dateSpan: Span | null;
  /** Index into PlaceLayer.mentions, or null. */
  readonly placeMention: number | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  /** The text says the event did not happen ("did not attack"); such events are reported, not counted. */
  readonly negated: boolean;
  /** The event is conditional, planned or purposive ("would attack", "entered to arrest"). */
  readonly hypothetical: boolean;
  /** Id of the quote (QuoteLayer) whose content holds the trigger. */
  readonly quote: string | null;
  /** Actor mention of whoever reports the event ("X said that Y attacked Z" → X), or null. */
  readonly reportedBy: number | null;
  /** Id of the lexicon pattern that gave the code (`verbs.tsv:123`, `nouns.tsv:45`). */
  readonly pattern: string;
  /** The construction that found the event (`events/active`, `events/passive`, `events/noun`, ...). */
  readonly rule: string;
  /** A bare statement ("said", "told reporters"): a reporting verb whose sentence codes nothing else; it has no target. */
  readonly statement?: boolean;
}

export interface EventLayer {
  readonly events: readonly CodedEvent[];
}
