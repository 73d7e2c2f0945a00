/** Where a pattern sits in the lexicon: noun triggers and verb triggers are matched differently. */
export type PatternPos = 'V' | 'N';

/**
 * One lexicon row before compilation, whatever file format it came from (Dyad's TSV or, later, a
 * PETRARCH verb dictionary). Constraint lists hold lemmas, `@class` names or `@actor`; null = any.
 */
export interface PatternRow {
  readonly pos: PatternPos;
  readonly lemmas: readonly string[];
  /** Verbs: the word right after the verb ("up", "dead"). Nouns: a modifier inside the noun phrase ("air"). */
  readonly particle: readonly string[] | null;
  /** Verbs: head words of the direct object. Unused for nouns. */
  readonly object: readonly string[] | null;
  readonly prep: readonly string[] | null;
  readonly pobj: readonly string[] | null;
  /**
   * Verbs: words that must come before the trigger in its sentence, in this order (each entry lists
   * the alternatives for one position). Absent or null = no constraint. PETRARCH's `SAID WOULD *`.
   */
  readonly before?: readonly (readonly string[])[] | null;
  /**
   * Verbs: the other words of a noun phrase the object (or prepositional object) stands for
   * (PETRARCH-2's `{PEACE TALK}` is object `peace`, phrase `talk`). A pattern counts as met by the
   * text's own word forms only when these are there as written too. Absent or null = none.
   */
  readonly objectPhrase?: readonly string[] | null;
  readonly pobjPhrase?: readonly string[] | null;
  /** A CAMEO code, `@frame`, or `none` (explicitly not an event). */
  readonly code: string;
  readonly flags: readonly string[];
  /** Where the row came from, `file:line`; becomes the pattern id. */
  readonly source: string;
}

/** A compiled pattern: constraints as sets (classes expanded), keyed in the lexicon by its lemma. */
export interface Pattern {
  readonly id: string;
  readonly pos: PatternPos;
  readonly lemma: string;
  readonly particle: ReadonlySet<string> | null;
  readonly object: ReadonlySet<string> | null;
  /** The object (verbs) must contain an actor mention. */
  readonly objectActor: boolean;
  readonly prep: ReadonlySet<string> | null;
  readonly pobj: ReadonlySet<string> | null;
  readonly pobjActor: boolean;
  /** Words required before the trigger, in order (alternatives per position); null = none. */
  readonly before: readonly ReadonlySet<string>[] | null;
  /** The rest of a noun-phrase object / prepositional object, as written (see PatternRow). */
  readonly objectPhrase: readonly string[] | null;
  readonly pobjPhrase: readonly string[] | null;
  /** CAMEO code, or null with `frame` set, or null with `none` true. */
  readonly code: string | null;
  readonly frame: string | null;
  readonly none: boolean;
  /** A bare statement verb ("said"): kept only when the sentence has no other event. */
  readonly say: boolean;
  /** The subject suffers the act; a from/by phrase does it ("came under fire from gunmen"). */
  readonly inverse: boolean;
  /** Context-only noun: an argument of another trigger, never an event alone. */
  readonly ctx: boolean;
  /** Object and prepositional-object words match only as written, never through a lemma: "the mayor", not "mayors". */
  readonly written: boolean;
  /** Code to use when the trigger is negated ("did not comment" → 011). */
  readonly negCode: string | null;
  /** Number of constraints; the most specific matching pattern wins. */
  readonly specificity: number;
  /** Row order, for ties. */
  readonly order: number;
}

/** Frame tables: complement-code prefix → code (or `@frame` to hand on). `*` is the default. */
export type FrameTable = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface LexiconStats {
  readonly rows: number;
  /** Compiled lemma-keyed patterns. */
  readonly patterns: number;
  /** Patterns once every alternative (particle × object × preposition × prepositional object) is spelled out. */
  readonly expanded: number;
  /** Expanded patterns per CAMEO root ("frame" for frame patterns, "none" for blockers). */
  readonly byRoot: Readonly<Record<string, number>>;
}

export interface VerbLexicon {
  readonly verbs: ReadonlyMap<string, readonly Pattern[]>;
  readonly nouns: ReadonlyMap<string, readonly Pattern[]>;
  /** Every trigger lemma: the sentence prefilter. */
  readonly triggers: ReadonlySet<string>;
  readonly frames: FrameTable;
  readonly stats: LexiconStats;
}

/**
 * What a protest is for (topics.tsv): the codes it refines and, per word, the digit it appends
 * (1 leader, 2 policy, 3 rights, 4 institutions or regime). Two-word keys ("step down") hold a space.
 */
export interface TopicTable {
  readonly codes: ReadonlySet<string>;
  readonly words: ReadonlyMap<string, string>;
}

/**
 * Instruments named with an assault (instruments.tsv), in priority order: the CAMEO code of each and
 * the codes it replaces ("fighter jets hit" is 195, not 190). Two-word keys ("air strike") hold a space.
 */
export interface InstrumentTable {
  readonly rows: readonly InstrumentRow[];
  /** Word → index into rows. */
  readonly words: ReadonlyMap<string, number>;
  /** Every code some row replaces: the events worth scanning. */
  readonly codes: ReadonlySet<string>;
}

export interface InstrumentRow {
  readonly code: string;
  readonly from: ReadonlySet<string>;
}

/** Named closed word lists (negation, modals, light verbs, casualty verbs, ...). */
export type CueLists = ReadonlyMap<string, ReadonlySet<string>>;

export interface CameoInfo {
  readonly code: string;
  readonly name: string;
  readonly quadClass: number;
  readonly goldstein: number | null;
  readonly plover: string | null;
  readonly ploverMode: string | null;
}

export interface CameoOntology {
  /** Info for a code, or null when the code is not CAMEO. */
  lookup(code: string): CameoInfo | null;
}
