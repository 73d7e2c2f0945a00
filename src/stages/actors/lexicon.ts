import type { ActorKind } from './types.js';

/**
 * The compiled actor lexicon the stage reads from its context. Built once by
 * `compileActorLexicon` (src/lexicon/actors/compile.ts) from plain entries, whatever file
 * format they came from (our TSV lists, a user's `--lexicon DIR`, an imported PETRARCH dictionary).
 */
export interface CompiledActorLexicon {
  /** Root of the phrase trie; edges are folded (lower-cased, accent-free) tokens. */
  readonly root: TrieNode;
  readonly actors: readonly ActorRecord[];
  readonly agents: readonly AgentRecord[];
  /** Coreference descriptions: head noun ("group") → the actor kinds it can refer to. */
  readonly descriptions: ReadonlyMap<string, readonly ActorKind[]>;
  /** CAMEO sector → PLOVER sector code (HLH → MED, MED → JRN, ...). */
  readonly ploverSectors: ReadonlyMap<string, string>;
  /** Words that never start or continue an unknown person's name (months, weekdays, titles...). */
  readonly nameStopwords: ReadonlySet<string>;
  /** Nouns an agent word can modify without naming an actor ("refugee camp", "army budget"): data/actors/things.tsv. */
  readonly things: ReadonlySet<string>;
  /** The posts, bases and vehicles among `things`: with `agentsOwnPlaces` their agent stays an actor. */
  readonly heldPlaces: ReadonlySet<string>;
  /** Counts per source list, for reports and `--lexicon` diagnostics. */
  readonly sizes: Readonly<Record<string, number>>;
  /**
   * An agent before a post, base or vehicle ("an Israeli army post") is still the agent, as PETRARCH
   * reads every agent of a noun phrase: set for imported dictionaries. Dyad's own lexicon reads
   * such a phrase as a thing, not an actor.
   */
  readonly agentsOwnPlaces?: boolean;
}

export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  /** What a phrase ending at this node means; several when lists overlap (first valid wins). */
  targets: PhraseTarget[] | null;
}

/** How the phrase relates to its record: a name, the country's adjective/demonym, or a capital standing for the government. */
export type PhraseForm = 'name' | 'demonym' | 'capital' | 'agent';

export interface PhraseTarget {
  readonly form: PhraseForm;
  /** Index into `actors` (forms name/demonym/capital) or `agents` (form agent). */
  readonly index: number;
  /** Per phrase token: 0 any case, 1 must start upper-case, 2 must be all capitals ("US"), 3 needs an inner capital ("LeT"). */
  readonly caseRule: Uint8Array;
  /** True for a plural agent or demonym ("gunmen", "Palestinians"). */
  readonly plural: boolean;
}

/** One time-bounded code of an actor; `from`/`until` are inclusive ISO days, null when open. */
export interface ActorPeriod {
  readonly code: string;
  readonly from: string | null;
  readonly until: string | null;
  /** Role held in this period, for people ("Prime Minister"). */
  readonly role: string | null;
}

export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Sorted by `from`; at least one. */
  readonly periods: readonly ActorPeriod[];
  /** The period an undated article takes; null = the latest one. */
  readonly undated: ActorPeriod | null;
  /** Where the entry came from (list file name), for diagnostics. */
  readonly source: string;
  /** People: 'm' or 'f' when the list says; used only by coreference. */
  readonly gender: 'm' | 'f' | null;
}

export interface AgentRecord {
  readonly id: string;
  readonly name: string;
  /** Code template: `~` stands for the owner's country code (`~MIL`), or a whole code without `~`. */
  readonly template: string;
  readonly kind: ActorKind;
  /** A role a single person holds ("spokesman", "prime minister"): it can precede a name and inherits its owner's code. */
  readonly personRole: boolean;
  readonly source: string;
}
