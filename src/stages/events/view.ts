import type { TokenTable } from '../../core/tokens.js';
import type { ActorLayer } from '../actors/types.js';
import type { EventResources } from '../../lexicon/verbs/load.js';

/** One sentence as the clause analysis sees it: token range, actors, compiled lexicon. */
export interface SentenceView {
  readonly tokens: TokenTable;
  readonly index: number;
  readonly first: number;
  /** One past the last token. */
  readonly end: number;
  readonly actors: ActorLayer | null;
  readonly res: EventResources;
  /** Hits already computed for this sentence, by token (frames and light verbs ask again). */
  readonly hitCache: Map<number, unknown>;
}

export function lemmaAt(view: SentenceView, i: number): string {
  return (view.tokens.lemma[i] ?? '').toLowerCase();
}

export function lowerAt(view: SentenceView, i: number): string {
  return view.tokens.lower[i] ?? '';
}

export function posAt(view: SentenceView, i: number): string {
  return view.tokens.pos[i] ?? 'X';
}

/** Index into ActorLayer.mentions of the mention covering token i, or -1. */
export function mentionAt(view: SentenceView, i: number): number {
  return view.actors ? (view.actors.tokenMention[i] ?? -1) : -1;
}

export function hasCue(view: SentenceView, cue: string, word: string): boolean {
  return view.res.cues.get(cue)?.has(word) ?? false;
}

/** True when token i's lemma, or a plain-suffix guess at it, is in the cue list (the tagger's lemma can be off: "staged" → "stag"). */
export function tokenHasCue(view: SentenceView, cue: string, i: number): boolean {
  const words = view.res.cues.get(cue);
  if (!words) return false;
  return words.has(lemmaAt(view, i)) || someLemmaGuess(lowerAt(view, i), (guess) => words.has(guess));
}

/** Lemma guesses from inflectional suffixes, for when the tagger's lemma is not in a lexicon. */
export function lemmaGuesses(lower: string): string[] {
  const guesses: string[] = [];
  someLemmaGuess(lower, (guess) => {
    guesses.push(guess);
    return false;
  });
  return guesses;
}

/**
 * True when `test` holds for the word or a suffix-stripped guess at its lemma, tried in order and
 * stopping at the first hit. Cue tests run several times per trigger: no array of guesses is built.
 */
export function someLemmaGuess(lower: string, test: (guess: string) => boolean): boolean {
  if (test(lower)) return true;
  if (lower.endsWith('ed')) return test(lower.slice(0, -1)) || test(lower.slice(0, -2));
  if (lower.endsWith('ing')) return test(lower.slice(0, -3)) || test(`${lower.slice(0, -3)}e`);
  if (lower.endsWith('es')) return test(lower.slice(0, -1)) || test(lower.slice(0, -2));
  if (lower.endsWith('s')) return test(lower.slice(0, -1));
  return false;
}

const QUANTITY_ADVERBS = new Set(['part', 'parts', 'much', 'most']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/** Token can sit inside a noun phrase (determiners, adjectives, numbers, nouns, possessives). */
export function isPhraseToken(view: SentenceView, i: number): boolean {
  const pos = posAt(view, i);
  if (NOUN_PHRASE.has(pos)) return !isRelative(view, i);
  const lower = lowerAt(view, i);
  // "suspended part of a military aid program": the tagger's adverb "part" heads a quantity phrase.
  if (QUANTITY_ADVERBS.has(lower) && lowerAt(view, i + 1) === 'of') return true;
  return lower === "'s" || lower === '’s' || lower === '-' || lower === 'tear' || (pos === 'PART' && lower === "'");
}

export function isRelative(view: SentenceView, i: number): boolean {
  const lower = lowerAt(view, i);
  return lower === 'who' || lower === 'which' || lower === 'whom' || lower === 'whose' || (lower === 'that' && posAt(view, i) !== 'DET');
}

export function isVerb(view: SentenceView, i: number): boolean {
  return posAt(view, i) === 'VERB';
}
