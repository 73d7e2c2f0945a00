import { indexDrafts, type Draft, type Work } from './draft.js';
import { GenderMemory } from './gender.js';
import { pickAntecedent, type CandidateList } from './salience.js';
import type { ActorKind } from './types.js';

const PERSON_PRONOUNS = new Set(['he', 'she']);
/** "it is", "it was", "it seems": usually not an organisation speaking. */
const EXPLETIVE_NEXT = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'takes', 'took', 'happened', 'rained', 'comes', 'came']);
/** "it would be", "it has been": a modal or auxiliary followed by "be" is expletive too. */
const AUXILIARIES = new Set(['will', 'would', 'could', 'may', 'might', 'has', 'had', 'should', 'must', 'can']);
/** What "it" + a verb may refer to: a country or any organised body (a person is "he"/"she"). */
const IT_KINDS = new Set<ActorKind>(['country', 'government', 'organization', 'armed-group', 'igo', 'ngo', 'party', 'military', 'police', 'media', 'business']);
const PRONOUN_WINDOW = 3;
const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB', 'NUM']);
const DESCRIPTION_WINDOW = 5;

/**
 * Links pronouns and definite descriptions to earlier mentions (see salience.ts for the rule):
 * "he"/"she" → a person or a role ("a spokesman"); "it" + a verb → a country, organisation, government
 * or agent, of a known country or not ("Iraq said it would", "The army said it killed"); "they" + a verb → a plural agent or
 * group ("Police said they arrested");
 * "the group", "the Gaza-based group", "the mission" → the nearest actor of a kind the head noun
 * allows (data/actors/descriptions.tsv). Possessives are left alone.
 */
export function linkCoreference(work: Work): void {
  // Descriptions first, so that a pronoun can follow them: "The mission said it had…".
  linkDescriptions(work);
  linkPronouns(work);
}

function linkDescriptions(work: Work): void {
  const covered = indexDrafts(work);
  const { tokens } = work;
  const added: Draft[] = [];
  let after = -1;
  for (const k of work.cues.the) {
    if (k <= after || covered[k] !== -1 || work.masked[k]) continue;
    const head = descriptionHead(work, covered, k);
    if (head < 0) continue;
    const kinds = work.lexicon.descriptions.get(tokens.lower[head] as string) ?? [];
    const antecedent = findAntecedent(work, k, DESCRIPTION_WINDOW, true, (d) => kinds.includes(d.kind) && isCollective(d) && !d.bareAgent);
    if (antecedent) added.push(corefDraft(antecedent, k, head + 1, 'actors/coref-description'));
    after = head;
  }
  work.drafts.push(...added);
}

function linkPronouns(work: Work): void {
  const covered = indexDrafts(work);
  const genders = new GenderMemory(work);
  const { tokens } = work;
  const added: Draft[] = [];
  for (const k of work.cues.pronouns) {
    if (covered[k] !== -1 || work.masked[k]) continue;
    const lower = tokens.lower[k] as string;
    let antecedent: Draft | null = null;
    if (PERSON_PRONOUNS.has(lower)) {
      const gender = lower === 'he' ? 'm' : 'f';
      antecedent = findAntecedent(work, k, PRONOUN_WINDOW, false, (d) => (d.kind === 'person' || d.roleText !== null) && genders.compatible(d, gender));
      if (antecedent) genders.learn(antecedent, gender);
    } else if (lower === 'it' && isSubjectIt(work, k)) {
      antecedent = findAntecedent(work, k, PRONOUN_WINDOW, false, (d) => IT_KINDS.has(d.kind) && isCollective(d));
    } else if (lower === 'they' && startsVerbGroup(work, k + 1)) {
      // People in a role count here ("Officials said they"): a plural role is a group.
      antecedent = findAntecedent(work, k, PRONOUN_WINDOW, false, (d) => isPlural(work, d));
      if (antecedent && pluralNounBetween(work, covered, antecedent.tokenEnd, k)) antecedent = null;
    }
    if (antecedent) added.push(corefDraft(antecedent, k, k + 1, 'actors/coref-pronoun'));
  }
  work.drafts.push(...added);
  indexDrafts(work);
}

const SPEECH_VERBS = new Set(['said', 'says', 'added', 'adds', 'told', 'stated', 'wrote', 'insisted', 'warned', 'explained', 'noted', 'claimed']);
const TAIL_OPENERS = new Set([',', '”', '"', '’', "'"]);

/** "…, it added", "…,” he said": a pronoun closing a report, after a comma or quote and before a speech verb. */
function isReportingTail(work: Work, k: number): boolean {
  return TAIL_OPENERS.has(work.tokens.value[k - 1] ?? '') && SPEECH_VERBS.has(work.tokens.lower[k + 1] ?? '');
}

/** An organisation, not one of its people: "Hamas" and "a Hamas representative" both name Hamas, "an army spokesman" does not name the army. */
function isCollective(draft: Draft): boolean {
  return draft.roleText === null || draft.record !== null;
}

