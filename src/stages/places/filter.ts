import type { Sentence, TokenTable } from '../../core/tokens.js';
import type { ActorLayer } from '../actors/types.js';
import { EntryKind, type Gazetteer } from './gazetteer.js';
import { isCapitalised, type Match } from './match.js';

/** Prepositions that announce a place: "in Reading" is the town, "Reading the report" is not. */
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'into', 'across', 'around', 'via', 'towards', 'toward']);
/** A common word counts as a place after a locative preposition only when the town is this big. */
const COMMON_WORD_MIN_POPULATION = 50_000;

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

/** Why a match is not a place, or null when it may be one. */
export function rejectMatch(match: Match, tokens: TokenTable, sentence: Sentence, gaz: Gazetteer, persons: Uint8Array): string | null {
  for (let k = match.tokenStart; k < match.tokenEnd; k++) if (persons[k]) return 'person (actors)';
  const prev = match.tokenStart > sentence.tokenStart ? match.tokenStart - 1 : -1;
  const prevLower = prev >= 0 ? (tokens.lower[prev] ?? '') : '';
  const single = match.tokenEnd - match.tokenStart === 1 || !match.key.includes(' ');
  if (single && gaz.commonWords.has(match.key)) {
    const big = match.entries.some((id) => (gaz.population[id] ?? 0) >= COMMON_WORD_MIN_POPULATION);
    if (!(big && LOCATIVE.has(prevLower))) return 'common word';
  }
  const surface = tokens.value.slice(match.tokenStart, match.tokenEnd).join('');
  if (match.rule !== 'alias' && /^[A-Z]{1,3}$/.test(surface) && !isStrong(match, gaz)) return 'short acronym';
  if (prev >= 0 && gaz.personTitles.has(prevLower.replace(/\.$/, ''))) return 'after a person title';
  if (prev >= 0 && isNameWord(tokens, prev, sentence, gaz) && isAdjacent(tokens, prev)) return 'inside a capitalised name';
  const next = match.tokenEnd < sentence.tokenEnd ? match.tokenEnd : -1;
  if (next >= 0 && single && match.rule !== 'demonym' && !isStrong(match, gaz) && isNameWord(tokens, next, sentence, gaz) && isAdjacent(tokens, next - 1)) {
    return 'first word of a capitalised name';
  }
  return null;
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
  return !gaz.names.has(lower);
}

/** True when tokens k and k+1 are separated by plain spaces only (no comma, no line break). */
function isAdjacent(tokens: TokenTable, k: number): boolean {
  const gap = (tokens.start[k + 1] ?? 0) - (tokens.end[k] ?? 0);
  return gap === 1;
}
