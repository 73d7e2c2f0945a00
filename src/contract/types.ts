import type { TextSpan } from '../core/span.js';

/** Version of the output contract. Fields may be added; none is renamed or removed within a version. */
export const CONTRACT_VERSION = '1';

/** A pointer from an event or quote to one mention of an actor in `actors`. */
export interface ActorRef extends TextSpan {
  readonly actor: string;
  readonly name: string;
  readonly code: string;
}

export interface OutActor {
  readonly id: string;
  readonly name: string;
  /** CAMEO-style code: country + sector, e.g. `PSEGOV`. */
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly kind: string;
  /** Role of a person on the article's date ("Prime Minister"), else null. */
  readonly role?: string | null;
  /** PLOVER sector and country codes alongside the CAMEO ones (added in 0.1; always written by Dyad). */
  readonly ploverSector?: string | null;
  readonly ploverCountry?: string | null;
  readonly mentions: readonly OutActorMention[];
}

/** Where an actor is named, and (added in 1.x) the rule that recognised it there: `actors/agent-place`, `actors/coref-pronoun`, ... */
export interface OutActorMention extends TextSpan {
  readonly rule?: string;
}

export interface OutPlace {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  /** GeoNames feature code (PPLC, PPLA, ADM1, PCLI, RGN, ...); additive field. */
  readonly featureCode?: string | null;
  readonly mentions: readonly TextSpan[];
}

export interface OutQuote extends TextSpan {
  readonly id: string;
  readonly direct: boolean;
  /** The speaker as a resolved actor mention; null when no actor was recognised there (see `speakerText`). */
  readonly speaker: ActorRef | null;
  readonly cue: TextSpan | null;
  /** Added in 1.x: the speaker as written (pronouns included), whether or not an actor was resolved. */
  readonly speakerText?: TextSpan | null;
  /** Added in 1.x: the cue's lemma (`say`, `according to`, `:` for a transcript label, `―` for a credit line). */
  readonly cueLemma?: string | null;
  /** Added in 1.x: the content parts of a split quotation (`“A,” said X. “B.”`); one part otherwise. */
  readonly parts?: readonly TextSpan[];
  /** Added in 1.x: the rule that produced the quote, e.g. `quotes/direct-trailing-cue`. */
  readonly rule?: string;
}

export interface OutEventPlace extends TextSpan {
  readonly place: string;
  readonly name: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface OutEvent {
  readonly id: string;
  readonly sentence: number;
  readonly cameo: string;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly quadClass: number;
  readonly goldstein: number | null;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly trigger: TextSpan;
  readonly date: string | null;
  readonly dateSpan: TextSpan | null;
  readonly place: OutEventPlace | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly quote: string | null;
  readonly rule: string;
}

export interface OutMeta {
  readonly version: string;
  readonly dataHash: string;
  readonly timingsMs: Readonly<Record<string, number>>;
}

/** One coded document: the output contract, version 1. */
export interface CodedDocument {
  readonly dyad: typeof CONTRACT_VERSION;
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly actors: readonly OutActor[];
  readonly places: readonly OutPlace[];
  readonly quotes: readonly OutQuote[];
  readonly events: readonly OutEvent[];
  readonly meta: OutMeta;
}
