import { indexDrafts, makeDraft, spanText, type Draft, type Work } from './draft.js';
import { nameKey, nameRunEnd } from './names.js';

const DETERMINERS = new Set(['a', 'an', 'the']);
const AFTER_NAME = new Set([',', '.', ';', ':', 'said', 'says', 'told', 'added', 'who', 'and', ')']);

/**
 * A role in front of a name makes a person: "Palestinian Prime Minister Mohammad Shtayyeh".
 * A person the lexicon knows keeps the lexicon's dated code (the description only widens the
 * span and supplies a role when the lexicon has none); an unknown name takes the role's code.
 */
export function attachTitledNames(work: Work): void {
  const covered = indexDrafts(work);
  const out: Draft[] = [];
  const drafts = work.drafts;
  for (let i = 0; i < drafts.length; i++) {
    const role = drafts[i] as Draft;
    const next = drafts[i + 1];
    if (role.roleText === null || role.kind === 'person') {
      out.push(role);
      continue;
    }
    if (next && next.tokenStart === role.tokenEnd && next.kind === 'person') {
      out.push({ ...next, tokenStart: role.tokenStart, role: next.role ?? role.roleText, rule: 'actors/titled-person' });
      i++;
      continue;
    }
    const end = nameRunEnd(work, role.tokenEnd, covered);
    if (end > role.tokenEnd) {
      out.push(newPerson(work, role, role.tokenStart, role.tokenEnd, end, 'actors/person-role'));
      covered.fill(-2, role.tokenEnd, end);
      continue;
    }
    if (isOfficeNotHolder(work, role)) continue;
    out.push(role);
  }
  work.drafts = out;
  indexDrafts(work);
}

const OFFICE_CUES = new Set(['as', 'for', 'become', 'became', 'becomes', 'becoming', 'elected', 'appointed', 'named']);

/** "running for president", "as prime minister", "became president": the office, not someone holding it. */
function isOfficeNotHolder(work: Work, role: Draft): boolean {
  return role.bareAgent && role.roleText !== null && role.tokenStart > 0 && OFFICE_CUES.has(work.tokens.lower[role.tokenStart - 1] as string);
}

/**
 * Appositions name a person by their role: "Jane Doe, a spokeswoman for Hamas" and
 * "a spokesperson for Hamas, Jane Doe". The person takes the role's (already composed) code.
 */
export function attachAppositiveNames(work: Work): void {
  const covered = indexDrafts(work);
  const added: Draft[] = [];
  let after = -1;
  for (const k of work.cues.upper) {
    if (k < after || covered[k] !== -1) continue;
    const end = nameRunEnd(work, k, covered);
    if (end - k < 2) {
      after = end;
      continue;
    }
    const role = roleAfterComma(work, covered, end) ?? roleBeforeComma(work, covered, k, end);
    if (role) added.push(newPerson(work, role, k, k, end, 'actors/person-appositive'));
    else if (isSpeaker(work, k, end)) added.push(uncodedPerson(work, k, end));
    after = end;
  }
  work.drafts.push(...added);
  indexDrafts(work);
}

function roleAfterComma(work: Work, covered: Int32Array, end: number): Draft | null {
  if (work.tokens.value[end] !== ',') return null;
  let k = end + 1;
  if (DETERMINERS.has(work.tokens.lower[k] ?? '')) k++;
  const role = work.drafts[covered[k] ?? -1];
  return role && role.tokenStart === k && role.roleText !== null && role.kind !== 'person' ? role : null;
}

function roleBeforeComma(work: Work, covered: Int32Array, start: number, end: number): Draft | null {
  if (work.tokens.value[start - 1] !== ',') return null;
  const after = work.tokens.lower[end];
  if (after !== undefined && !AFTER_NAME.has(after) && work.tokens.sentence[end] === work.tokens.sentence[start]) return null;
  const index = covered[start - 2] ?? -1;
  const last = work.drafts[index];
  if (!last || last.tokenEnd !== start - 1) return null;
  if (last.roleText !== null && last.kind !== 'person') return last;
  // "a spokesperson for Hamas, Jane Doe": the role is the agent the owner belongs to.
  const agent = work.drafts[index - 1];
  return agent && agent.rule === 'actors/agent-of' && agent.roleText !== null && last.tokenStart - agent.tokenEnd <= 2 ? agent : null;
}

const SPEECH = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'tweeted', 'stated', 'insisted', 'argued', 'explained']);

/** "Jill Stein said", "said Jane Roe": a full name next to a speech verb is a person even without a role. */
function isSpeaker(work: Work, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (work.tokens.pos[k] !== 'PROPN' && work.tokens.value[k] !== '-' && !/^\p{Ll}/u.test(work.tokens.value[k] as string)) return false;
  const before = work.tokens.lower[start - 1] ?? '';
  const after = work.tokens.lower[end] ?? '';
  return SPEECH.has(after) || (SPEECH.has(before) && work.tokens.sentence[start - 1] === work.tokens.sentence[start]);
}

/** A person whose role and country the text does not give: coded `---`. */
function uncodedPerson(work: Work, from: number, to: number): Draft {
  return makeDraft({ tokenStart: from, tokenEnd: to, key: `person:${nameKey(work, from, to)}`, code: '---', kind: 'person', name: spanText(work, from, to), rule: 'actors/person-speaker' });
}

function newPerson(work: Work, role: Draft, from: number, nameFrom: number, nameTo: number, rule: string): Draft {
  return makeDraft({
    tokenStart: from, tokenEnd: nameTo, key: `person:${nameKey(work, nameFrom, nameTo)}`, code: role.code, kind: 'person',
    name: spanText(work, nameFrom, nameTo), role: role.roleText, rule, agent: role.agent, bareAgent: role.bareAgent,
  });
}

