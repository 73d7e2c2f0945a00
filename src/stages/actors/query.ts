import type { Segmentation } from '../../core/tokens.js';
import { pickAntecedent, type CandidateList } from './salience.js';
import type { Actor, ActorKind, ActorLayer, ActorMention } from './types.js';

/**
 * Read-side helpers for later stages (quotes, events, a PETRARCH importer's tests): find the
 * mention covering a token, the actor behind a mention, and an antecedent for a pronoun or
 * description the later stage found itself ("they", "the attackers").
 */
export function mentionAtToken(layer: ActorLayer, token: number): ActorMention | null {
  const index = layer.tokenMention[token] ?? -1;
  return index >= 0 ? (layer.mentions[index] ?? null) : null;
}

/** Index of the first mention overlapping tokens [from, to), or -1. */
export function findMentionInTokens(layer: ActorLayer, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const index = layer.tokenMention[k] ?? -1;
    if (index >= 0) return index;
  }
  return -1;
}

export function actorOf(layer: ActorLayer, mention: ActorMention): Actor | null {
  return layer.actors.find((actor) => actor.id === mention.actor) ?? null;
}

export interface AntecedentQuery {
  /** Kinds the antecedent may have; for "he"/"she" use ['person'], for "it" organisation kinds. */
  readonly kinds: readonly ActorKind[];
  /** Sentences to look back (default 3). */
  readonly window?: number;
  /** Nearest eligible mention regardless of sentence (descriptions), instead of the subject-first rule. */
  readonly nearestOnly?: boolean;
  /** The word closes a report ("…, it added"): skip mentions in its own sentence. */
  readonly reportingTail?: boolean;
}

/**
 * The salience rule of the actors stage (see salience.ts) applied to the final layer: returns the
 * index into `layer.mentions` of the antecedent for the word at `token`, or -1. A coreferent
 * mention may be returned: it carries its own antecedent's actor and code.
 */
export function resolveAntecedent(layer: ActorLayer, seg: Segmentation, token: number, query: AntecedentQuery): number {
  const kindOf = new Map(layer.actors.map((actor) => [actor.id, actor.kind]));
  const mentions = layer.mentions;
  const candidates: CandidateList = {
    length: mentions.length,
    tokenStart: (i) => (mentions[i] as ActorMention).tokenStart,
    sentence: (i) => seg.tokens.sentence[(mentions[i] as ActorMention).tokenStart] as number,
    eligible: (i) => query.kinds.includes(kindOf.get((mentions[i] as ActorMention).actor) ?? 'other'),
  };
  const sentence = seg.tokens.sentence[token] as number;
  return pickAntecedent(candidates, token, sentence, query.window ?? 3, query.nearestOnly ?? false, query.reportingTail ?? false);
}
