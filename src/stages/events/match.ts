import type { Pattern } from '../../lexicon/verbs/types.js';
import type { Arguments, Phrase } from './arguments.js';
import { mentionAt, type SentenceView } from './view.js';

/** The first (most specific) pattern whose every constraint the trigger's arguments satisfy. */
export function matchPattern(view: SentenceView, patterns: readonly Pattern[], args: Arguments): Pattern | null {
  for (const pattern of patterns) {
    if (satisfies(view, pattern, args)) return pattern;
  }
  return null;
}

function satisfies(view: SentenceView, pattern: Pattern, args: Arguments): boolean {
  if (pattern.particle) {
    const ok = pattern.pos === 'V'
      ? args.particle !== null && pattern.particle.has(args.particle)
      : args.modifiers !== null && intersects(args.modifiers.words, pattern.particle);
    if (!ok) return false;
  }
  if (pattern.object && !(args.object && intersects(args.object.words, pattern.object))) return false;
  if (pattern.objectActor && !(args.object && holdsActor(view, args.object))) return false;
  if (pattern.prep || pattern.pobj || pattern.pobjActor) {
    return args.preps.some((pp) =>
      (!pattern.prep || pattern.prep.has(pp.prep))
      && (!pattern.pobj || intersects(pp.words, pattern.pobj))
      && (!pattern.pobjActor || holdsActor(view, pp)));
  }
  return true;
}

function intersects(words: ReadonlySet<string>, wanted: ReadonlySet<string>): boolean {
  for (const word of words) if (wanted.has(word)) return true;
  return false;
}

export function holdsActor(view: SentenceView, phrase: Phrase): boolean {
  for (let k = phrase.start; k < phrase.end; k++) if (mentionAt(view, k) >= 0) return true;
  return false;
}
