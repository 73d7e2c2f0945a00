import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import type { Segmentation } from '../../core/tokens.js';
import { linkAliases } from './aliases.js';
import { assembleLayer } from './assemble.js';
import { draftMatches } from './base.js';
import { composeAdjacent, composeOwnerLinks } from './compose.js';
import { resolveBareAgents } from './context.js';
import { linkCoreference } from './coref.js';
import { findCues } from './cues.js';
import { maskCredits } from './credits.js';
import { indexDrafts, type Work } from './draft.js';
import type { CompiledActorLexicon } from './lexicon.js';
import { findLexiconMatches } from './match.js';
import { attachAppositiveNames, attachTitledNames } from './persons.js';
import type { ActorLayer } from './types.js';

export interface ActorContext {
  readonly actorLexicon: CompiledActorLexicon;
}

/**
 * Finds and codes actor mentions. Passes, in order: mask credits → lexicon matches → agents
 * compose with their owners → role + name makes a person → appositions → acronyms and surnames
 * → bare agents take a country from context → pronouns and descriptions.
 */
export function findActors(doc: Doc, seg: Segmentation, lexicon: CompiledActorLexicon): ActorLayer {
  const cues = findCues(seg.tokens);
  const keys = cues.keys;
  const masked = maskCredits(seg);
  const work: Work = { doc, seg, tokens: seg.tokens, keys, cues, lexicon, masked, drafts: [], covered: new Int32Array(seg.tokens.count) };
  work.drafts = draftMatches(work, findLexiconMatches(seg.tokens, keys, lexicon, masked));
  composeAdjacent(work);
  composeOwnerLinks(work);
  attachTitledNames(work);
  attachAppositiveNames(work);
  linkAliases(work);
  indexDrafts(work);
  resolveBareAgents(work);
  linkCoreference(work);
  return assembleLayer(work);
}

export const actorsStage: Stage<ActorContext> = {
  name: 'actors',
  requires: ['segmentation'],
  provides: ['actors'],
  run: (doc, ctx, layers) => ({ actors: findActors(doc, layers.segmentation as Segmentation, ctx.actorLexicon) }),
};
