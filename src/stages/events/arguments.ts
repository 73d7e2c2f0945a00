import { isPhraseToken, isVerb, lowerAt, posAt, someLemmaGuess, type SentenceView } from './view.js';

/** A run of tokens [start, end); patterns test its words (surface and lemma) in place, without copying them. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
}

export interface PrepPhrase extends Phrase {
  readonly prep: string;
  readonly prepIndex: number;
}

/** What follows (verbs) or surrounds (nouns) a trigger: the slots patterns constrain. */
export interface Arguments {
  /** Verbs: the word right after the trigger. */
  readonly particle: string | null;
  /** Nouns: the modifiers in front of the noun. */
  readonly modifiers: Phrase | null;
  readonly object: Phrase | null;
  readonly preps: readonly PrepPhrase[];
  /** Index of the verb of a to-infinitive complement, or -1. */
  readonly infinitive: number;
  /** First token after the trigger's arguments. */
  readonly windowEnd: number;
}

const NOUN_END = new Set(['NOUN', 'PROPN', 'NUM']);
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'back', 'dead', 'away', 'aside', 'over', 'in', 'aim']);
const PREPOSITIONS = new Set([
  'of', 'on', 'for', 'with', 'against', 'to', 'in', 'at', 'by', 'from', 'into', 'over', 'about', 'as', 'upon',
  'after', 'during', 'near', 'across', 'through', 'throughout', 'inside', 'outside', 'around', 'within', 'along',
  'toward', 'towards', 'onto', 'under', 'amid', 'without', 'between', 'among',
]);
// Heads that pass the clause on to their of-phrase: quantities ("dozens of X") and acts of coming
// and going ("allow the return of inspectors" is allowing inspectors).
const QUANTITY_HEADS = new Set(['return', 'entry', 'arrival', 'deployment', 'delivery', 'round', 'rounds', 'part', 'parts', 'kg', 'kilograms', 'tons', 'tonnes', 'worth', 'amount', 'amounts', 'shipment', 'shipments', 'consignment', 'batch', 'load', 'loads', 'convoy', 'supply', 'supplies', 'dozen', 'dozens', 'hundreds', 'thousands', 'tens', 'scores', 'number', 'group', 'groups', 'some', 'many', 'members', 'body', 'bodies', 'team', 'delegation', 'all', 'most', 'both', 'one', 'two', 'three', 'several']);
const MAX_PREPS = 3;
const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);

/** Reads a noun phrase starting at `from`; a quantity head ("dozens of X") takes its of-phrase along. */
export function readPhrase(view: SentenceView, from: number, allowGerund = false): Phrase | null {
  let j = from;
  if (allowGerund && j < view.end && isVerb(view, j) && lowerAt(view, j).endsWith('ing')) j++;
  while (j < view.end && (isPhraseToken(view, j) || adverbInPhrase(view, j) || adjectivalParticiple(view, j) || (j > from && (hyphenatedParticiple(view, j) || nameGerund(view, from, j))))) {
    // "on Thursday a key neighborhood": a determiner after a noun opens the next phrase.
    if (j > from && posAt(view, j) === 'DET' && NOUN_END.has(posAt(view, j - 1))) break;
    j++;
  }
  // "at Kharkiv and several other Ukrainian cities": a coordinated noun phrase continues the phrase.
  if (j + 1 < view.end && j > from && (lowerAt(view, j) === 'and' || lowerAt(view, j) === 'or') && startsCoordinatedPhrase(view, j + 1)) {
    const tail = readPhrase(view, j + 1);
    if (tail) j = tail.end;
  }
  if (j < view.end && lowerAt(view, j) === 'of' && j > from && QUANTITY_HEADS.has(lowerAt(view, j - 1))) {
    const tail = readPhrase(view, j + 1);
    if (tail) j = tail.end;
  }
  return j > from ? { start: from, end: j } : null;
}

/** "a warm/ADV welcome", "a very large crowd": an adverb between a determiner or adjective and its noun. */
function adverbInPhrase(view: SentenceView, j: number): boolean {
  if (posAt(view, j) !== 'ADV' || PREPOSITIONS.has(lowerAt(view, j)) || j + 1 >= view.end) return false;
  const before = j > view.first ? posAt(view, j - 1) : '';
  return (before === 'DET' || before === 'ADJ') && (posAt(view, j + 1) === 'ADJ' || posAt(view, j + 1) === 'NOUN');
}

