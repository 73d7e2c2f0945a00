import type { Sentence, TokenTable } from '../../core/tokens.js';
import type { ActorLayer } from '../actors/types.js';
import { EntryKind, type Gazetteer } from './gazetteer.js';
import { isCapitalised, type Match } from './match.js';

/** Prepositions that announce a place: "in Reading" is the town, "Reading the report" is not. */
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'into', 'across', 'around', 'via', 'towards', 'toward']);
/** A common word counts as a place after a locative preposition only when the town is this big. */
const COMMON_WORD_MIN_POPULATION = 50_000;
/** Below this, a town's name followed by another capitalised name is read as part of that name. */
const NAME_CITY_POPULATION = 100_000;

/** Token mask of person-name mentions from the actors layer, when that stage ran. */
export function maskPersons(count: number, actors: ActorLayer | undefined): Uint8Array {
  const mask = new Uint8Array(count);
  if (!actors) return mask;
  const persons = new Set(actors.actors.filter((actor) => actor.kind === 'person').map((actor) => actor.id));
  for (const mention of actors.mentions) {
    if (persons.has(mention.actor) && !mention.coref) mask.fill(1, mention.tokenStart, mention.tokenEnd);
  }
  return mask;
}

/**
 * Inside a person mention a place name is part of the name ("Jordan Peterson") unless it is a
 * descriptor in front of it: a demonym, or a country or region followed by a title ("Russian
 * President Vladimir Putin", "U.S. Secretary of State John Kerry").
 */
function isMaskedAsPerson(match: Match, tokens: TokenTable, gaz: Gazetteer, persons: Uint8Array): boolean {
  let masked = false;
  for (let k = match.tokenStart; k < match.tokenEnd; k++) if (persons[k]) masked = true;
  if (!masked || match.rule === 'demonym') return false;
  const next = tokens.lower[match.tokenEnd] ?? '';
  const described = persons[match.tokenEnd] === 1 && (gaz.personTitles.has(next.replace(/\.$/, '')) || gaz.commonWords.has(next));
  return !(isStrong(match, gaz) && described);
}

/** Verbs that make a bare capitalised name before them a speaker ("Steele said"), not a place. */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'wrote', 'argued', 'explained', 'tweeted', 'insisted', 'noted', 'warned']);

/** Rejections that also mark the name as a person's for the rest of the article. */
export const PERSON_REASONS: ReadonlySet<string> = new Set(['person (actors)', 'after a person title', 'inside a capitalised name', 'given name before a surname', 'speaker']);

/** Why a match is not a place, or null when it may be one. */
export function rejectMatch(match: Match, tokens: TokenTable, sentence: Sentence, gaz: Gazetteer, persons: Uint8Array): string | null {
  if (isMaskedAsPerson(match, tokens, gaz, persons)) return 'person (actors)';
  const prev = match.tokenStart > sentence.tokenStart ? match.tokenStart - 1 : -1;
  const prevLower = prev >= 0 ? (tokens.lower[prev] ?? '') : '';
  const single = !match.key.includes(' ');
  const surface = tokens.value.slice(match.tokenStart, match.tokenEnd).join('');
  const allCaps = /^[A-Z.]+$/.test(surface);
  if (gaz.commonWords.has(match.key) && !(allCaps && isStrong(match, gaz))) {
    const big = match.entries.some((id) => (gaz.population[id] ?? 0) >= COMMON_WORD_MIN_POPULATION);
    if (!(big && LOCATIVE.has(prevLower))) return 'common word';
  }
  if (match.rule !== 'alias' && /^[A-Z]{1,3}$/.test(surface) && !isStrong(match, gaz)) return 'short acronym';
  if (prev >= 0 && gaz.personTitles.has(prevLower.replace(/\.$/, ''))) return 'after a person title';
  if (prev >= 0 && !isStrong(match, gaz) && isNameWord(tokens, prev, sentence, gaz) && isAdjacent(tokens, prev)) return 'inside a capitalised name';
  const next = match.tokenEnd < sentence.tokenEnd ? match.tokenEnd : -1;
  if (next < 0 || match.rule === 'demonym') return null;
  if (single && gaz.givenNames.has(match.key) && isNameWord(tokens, next, sentence, gaz) && isAdjacent(tokens, next - 1)) return 'given name before a surname';
  if (single && !isStrong(match, gaz) && SPEECH.has(tokens.lower[next] ?? '') && !hasPlaceCue(match, tokens)) return 'speaker';
  // A small town's name before another name is mostly a first name ("Donald Trump"); a city's
  // is mostly an organisation's ("Edmonton Oilers"), which still names the place.
  if (single && !isStrong(match, gaz) && isNameWord(tokens, next, sentence, gaz) && isAdjacent(tokens, next - 1) && maxPopulation(match, gaz) < NAME_CITY_POPULATION) {
    return 'inside a capitalised name';
  }
  return null;
}

