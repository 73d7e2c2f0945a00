import type { Pattern } from '../../lexicon/verbs/types.js';
import { isTimePhrase, phraseHas, type Arguments, type Phrase, type PrepPhrase } from './arguments.js';
import { mentionAt, type SentenceView } from './view.js';

/**
 * The first (most specific) pattern whose every constraint the trigger's arguments satisfy. Among
 * equally specific ones, a pattern whose words are the text's own forms beats one met only through
 * a lemma: "lifted sanctions" is PETRARCH's `* SANCTIONS [085]`, not `* SANCTION [0351]`.
 */
export function matchPattern(view: SentenceView, patterns: readonly Pattern[], args: Arguments, trigger: number): Pattern | null {
  let byLemma: Pattern | null = null;
  for (const pattern of patterns) {
    if (byLemma && pattern.specificity < byLemma.specificity) break;
    if (!satisfies(view, pattern, args, pattern.written) || (pattern.before && !hasBefore(view, pattern.before, trigger))) continue;
    if (satisfies(view, pattern, args, true)) return pattern;
    byLemma ??= pattern;
  }
  return byLemma;
}

function satisfies(view: SentenceView, pattern: Pattern, args: Arguments, exact: boolean): boolean {
  if (pattern.particle) {
    const ok = pattern.pos === 'V'
      ? args.particle !== null && pattern.particle.has(args.particle)
      : args.modifiers !== null && phraseHas(view, args.modifiers, pattern.particle, exact);
    if (!ok) return false;
  }
  if (pattern.object && !(args.object && phraseHas(view, args.object, pattern.object, exact))) return false;
  // `{PEACE TALK}` is met as written only when "talk" is written too ("peace talks" is `* TALKS`).
  if (exact && pattern.objectPhrase && !(args.object && hasAllWords(view, args.object, pattern.objectPhrase))) return false;
  if (pattern.objectActor && !(args.object && objectHoldsActor(view, args.object, args.preps))) return false;
  if (pattern.prep || pattern.pobj || pattern.pobjActor) {
    // A bare preposition ("* ON", PETRARCH's "press on") is not met by a time phrase ("demanded on Sunday").
    const bare = !pattern.pobj && !pattern.pobjActor;
    return args.preps.some((pp) =>
      (!pattern.prep || pattern.prep.has(pp.prep))
      && !(bare && isTimePhrase(view, pp))
      && (!pattern.pobj || phraseHas(view, pp, pattern.pobj, exact))
      && (!exact || !pattern.pobjPhrase || hasAllWords(view, pp, pattern.pobjPhrase))
      && (!pattern.pobjActor || holdsActor(view, pp)));
  }
  return true;
}

/** The words of `before` occur in order among the sentence's tokens in front of the trigger (nearest first). */
function hasBefore(view: SentenceView, before: readonly ReadonlySet<string>[], trigger: number): boolean {
  let k = trigger - 1;
  for (let b = before.length - 1; b >= 0; b--) {
    const words = before[b]!;
    while (k >= view.first && !words.has(view.tokens.lower[k] ?? '')) k--;
    if (k < view.first) return false;
    k--;
  }
  return true;
}

// Prepositions whose phrase right after an object noun belongs to that noun ("targets in Somalia", "positions of the rebels").
const NOUN_ATTACHED = new Set(['in', 'of']);

/**
 * An object that names its actor in an attached of/in phrase holds it: PETRARCH-2's `&AIRCRAFT * +`
 * is met by "bombed targets in Somalia", whose parse puts the phrase inside the object noun phrase.
 */
function objectHoldsActor(view: SentenceView, object: Phrase, preps: readonly PrepPhrase[]): boolean {
  if (holdsActor(view, object)) return true;
  const attached = preps.find((pp) => pp.prepIndex === object.end);
  return attached !== undefined && NOUN_ATTACHED.has(attached.prep) && holdsActor(view, attached);
}

/** Every word occurs in the phrase in the text's own form. */
function hasAllWords(view: SentenceView, phrase: Phrase, words: readonly string[]): boolean {
  return words.every((word) => phraseHas(view, phrase, new Set([word]), true));
}

export function holdsActor(view: SentenceView, phrase: Phrase): boolean {
  for (let k = phrase.start; k < phrase.end; k++) if (mentionAt(view, k) >= 0) return true;
  return false;
}