function startsCoordinatedPhrase(view: SentenceView, j: number): boolean {
  const pos = posAt(view, j);
  const lower = lowerAt(view, j);
  if (lower.endsWith('ing')) return false;
  // "set houses on fire and looted/ADJ livestock": a mis-tagged coordinated verb starts no phrase.
  if (lower.endsWith('ed') && someLemmaGuess(lower, (guess) => view.res.lexicon.verbs.has(guess))) return false;
  return pos === 'DET' || pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM';
}

/** "coordinated attacks", "the planned deployment": a participle used as an adjective. */
export function adjectivalParticiple(view: SentenceView, j: number): boolean {
  if (posAt(view, j) !== 'VERB' || !lowerAt(view, j).endsWith('ed') || j + 1 >= view.end) return false;
  const next = posAt(view, j + 1);
  const before = j > view.first ? posAt(view, j - 1) : '';
  return (next === 'NOUN' || next === 'ADJ') && (before === 'DET' || before === 'ADP' || before === 'ADJ' || before === 'PRON');
}

/**
 * "the Kerem Shalom crossing/VERB on Sunday": an -ing word closing a determiner phrase right after a
 * name, with no object of its own after it, is the phrase's head noun.
 */
function nameGerund(view: SentenceView, from: number, j: number): boolean {
  if (posAt(view, j) !== 'VERB' || !lowerAt(view, j).endsWith('ing') || posAt(view, j - 1) !== 'PROPN' || posAt(view, from) !== 'DET') return false;
  const next = j + 1 < view.end ? posAt(view, j + 1) : 'PUNCT';
  return next === 'PUNCT' || (next === 'ADP' && lowerAt(view, j + 1) !== 'into');
}

/**
 * "a power-sharing agreement", "a peace-keeping force", "Iranian-backed militias": a participle
 * joined by a hyphen to the word before it is part of a compound modifier, not the next verb.
 */
function hyphenatedParticiple(view: SentenceView, j: number): boolean {
  if (posAt(view, j) !== 'VERB' || lowerAt(view, j - 1) !== '-' || j + 1 >= view.end) return false;
  const lower = lowerAt(view, j);
  const next = posAt(view, j + 1);
  return (lower.endsWith('ing') || lower.endsWith('ed')) && (next === 'NOUN' || next === 'ADJ' || next === 'PROPN');
}

/** True when a word of the phrase (surface or lemma) is in `wanted`. */
export function phraseHas(view: SentenceView, phrase: Phrase, wanted: ReadonlySet<string>, exact = false): boolean {
  const { lower, lemma } = view.tokens;
  for (let k = phrase.start; k < phrase.end; k++) {
    if (wanted.has(lower[k] ?? '') || (!exact && wanted.has(lemma[k] ?? ''))) return true;
  }
  return false;
}

/** Arguments of a verb trigger: particle, direct object, up to three prepositional phrases, to-infinitive. */
export function readVerbArguments(view: SentenceView, i: number): Arguments {
  let j = i + 1;
  const particle = j < view.end ? lowerAt(view, j) : null;
  if (particle !== null && PARTICLES.has(particle) && !startsPrepPhrase(view, j)) j++;
  // "is prepared to", "are willing to": the adjective belongs to the verb, the infinitive follows.
  else if (particle !== null && j + 1 < view.end && lowerAt(view, j + 1) === 'to' && (posAt(view, j) === 'ADJ' || particle.endsWith('ed'))) j++;
  // "threatened today to impose": a time adverb between the verb and its arguments.
  if (j < view.end && posAt(view, j) === 'ADV' && !PARTICLES.has(lowerAt(view, j)) && !isPhraseToken(view, j)) j = skipAdverbs(view, j);
  // "allow up to 13,000 refugees", "killed at least 132": a number's hedge belongs to the object.
  if (particle === 'up' && lowerAt(view, j) === 'to' && j + 1 < view.end && posAt(view, j + 1) === 'NUM') j++;
  j = skipNumberHedge(view, j);
  // 'to forge “ties of confidence”': the object's words stand inside quotation marks.
  if (j + 1 < view.end && OPENING_QUOTES.has(lowerAt(view, j)) && isPhraseToken(view, j + 1)) j++;
  let object: Phrase | null = null;
  if (j < view.end && lowerAt(view, j) !== 'to') {
    object = readPhrase(view, j);
    if (object) j = object.end;
  }
  let tail = readPrepPhrases(view, j);
  if (!object && tail.infinitive < 0) {
    const late = objectAfterTime(view, tail.preps, tail.end);
    if (late) {
      object = late;
      const rest = readPrepPhrases(view, late.end);
      tail = { preps: [...tail.preps, ...rest.preps], infinitive: rest.infinitive, end: rest.end };
    }
  }
  return { particle, modifiers: null, object, preps: tail.preps, infinitive: tail.infinitive, windowEnd: tail.end };
}

