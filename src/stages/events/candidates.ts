import type { Pattern } from '../../lexicon/verbs/types.js';
import { readNounArguments, readVerbArguments, type Arguments } from './arguments.js';
import { isPassive } from './modality.js';
import { matchPattern } from './match.js';
import { isPhraseToken, lemmaAt, lemmaGuesses, lowerAt, mentionAt, posAt, type SentenceView } from './view.js';

/** A token whose lemma and arguments match a lexicon pattern. */
export interface Hit {
  readonly index: number;
  readonly pos: 'V' | 'N';
  readonly pattern: Pattern;
  readonly args: Arguments;
}

const VERB_TAGS = new Set(['VERB', 'AUX']);
const MISTAG_AS_VERB = new Set(['NOUN', 'ADJ', 'X']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
const NOUN_CONTEXT = new Set(['DET', 'ADJ', 'ADP', 'NUM']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);

/** True when the sentence holds a trigger lemma at all: the cheap prefilter before any clause analysis. */
export function hasTrigger(view: SentenceView): boolean {
  const { triggers } = view.res.lexicon;
  const { forms } = view.res;
  const { lemma, lower } = view.tokens;
  for (let i = view.first; i < view.end; i++) {
    if (triggers.has(lemma[i] ?? '') || triggers.has(lower[i] ?? '') || triggers.has(forms.get(lower[i] ?? '') ?? '')) return true;
  }
  return false;
}

/** Every trigger token of the sentence with its best pattern (blockers such as "meet demands" included). */
export function findHits(view: SentenceView): Hit[] {
  const hits: Hit[] = [];
  const { triggers } = view.res.lexicon;
  const { forms } = view.res;
  const { lemma, lower, pos } = view.tokens;
  for (let i = view.first; i < view.end; i++) {
    // Cheap skip first: most tokens are neither a trigger lemma nor a mis-lemmatised -ed/-ing or irregular verb.
    const surface = lower[i] ?? '';
    if (!triggers.has(lemma[i] ?? '') && !triggers.has(surface) && !(pos[i] !== 'PROPN' && (surface.endsWith('ed') || surface.endsWith('ing')) && !triggers.has((lemma[i] ?? '').toLowerCase()))
      && !triggers.has(forms.get(surface) ?? '')) continue;
    // A word inside an actor's name ("armed groups", "Protest Movement"), a capitalised name word
    // ("United Press International") or a hyphen compound ("Israeli-occupied") is not a predicate.
    if (mentionAt(view, i) >= 0 || isNameWord(view, i) || (i > view.first && lowerAt(view, i - 1) === '-')) continue;
    const hit = matchAt(view, i);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** The hit at token i, reading it as a verb or a noun by its tag and its left neighbour. */
export function matchAt(view: SentenceView, i: number): Hit | null {
  const cached = view.hitCache.get(i);
  if (cached !== undefined) return cached as Hit | null;
  const hit = computeHit(view, i);
  view.hitCache.set(i, hit);
  return hit;
}

function computeHit(view: SentenceView, i: number): Hit | null {
  const { verbs, nouns } = view.res.lexicon;
  const lemma = lemmaAt(view, i);
  const lower = lowerAt(view, i);
  // Lemma guesses only for verbs the tagger mis-lemmatised ("staged" → "stag"): cheap, and rare.
  const verbPatterns = verbs.get(lemma) ?? (mayGuess(view, i, lemma, lower) ? guessVerb(verbs, lower) : undefined) ?? irregularVerb(view, i, lower);
  const nounPatterns = nouns.get(lemma) ?? nouns.get(lower);
  if (!verbPatterns && !nounPatterns) return null;
  const asVerb = readsAsVerb(view, i, verbPatterns !== undefined, nounPatterns !== undefined);
  if (asVerb && verbPatterns) {
    const args = withPassiveSubject(view, i, readVerbArguments(view, i));
    const pattern = matchPattern(view, verbPatterns, args, i);
    return pattern ? { index: i, pos: 'V', pattern, args } : null;
  }
  if (!asVerb && nounPatterns) {
    const args = readNounArguments(view, i);
    const pattern = matchPattern(view, nounPatterns, args, i);
    return pattern ? { index: i, pos: 'N', pattern, args } : null;
  }
  return null;
}

/** "forces have been dispatched": in the passive the subject is what the object constraint is about. */
function withPassiveSubject(view: SentenceView, i: number, args: Arguments): Arguments {
  if (args.object || !isPassive(view, i)) return args;
  let k = i - 1;
  while (k >= view.first && (posAt(view, k) === 'AUX' || posAt(view, k) === 'ADV' || posAt(view, k) === 'PART')) k--;
  let start = k;
  while (start - 1 >= view.first && isPhraseToken(view, start - 1) && k - start < 6) start--;
  return k >= start && k >= view.first && isPhraseToken(view, k) ? { ...args, object: { start, end: k + 1 } } : args;
}

function mayGuess(view: SentenceView, i: number, lemma: string, lower: string): boolean {
  const pos = posAt(view, i);
  return (pos === 'VERB' && lemma !== lower) || (MISTAG_AS_VERB.has(pos) && (lower.endsWith('ing') || lower.endsWith('ed')));
}

/** "Rebels shot/NOUN three soldiers": an irregular past form the tagger called a noun or adjective. */
function irregularVerb(view: SentenceView, i: number, lower: string): readonly Pattern[] | undefined {
  const lemma = MISTAG_AS_VERB.has(posAt(view, i)) ? view.res.forms.get(lower) : undefined;
  return lemma === undefined ? undefined : view.res.lexicon.verbs.get(lemma);
}

function guessVerb(verbs: ReadonlyMap<string, readonly Pattern[]>, lower: string): readonly Pattern[] | undefined {
  for (const guess of lemmaGuesses(lower)) {
    const patterns = verbs.get(guess);
    if (patterns) return patterns;
  }
  return undefined;
}

function readsAsVerb(view: SentenceView, i: number, hasVerb: boolean, hasNoun: boolean): boolean {
  if (!hasVerb) return false;
  const pos = posAt(view, i);
  if (VERB_TAGS.has(pos)) return !afterDeterminer(view, i) && !afterPhrasalVerb(view, i) && !(hasNoun && objectOfPastVerb(view, i));
  if (!MISTAG_AS_VERB.has(pos)) return false;
  // "said he was confident that ...": an adjective the lexicon lists, after a form of "be" in reported
  // speech, is the comment. Outside it ("some monitors are skeptical") it is a mood, not a statement.
  if (pos === 'ADJ' && view.res.lexicon.verbs.has(lemmaAt(view, i)) && afterCopula(view, i) && reportedBefore(view, i)) return true;
  // Headline style "Police fire tear gas", "Kyiv appeals for air defence": right after the subject actor.
  if (i > view.first && mentionAt(view, i - 1) >= 0 && !afterDeterminer(view, i) && startsClause(view, mentionAt(view, i - 1))) return true;
  // The tagger called it a noun/adjective: a verb only when it is inflected like one ("shot dead")
  // or takes a determiner object ("authorities today release an impounded ship").
  if (afterDeterminer(view, i)) return false;
  const next = i + 1 < view.end ? lowerAt(view, i + 1) : '';
  if (ARTICLES.has(next)) return true;
  if (hasNoun || nounCompound(view, i)) return false;
  const lower = lowerAt(view, i);
  const coordinated = i > view.first && (lowerAt(view, i - 1) === 'and' || lowerAt(view, i - 1) === 'or');
  return (lower !== lemmaAt(view, i) && !lower.endsWith('s')) || lower.endsWith('ing') || (coordinated && lower.endsWith('ed'));
}

/**
 * "rejected calls for his resignation", "renewed demands for talks": a plural -s word right after a
 * past-tense verb is that verb's object, not a second verb, whatever the tagger said.
 */
function objectOfPastVerb(view: SentenceView, i: number): boolean {
  const lower = lowerAt(view, i);
  if (!lower.endsWith('s') || lower.endsWith('ss') || i <= view.first) return false;
  return posAt(view, i - 1) === 'VERB' && lowerAt(view, i - 1).endsWith('ed');
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'remain', 'remains', 'remained', 'seemed', 'seems']);

/** A form of "be" (or "remain", "seem") right before, adverbs skipped: "was not very optimistic". */
function afterCopula(view: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k > view.first && (posAt(view, k) === 'ADV' || posAt(view, k) === 'PART')) k--;
  return k >= view.first && COPULAS.has(lowerAt(view, k));
}

/** A reporting verb earlier in the sentence ("said", "told reporters"). */
function reportedBefore(view: SentenceView, i: number): boolean {
  for (let k = view.first; k < i; k++) {
    if (posAt(view, k) === 'VERB' && matchAt(view, k)?.pattern.say) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(['as', 'while', 'when', 'after', 'before', 'and', 'but', ',', 'because', 'since', 'that']);

/** The mention, with its article ("A policeman"), opens a clause (sentence start, or after "as", "and", ...): the next word is its verb. */
function startsClause(view: SentenceView, mention: number): boolean {
  let start = view.actors?.mentions[mention]?.tokenStart ?? view.first;
  if (start > view.first && ARTICLES.has(lowerAt(view, start - 1))) start--;
  return start === view.first || CLAUSE_OPENERS.has(lowerAt(view, start - 1));
}

function isNameWord(view: SentenceView, i: number): boolean {
  if (i === view.first || posAt(view, i) !== 'PROPN') return false;
  const first = view.tokens.value[i]?.charCodeAt(0) ?? 0;
  return first >= 65 && first <= 90;
}

/** "membership targets": a token the tagger calls a noun, right after a noun, is no verb. */
function nounCompound(view: SentenceView, i: number): boolean {
  return i > view.first && posAt(view, i) === 'NOUN' && posAt(view, i - 1) === 'NOUN';
}

const VERB_PARTICLES = new Set(['back', 'up', 'out', 'off', 'down', 'away', 'over']);

/**
 * "hand back control", "set up checkpoints": right after a verb and its particle comes the phrasal
 * verb's object, a noun whatever the tagger said. A gerund stays a verb ("ended up killing four").
 */
function afterPhrasalVerb(view: SentenceView, i: number): boolean {
  if (i - 2 < view.first || !VERB_PARTICLES.has(lowerAt(view, i - 1)) || lowerAt(view, i).endsWith('ing')) return false;
  return posAt(view, i - 2) === 'VERB';
}

/** "the attack", "a scathing attack", "their talks": a noun whatever the tagger said. */
function afterDeterminer(view: SentenceView, i: number): boolean {
  if (i <= view.first) return false;
  const before = posAt(view, i - 1);
  return NOUN_CONTEXT.has(before) || POSSESSIVES.has(lowerAt(view, i - 1));
}
