import type { Evidence } from '../../core/span.js';

/** What an actor is, coarsely; drives display colour and coreference ("the group" → an organisation). */
export type ActorKind =
  | 'country'
  | 'government'
  | 'military'
  | 'police'
  | 'organization'
  | 'armed-group'
  | 'igo'
  | 'ngo'
  | 'party'
  | 'person'
  | 'agent'
  | 'media'
  | 'business'
  | 'other';

/** One mention of an actor in the text. `rule` says which rule recognised it ("actors/lexicon", "actors/agent-compose", "actors/coref-pronoun", ...). */
export interface ActorMention extends Evidence {
  /** Id of the actor this mention belongs to (an entry of ActorLayer.actors). */
  readonly actor: string;
  /** CAMEO-style code valid for this mention on the article's date (e.g. `PSEGOV`, `ISRMIL`). */
  readonly code: string;
  /** First and one-past-last token index of the mention. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** True for pronouns and descriptions ("he", "the group") resolved by coreference. */
  readonly coref: boolean;
}

/** One actor of the document: all its mentions merged. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  /** ISO alpha-3 or CAMEO non-state code (IGO, NGO, MNC, ...); null when unknown. */
  readonly country: string | null;
  /** CAMEO sector (GOV, MIL, COP, REB, CVL, ...); null for a bare country. */
  readonly sector: string | null;
  /** PLOVER sector code where one maps (CAMEO HLH → MED, MED → JRN, INS → REB; most codes are shared). */
  readonly ploverSector: string | null;
  /** PLOVER country: the ISO code, or UNO / EUR / IGO / NGO / IMG / MNC for non-state actors. */
  readonly ploverCountry: string | null;
  readonly kind: ActorKind;
  /** Role text for people ("Prime Minister"), from the lexicon on the article's date or from the description in front of the name. */
  readonly role: string | null;
}

export interface ActorLayer {
  readonly actors: readonly Actor[];
  /** Every mention, sorted by start offset, non-overlapping. */
  readonly mentions: readonly ActorMention[];
  /** For each token, the index into `mentions` of the mention covering it, or -1. */
  readonly tokenMention: Int32Array;
}
