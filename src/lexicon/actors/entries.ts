import type { ActorPeriod } from '../../stages/actors/lexicon.js';
import type { ActorKind } from '../../stages/actors/types.js';

/**
 * The builder API's input: plain entries, whatever they were read from. A PETRARCH importer maps
 * each actor (phrase list → dated codes) to an ActorEntry and each agent (`~MIL` suffix or
 * `MIL~` prefix template) to an AgentEntry, then calls compileActorLexicon.
 */
export interface ActorEntry {
  /** Stable id; an entry of a later list (a user's `--lexicon`) with the same id replaces it. */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Phrases naming the actor itself ("Hamas", "Islamic Resistance Movement"). */
  readonly names: readonly string[];
  /** Countries only: adjective/demonym forms, singular and plural ("Palestinian", "Palestinians"). */
  readonly demonyms?: readonly string[];
  /** Countries only: capitals and seats that stand for the government ("Washington", "the Kremlin" goes in names of a government entry instead). */
  readonly capitals?: readonly string[];
  /** At least one; from/until are inclusive ISO days or null. */
  readonly periods: readonly ActorPeriod[];
  /**
   * Optional: the period an article without a date takes (PETRARCH's undated default code).
   * Without it an undated article takes the latest period, as news is usually recent.
   */
  readonly undated?: ActorPeriod | null;
  readonly source: string;
  /** People only, optional: keeps coreference from linking "she" to a man. */
  readonly gender?: 'm' | 'f' | null;
}

export interface AgentEntry {
  readonly id: string;
  readonly name: string;
  /** Phrases, singular and plural ("gunman", "gunmen"). */
  readonly names: readonly string[];
  /** `~MIL` (owner country + MIL), `MIL~` (a prefix template), or a full code. */
  readonly template: string;
  readonly kind: ActorKind;
  /** A role one person holds ("spokesman", "foreign minister"). */
  readonly personRole: boolean;
  readonly source: string;
}

export interface DescriptionEntry {
  /** Head noun of a definite description ("group" in "the Gaza-based group"). */
  readonly head: string;
  readonly kinds: readonly ActorKind[];
}

export interface ActorLexiconInput {
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly descriptions?: readonly DescriptionEntry[];
  /** CAMEO sector → PLOVER sector, where they differ. */
  readonly ploverSectors?: ReadonlyMap<string, string>;
  readonly nameStopwords?: readonly string[];
  /** Nouns an agent word can modify without naming an actor; `held`: a post, base or vehicle the agent holds. */
  readonly things?: readonly ThingEntry[];
}

export interface ThingEntry {
  readonly word: string;
  readonly held: boolean;
}

export const ACTOR_KINDS: readonly ActorKind[] = [
  'country', 'government', 'military', 'police', 'organization', 'armed-group', 'igo', 'ngo', 'party', 'person', 'agent', 'media', 'business', 'other',
];
