import { applyTemplate, makeDraft, spanText, templateSector, type Draft, type Work } from './draft.js';
import type { AgentRecord } from './lexicon.js';

export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const ADJECTIVE_JOINERS = new Set(['and', 'or']);
const OWNER_LINKS = new Set(['of', 'for']);

/**
 * Agents compose with the country or organisation in front of them into one mention:
 * "Israeli security forces" → ISRCOP, "Mali's army" → MLIMIL, "Hamas spokesman" → Hamas's code,
 * "Israeli Defence Minister" → ISRGOV (a role, ready for a name). Up to two lower-case adjectives
 * may sit between ("Palestinian armed groups").
 */
export function composeAdjacent(work: Work): void {
  const out: Draft[] = [];
  for (const draft of work.drafts) {
    const owner = out[out.length - 1];
    if (owner && draft.bareAgent && draft.agent && canOwn(owner) && isAdjacent(work, owner.tokenEnd, draft.tokenStart, work.tokens.pos[owner.tokenEnd - 1] === 'NOUN')) {
      out[out.length - 1] = composeInto(work, owner, draft, owner.tokenStart, draft.tokenEnd, 'actors/agent-compose');
      distributeOverConjunct(work, out, owner, draft);
      stackLeadingAgent(work, out);
      continue;
    }
    if (owner && owner.bareAgent && draft.bareAgent && draft.agent?.personRole && isAdjacent(work, owner.tokenEnd, draft.tokenStart)) {
      out[out.length - 1] = { ...owner, tokenEnd: draft.tokenEnd, name: spanText(work, owner.tokenStart, draft.tokenEnd), roleText: draft.name };
      continue;
    }
    out.push(draft);
  }
  work.drafts = out;
}

/**
 * "the Danish and Norwegian embassies", "US and British troops": coordinated country adjectives share
 * the agent, so the first conjunct composes with it too (DNKGOV beside NORGOV), keeping its own span.
 * Only adjective forms (the text differs from the country's name): in "Israel and Palestinian
 * militants" Israel is an actor of its own, not a militant.
 */
function distributeOverConjunct(work: Work, out: Draft[], owner: Draft, agent: Draft): void {
  const first = out[out.length - 2];
  if (!first || owner.kind !== 'country' || first.kind !== 'country' || first.agent || first.coref) return;
  if (first.tokenEnd + 1 !== owner.tokenStart || !ADJECTIVE_JOINERS.has(work.tokens.lower[first.tokenEnd] ?? '')) return;
  if (!isAdjectiveForm(work, first) || !isAdjectiveForm(work, owner)) return;
  out[out.length - 2] = composeInto(work, first, agent, first.tokenStart, first.tokenEnd, 'actors/agent-compose');
}

/** "Danish", "US" for Denmark, the United States: the mention's text is not the country's name. */
function isAdjectiveForm(work: Work, draft: Draft): boolean {
  return spanText(work, draft.tokenStart, draft.tokenEnd).toLowerCase() !== draft.name.toLowerCase();
}

/**
 * "an MSF Arnor diplomat": a bare agent right before a composed country agent adds its code too
 * (NGO + ARNGOV), as PETRARCH applies every agent of a noun phrase; once, if the code lacks it.
 */
function stackLeadingAgent(work: Work, out: Draft[]): void {
  const composed = out[out.length - 1] as Draft;
  const before = out[out.length - 2];
  const template = before?.agent?.template;
  if (!before || !before.bareAgent || !template?.includes('~') || composed.key !== composed.code) return;
  if (!isAdjacent(work, before.tokenEnd, composed.tokenStart) || hasCodeBlock(composed.code, templateSector(template))) return;
  const code = applyTemplate(template, composed.code);
  out.splice(out.length - 2, 2, { ...composed, tokenStart: before.tokenStart, name: spanText(work, before.tokenStart, composed.tokenEnd), key: code, code });
}

/** Whether `code` holds `part` at a 3-character boundary (ARNGOV holds GOV, not NGO). */
function hasCodeBlock(code: string, part: string): boolean {
  for (let k = 0; k + part.length <= code.length; k += 3) if (code.startsWith(part, k)) return true;
  return false;
}

/**
 * "a spokesman for Hamas", "the government of Mali": the agent keeps its own span and takes
 * its owner's code; the owner stays a mention of its own.
 */
