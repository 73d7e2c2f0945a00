import { compileActorLexicon, mergeActorLexicons, type ActorLexiconInput } from '../../lexicon/actors/index.js';
import type { CompiledActorLexicon } from '../../stages/actors/lexicon.js';
import { toActorEntries, toAgentEntries } from '../adapt/actor-entries.js';
import type { PetrarchDictionaries } from '../build.js';

/**
 * The actor lexicon for coding with imported dictionaries. By default PETRARCH actors and agents
 * replace the built-in ones; with `keepBuiltin` they are added on top (and win shared phrases). The
 * built-in coreference descriptions, PLOVER sector table and name stopwords stay either way: they
 * are not actor codes. An agent before a post, base or vehicle ("attacked an Israeli army post")
 * stays an agent, as PETRARCH reads it.
 */
export function buildPetrarchActorLexicon(dicts: PetrarchDictionaries, builtin: ActorLexiconInput, keepBuiltin = false): CompiledActorLexicon {
  const imported: ActorLexiconInput = { actors: toActorEntries(dicts.actors.entries), agents: toAgentEntries(dicts.agents.entries) };
  const base: ActorLexiconInput = keepBuiltin ? builtin : { ...builtin, actors: [], agents: [] };
  return { ...compileActorLexicon(mergeActorLexicons(base, imported)), agentsOwnPlaces: true };
}
