import { DyadError } from '../../core/errors.js';
import type { ActorRecord, AgentRecord, CompiledActorLexicon, PhraseForm, PhraseTarget, TrieNode } from '../../stages/actors/lexicon.js';
import type { ActorKind } from '../../stages/actors/types.js';
import type { ActorEntry, ActorLexiconInput } from './entries.js';
import { keyPhrase } from './phrase.js';

/**
 * Compiles entries into the stage's lookup structure: one token trie for every phrase (names,
 * demonyms, capitals, agents). Later entries with an existing id replace earlier ones, so pass
 * built-in lists first and user lists after; where two phrases collide, the later list's target is
 * tried first. Throws E_DATA on an entry without names or periods.
 */
export function compileActorLexicon(input: ActorLexiconInput): CompiledActorLexicon {
  const actors = dedupe(input.actors);
  const agents = dedupe(input.agents);
  const root: TrieNode = { next: new Map(), targets: null };
  const actorRecords: ActorRecord[] = actors.map((entry, index) => {
    checkEntry(entry);
    for (const name of entry.names) addPhrase(root, name, 'name', index, false);
    for (const demonym of entry.demonyms ?? []) addPhrase(root, demonym, 'demonym', index, demonym.endsWith('s'));
    for (const capital of entry.capitals ?? []) addPhrase(root, capital, 'capital', index, false);
    const periods = [...entry.periods].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    return { id: entry.id, name: entry.name, kind: entry.kind, periods, undated: entry.undated ?? null, source: entry.source, gender: entry.gender ?? null };
  });
  const agentRecords: AgentRecord[] = agents.map((entry, index) => {
    if (entry.names.length === 0) throw new DyadError('E_DATA', `agent "${entry.id}" has no phrases (${entry.source})`);
    for (const name of entry.names) addPhrase(root, name, 'agent', index, false);
    return { id: entry.id, name: entry.name, template: entry.template, kind: entry.kind, personRole: entry.personRole, source: entry.source };
  });
  const descriptions = new Map<string, readonly ActorKind[]>();
  for (const description of input.descriptions ?? []) descriptions.set(description.head.toLowerCase(), description.kinds);
  return {
    root,
    actors: actorRecords,
    agents: agentRecords,
    descriptions,
    ploverSectors: new Map(input.ploverSectors ?? []),
    nameStopwords: new Set((input.nameStopwords ?? []).map((word) => word.toLowerCase())),
    things: new Set((input.things ?? []).map((thing) => thing.word)),
    heldPlaces: new Set((input.things ?? []).filter((thing) => thing.held).map((thing) => thing.word)),
    sizes: countSources(actorRecords, agentRecords, descriptions.size),
  };
}

function checkEntry(entry: ActorEntry): void {
  if (entry.names.length === 0 && (entry.demonyms ?? []).length === 0) {
    throw new DyadError('E_DATA', `actor "${entry.id}" has no names (${entry.source})`);
  }
  if (entry.periods.length === 0) throw new DyadError('E_DATA', `actor "${entry.id}" has no code (${entry.source})`);
}

/** Keeps the last entry for each id, at the position of its first appearance. */
function dedupe<T extends { readonly id: string }>(entries: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const entry of entries) byId.set(entry.id, entry);
  return [...byId.values()];
}

function addPhrase(root: TrieNode, phrase: string, form: PhraseForm, index: number, plural: boolean): void {
  const { keys, caseRule } = keyPhrase(phrase);
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = { next: new Map(), targets: null };
      node.next.set(key, child);
    }
    node = child;
  }
  const target: PhraseTarget = { form, index, caseRule, plural };
  // Later lists (user lexicons) win collisions: their target is tried first.
  node.targets = node.targets === null ? [target] : [target, ...node.targets];
}

function countSources(actors: readonly ActorRecord[], agents: readonly AgentRecord[], descriptions: number): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const actor of actors) sizes[actor.source] = (sizes[actor.source] ?? 0) + 1;
  for (const agent of agents) sizes[agent.source] = (sizes[agent.source] ?? 0) + 1;
  sizes['descriptions'] = descriptions;
  return sizes;
}