export function composeOwnerLinks(work: Work): void {
  const drafts = work.drafts;
  for (let i = drafts.length - 2; i >= 0; i--) {
    const agentDraft = drafts[i] as Draft;
    const owner = drafts[i + 1] as Draft;
    if (!agentDraft.bareAgent || !agentDraft.agent || !canOwn(owner)) continue;
    let k = agentDraft.tokenEnd;
    if (!OWNER_LINKS.has(work.tokens.lower[k] ?? '')) continue;
    k++;
    if (work.tokens.lower[k] === 'the') k++;
    if (k !== owner.tokenStart) continue;
    drafts[i] = composeInto(work, owner, agentDraft, agentDraft.tokenStart, agentDraft.tokenEnd, 'actors/agent-of');
  }
}

function canOwn(draft: Draft): boolean {
  return !draft.bareAgent && !draft.coref;
}

/**
 * The code an owner gives an agent. A country (named, demonym, capital, or an agent already tied
 * to one) takes the agent's sector: "Israeli" + "military" → ISRMIL; a role after a composed agent
 * keeps it: "Israeli army spokesman" → ISRMIL. Organisations and offices ("Hamas", "the Kremlin")
 * lend their own code and identity: "Hamas spokesman" is a Hamas mention.
 */
export function composeInto(work: Work, owner: Draft, agentDraft: Draft, from: number, to: number, rule: string): Draft {
  const agent = agentDraft.agent as AgentRecord;
  const roleText = agent.personRole ? agentDraft.name : owner.roleText;
  const name = spanText(work, from, to);
  const composedCountry = owner.agent !== null && owner.key === owner.code;
  const countryLike = owner.kind === 'country' || owner.rule === 'actors/capital' || owner.kind === 'person' || composedCountry;
  if (countryLike && /^[A-Z]{3}/.test(owner.code)) {
    const code = agent.personRole && composedCountry ? owner.code : applyTemplate(agent.template, owner.code.slice(0, 3));
    return makeDraft({ tokenStart: from, tokenEnd: to, key: code, code, kind: agent.personRole && composedCountry ? owner.kind : agent.kind, name, rule, agent, roleText });
  }
  return makeDraft({ tokenStart: from, tokenEnd: to, key: owner.key, code: owner.code, kind: owner.kind, name: owner.name, rule, agent, roleText, record: owner.record });
}

/**
 * Whether only modifiers stand between an owner ending at `end` and an agent starting at `start`.
 * After an owner that ends in a common noun ("Zimbabwean police"), a participle the tagger reads as
 * a verb is the clause's verb, not a modifier: "police detained opposition activists" are two actors.
 * After a demonym or a name it modifies the agent: "Palestinian armed groups".
 */
function isAdjacent(work: Work, end: number, start: number, afterNoun = false): boolean {
  if (start < end || work.tokens.sentence[end] !== work.tokens.sentence[start]) return false;
  let k = end;
  if (afterNoun && k < start && work.tokens.pos[k] === 'VERB') return false;
  if (k < start && POSSESSIVE.has(work.tokens.lower[k] ?? '')) k++;
  let adjectives = 0;
  while (k < start && adjectives < 2 && isModifier(work, k)) {
    k++;
    adjectives++;
    // "Ithilen's awful and evil minister": coordinated adjectives are one modifier, not a list of actors.
    if (adjectives === 1 && k + 1 < start && ADJECTIVE_JOINERS.has(work.tokens.lower[k] ?? '') && isModifier(work, k + 1)) k++;
  }
  return k === start;
}

/** Participles the tagger may call verbs but that modify an agent ("armed men", "masked gunmen"). */
const PARTICIPLES = new Set(['armed', 'masked', 'suspected', 'unidentified', 'unknown', 'wanted', 'displaced', 'injured', 'wounded', 'detained', 'unarmed', 'retired', 'elected', 'allied', 'backed', 'based', 'affiliated', 'linked', 'led', 'trained', 'fleeing', 'protesting', 'striking', 'fighting', 'ruling', 'governing', 'occupying']);

/** A lower-case adjective or participle ("armed", "special"; never "said"). */
function isModifier(work: Work, k: number): boolean {
  const value = work.tokens.value[k] ?? '';
  if (value !== value.toLowerCase() || work.masked[k]) return false;
  return work.tokens.pos[k] === 'ADJ' || PARTICIPLES.has(value);
}