/** Arguments of a noun trigger: modifiers in front of it, prepositional phrases after it. */
export function readNounArguments(view: SentenceView, i: number): Arguments {
  let k = i - 1;
  while (k >= view.first && (isPhraseToken(view, k) || hyphenatedParticiple(view, k)) && i - k <= 5) k--;
  const modifiers = k + 1 < i ? { start: k + 1, end: i } : null;
  const tail = readPrepPhrases(view, i + 1);
  return { particle: null, modifiers, object: null, preps: tail.preps, infinitive: tail.infinitive, windowEnd: tail.end };
}

/** "on" followed by a phrase is a preposition even in the particle slot ("called on the UN"). */
function startsPrepPhrase(view: SentenceView, j: number): boolean {
  const lower = lowerAt(view, j);
  return (lower === 'on' || lower === 'in') && j + 1 < view.end && isPhraseToken(view, j + 1);
}

function readPrepPhrases(view: SentenceView, from: number): { preps: PrepPhrase[]; infinitive: number; end: number } {
  const preps: PrepPhrase[] = [];
  let j = from;
  let infinitive = -1;
  while (j < view.end && preps.length < MAX_PREPS) {
    const lower = lowerAt(view, j);
    if (lower === 'to') {
      const verb = skipAdverbs(view, j + 1);
      if (verb < view.end && (isVerb(view, verb) || posAt(view, verb) === 'AUX' || mistaggedInfinitive(view, verb))) {
        infinitive = verb;
        break;
      }
    }
    if (!PREPOSITIONS.has(lower) && posAt(view, j) !== 'ADP') break;
    const phrase = readPhrase(view, j + 1, true);
    if (!phrase) break;
    // Fields spelled out: an object spread here was the hottest line of the events stage.
    preps.push({ start: phrase.start, end: phrase.end, prep: lower, prepIndex: j });
    j = phrase.end;
  }
  return { preps, infinitive, end: j };
}

const HEDGES = new Map<string, string>([['at', 'least'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['as', 'many'], ['up', 'to']]);

/** "at least 132", "more than 40": skips the hedge when a number follows. */
function skipNumberHedge(view: SentenceView, j: number): number {
  const second = HEDGES.get(lowerAt(view, j));
  if (second === undefined || lowerAt(view, j + 1) !== second) return j;
  let k = j + 2;
  if (lowerAt(view, k) === 'as') k++;
  return k < view.end && (posAt(view, k) === 'NUM' || view.res.quantities.has(lowerAt(view, k))) ? k : j;
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'all']);

/** "to soon complete/ADJ the release": after "to", a word followed by an article is a verb whatever its tag. */
function mistaggedInfinitive(view: SentenceView, k: number): boolean {
  const pos = posAt(view, k);
  return (pos === 'ADJ' || pos === 'NOUN') && k + 1 < view.end && ARTICLES.has(lowerAt(view, k + 1));
}

const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'night', 'morning', 'evening', 'afternoon', 'weekend']);

/** Words a time phrase is made of ("on Sunday", "in the morning"): also read by the PETRARCH-1 pattern matcher. */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word);
}

/** A preposition of the clause analysis' list (the tagger's ADP aside). */
export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}

/** "on Sunday", "in the morning": a prepositional phrase that only says when. */
export function isTimePhrase(view: SentenceView, pp: PrepPhrase): boolean {
  for (let k = pp.start; k < pp.end; k++) if (!TIME_WORDS.has(lowerAt(view, k)) && lowerAt(view, k) !== 'the') return false;
  return pp.end > pp.start;
}

/** "captured on Monday the port of Mokha": a time phrase may stand between a verb and its object. */
export function objectAfterTime(view: SentenceView, preps: readonly PrepPhrase[], end: number): Phrase | null {
  const first = preps[0];
  if (!first || preps.length !== 1 || first.end !== end || first.end - first.start !== 1) return null;
  if (!TIME_WORDS.has(lowerAt(view, first.start))) return null;
  return readPhrase(view, end);
}

export function skipAdverbs(view: SentenceView, from: number): number {
  let j = from;
  while (j < view.end && posAt(view, j) === 'ADV') j++;
  return j;
}
