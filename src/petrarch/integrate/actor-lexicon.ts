import { compileActorLexicon } from '../../lexicon/actors/compile.js';
import type { CompiledActorLexicon } from '../../stages/actors/lexicon.js';
import { toActorEntries, toAgentEntries } from '../adapt/actor-entries.js';
import type { PetrarchDictionaries } from '../build.js';

/**
 * The actor lexicon for coding with imported dictionaries: PETRARCH actors and agents replace the
 * built-in ones; the built-in coreference descriptions, PLOVER sector table and name stopwords stay
 * (they are not actor codes).
 */
export function buildPetrarchActorLexicon(dicts: PetrarchDictionaries, builtin: CompiledActorLexicon): CompiledActorLexicon {
  return compileActorLexicon({
    actors: toActorEntries(dicts.actors.entries),
    agents: toAgentEntries(dicts.agents.entries),
    descriptions: [...builtin.descriptions].map(([head, kinds]) => ({ head, kinds })),
    ploverSectors: builtin.ploverSectors,
    nameStopwords: [...builtin.nameStopwords],
  });
}