function findAntecedent(work: Work, token: number, window: number, nearestOnly: boolean, accept: (d: Draft) => boolean): Draft | null {
  const drafts = work.drafts;
  const candidates: CandidateList = {
    length: drafts.length,
    tokenStart: (i) => (drafts[i] as Draft).tokenStart,
    sentence: (i) => work.tokens.sentence[(drafts[i] as Draft).tokenStart] as number,
    // A pronoun may follow a chain: "The mission said it…" — the description carries its antecedent's identity.
    eligible: (i) => accept(drafts[i] as Draft),
  };
  const index = pickAntecedent(candidates, token, work.tokens.sentence[token] as number, window, nearestOnly, !nearestOnly && isReportingTail(work, token));
  return index >= 0 ? (work.drafts[index] as Draft) : null;
}

function corefDraft(antecedent: Draft, from: number, to: number, rule: string): Draft {
  return { ...antecedent, tokenStart: from, tokenEnd: to, rule, coref: true };
}

/** Words that take a plural verb though they do not end in -s: "police said they", "the Taliban said they". */
const PLURAL_HEADS = new Set(['police', 'people', 'taliban', 'militia', 'personnel', 'staff', 'clergy', 'youth']);

/** A plural agent word ("Police", "Officials", "Palestinian gunmen"), not a name that ends in -s ("Hamas") or a person. */
function isPlural(work: Work, draft: Draft): boolean {
  if (draft.kind === 'person' || draft.kind === 'country') return false;
  const lower = work.tokens.lower[draft.tokenEnd - 1] as string;
  return PLURAL_HEADS.has(lower) || (draft.agent !== null && endsAsPlural(lower));
}

/** "rebels", "officials": a plural -s, not the -ss of "press" or "congress". */
function endsAsPlural(lower: string): boolean {
  return lower.endsWith('s') && !lower.endsWith('ss');
}

/**
 * "returning the gorillas to Nigeria, amid speculation they were captured": a plural noun that is no
 * actor stands nearer than the candidate, and "they" is more likely that noun.
 */
function pluralNounBetween(work: Work, covered: Int32Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (covered[k] === -1 && work.tokens.pos[k] === 'NOUN' && endsAsPlural(work.tokens.lower[k] as string)) return true;
  }
  return false;
}

/** "they said", "they have", "they also fired": a verb group follows. */
function startsVerbGroup(work: Work, k: number): boolean {
  const pos = work.tokens.pos[k];
  if (pos === 'ADV') return startsVerbGroup(work, k + 1);
  return pos === 'VERB' || pos === 'AUX';
}

/** "It blamed ...", "it said": a verb follows, and not one that makes "it" an expletive. */
function isSubjectIt(work: Work, k: number): boolean {
  const next = work.tokens.lower[k + 1] ?? '';
  const pos = work.tokens.pos[k + 1];
  if (AUXILIARIES.has(next)) {
    const after = work.tokens.lower[k + 2] ?? '';
    return after !== 'be' && after !== 'been';
  }
  // "it is prepared to impose martial law", "it was ready to talk": a stance is the body's own.
  if (BE_FORMS.has(next) && STANCES.has(work.tokens.lower[k + 2] ?? '')) return true;
  return (pos === 'VERB' || pos === 'AUX') && !EXPLETIVE_NEXT.has(next);
}

const BE_FORMS = new Set(['is', 'was', "'s", '’s']);
/** Adjectives of readiness and resolve: after "it is" they describe an organisation, not the weather. */
const STANCES = new Set(['prepared', 'ready', 'willing', 'determined', 'committed', 'unwilling', 'reluctant', 'opposed', 'keen', 'eager']);

/** "the group", "the Islamist group", "the Gaza-based group": up to four modifier tokens, then a known head noun. */
function descriptionHead(work: Work, covered: Int32Array, the: number): number {
  const { tokens } = work;
  for (let k = the + 1; k <= the + 5 && k < tokens.count; k++) {
    if (tokens.sentence[k] !== tokens.sentence[the]) return -1;
    // A country may modify a description ("the Gaza-based group"); any other mention ends it.
    if (covered[k] !== -1) {
      if (work.drafts[covered[k] as number]?.kind !== 'country') return -1;
      continue;
    }
    const lower = tokens.lower[k] as string;
    // A capitalised head is a name ("the Environmental Protection Agency"), not a description.
    if (work.lexicon.descriptions.has(lower)) return tokens.lower[k + 1] === 'of' || lower !== tokens.value[k] ? -1 : k;
    // Modifiers are adjectives, names, nouns and hyphens ("West African regional", "Gaza-based");
    // a function word ("the life of our nation") means the head belongs to another phrase.
    if (lower !== '-' && !MODIFIER_POS.has(tokens.pos[k] as string)) return -1;
  }
  return -1;
}