/** Reasons strong enough to make even a country's name a person's later on ("Georgia Stevens" … "Georgia"). */
const FIRM_PERSON_REASONS: ReadonlySet<string> = new Set(['person (actors)', 'given name before a surname']);
/** Words before a name that make it a place whatever was said of the name before ("of Paris"). */
const PLACE_CUES = new Set(['in', 'at', 'near', 'of', 'from', 'outside']);
/** Cues that outweigh an earlier person reading for the whole article ("of" and "from" do not: "a friend of Steele"). */
const STRONG_PLACE_CUES = new Set(['in', 'at', 'near', 'outside', 'into', 'inside']);

/** Remembers names seen as persons' names: key → true when the reason was firm. */
export function notePerson(personKeys: Map<string, boolean>, match: Match, reason: string): void {
  if (match.key.includes(' ')) return;
  personKeys.set(match.key, (personKeys.get(match.key) ?? false) || FIRM_PERSON_REASONS.has(reason));
}

/** A later bare mention of a name first seen as a person's ("Christopher Steele" … "Steele"). */
export function isKnownPerson(match: Match, tokens: TokenTable, personKeys: ReadonlyMap<string, boolean>, gaz: Gazetteer): boolean {
  const firm = personKeys.get(match.key);
  if (firm === undefined || (!firm && (isStrong(match, gaz) || maxPopulation(match, gaz) >= NAME_CITY_POPULATION))) return false;
  return !hasPlaceCue(match, tokens);
}

/** "in Paris", "of Paris", "Paris, Texas": the article itself uses the name as a place here. */
export function hasPlaceCue(match: Match, tokens: TokenTable): boolean {
  return PLACE_CUES.has(tokens.lower[match.tokenStart - 1] ?? '') || tokens.value[match.tokenEnd] === ',';
}

/** "in X", "near X": enough on its own for a town of some size, even with no country in sight. */
export function hasLocativeCue(match: Match, tokens: TokenTable): boolean {
  return STRONG_PLACE_CUES.has(tokens.lower[match.tokenStart - 1] ?? '');
}

/** Keys the article uses as places at least once with a place cue: memory of persons yields to them. */
export function findPlaceKeys(matches: readonly Match[], tokens: TokenTable): Set<string> {
  return new Set(matches.filter((match) => STRONG_PLACE_CUES.has(tokens.lower[match.tokenStart - 1] ?? '')).map((match) => match.key));
}

function maxPopulation(match: Match, gaz: Gazetteer): number {
  return match.entries.reduce((max, id) => Math.max(max, gaz.population[id] ?? 0), 0);
}

/** Countries and first-level regions keep their reading even inside longer names. */
function isStrong(match: Match, gaz: Gazetteer): boolean {
  return match.entries.some((id) => (gaz.kind[id] ?? EntryKind.City) !== EntryKind.City);
}

/**
 * A capitalised word that is neither a common word nor a title: the kind of word that makes
 * "Nabil Abu Rudaineh" or "Paris Hilton" a person rather than a place.
 */
function isNameWord(tokens: TokenTable, k: number, sentence: Sentence, gaz: Gazetteer): boolean {
  const value = tokens.value[k] ?? '';
  const lower = tokens.lower[k] ?? '';
  if (!isCapitalised(value) || value.length < 2) return false;
  if (/^[A-Z]+$/.test(value) && value.length > 1) return false;
  if (gaz.commonWords.has(lower) || gaz.personTitles.has(lower.replace(/\.$/, ''))) return false;
  if (gaz.demonyms.has(lower) || k === sentence.tokenStart) return false;
  // Right after an opening quote or bracket a word is capitalised for the sentence, not as a name.
  if (/^[“"‘'([—–-]$/.test(tokens.value[k - 1] ?? '')) return false;
  return !isStrongName(lower, gaz);
}

/** A country, first-level region or city of 100k+: such a word next to a name is a place of its own. */
function isStrongName(lower: string, gaz: Gazetteer): boolean {
  const ids = gaz.names.get(lower);
  return ids !== undefined && ids.some((id) => gaz.kind[id] !== EntryKind.City || (gaz.population[id] ?? 0) >= NAME_CITY_POPULATION);
}

/** True when tokens k and k+1 are separated by plain spaces only (no comma, no line break). */
function isAdjacent(tokens: TokenTable, k: number): boolean {
  const gap = (tokens.start[k + 1] ?? 0) - (tokens.end[k] ?? 0);
  return gap === 1;
}
