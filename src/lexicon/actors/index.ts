/** The actor lexicon's public surface: read lists, merge (e.g. with a PETRARCH import), compile. */
export { compileActorLexicon } from './compile.js';
export { loadActorLexicon, mergeActorLexicons, readActorLexicon } from './load.js';
export type { ActorEntry, ActorLexiconInput, AgentEntry, DescriptionEntry } from './entries.js';
export { keyPhrase } from './phrase.js';
