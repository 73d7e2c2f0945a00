import { resolveActorCode } from '../actors.js';
import type { PetrarchActorEntry, PetrarchAgentEntry } from '../types.js';
import { PhraseTrie } from './phrase-trie.js';

export interface CompiledActors {
  readonly entries: readonly PetrarchActorEntry[];
  /** Every phrase of every entry → entry index. */
  readonly trie: PhraseTrie<number>;
}

export interface ActorMatch {
  readonly end: number;
  readonly entry: PetrarchActorEntry;
  readonly code: string;
}

export function compileActors(entries: readonly PetrarchActorEntry[]): CompiledActors {
  const trie = new PhraseTrie<number>();
  entries.forEach((entry, index) => {
    for (const phrase of entry.phrases) trie.insert(phrase.words, index);
  });
  return { entries, trie };
}

/**
 * The longest actor phrase at `start` that has a code on `date` (YYYYMMDD or null). When several
 * entries share the phrase, the first one in load order with a code for the date wins.
 */
export function matchActor(actors: CompiledActors, tokens: readonly string[], start: number, date: number | null): ActorMatch | null {
  const matches = actors.trie.all(tokens, start);
  for (let m = matches.length - 1; m >= 0; m--) {
    for (const index of matches[m]!.values) {
      const entry = actors.entries[index]!;
      const code = resolveActorCode(entry.codes, date);
      if (code !== null) return { end: matches[m]!.end, entry, code };
    }
  }
  return null;
}

export interface CompiledAgents {
  readonly entries: readonly PetrarchAgentEntry[];
  readonly trie: PhraseTrie<number>;
}

export function compileAgents(entries: readonly PetrarchAgentEntry[]): CompiledAgents {
  const trie = new PhraseTrie<number>();
  entries.forEach((entry, index) => {
    for (const phrase of entry.phrases) trie.insert(phrase.words, index);
  });
  return { entries, trie };
}

/** The longest agent phrase at `start`; a later entry for the same phrase overrides an earlier one. */
export function matchAgent(agents: CompiledAgents, tokens: readonly string[], start: number): { end: number; entry: PetrarchAgentEntry } | null {
  const m = agents.trie.longest(tokens, start);
  if (!m) return null;
  return { end: m.end, entry: agents.entries[m.values[m.values.length - 1]!]! };
}

/** An actor code with an agent: `~MIL` after (ISR → ISRMIL), `NGO~` before (→ NGOISR). */
export function applyAgent(actorCode: string, agent: PetrarchAgentEntry): string {
  return agent.placement === 'suffix' ? `${actorCode}${agent.code}` : `${agent.code}${actorCode}`;
}
