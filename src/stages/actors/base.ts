import { makeDraft, spanText, templateSector, type Draft, type Work } from './draft.js';
import type { LexiconMatch } from './match.js';
import { codeOnDate } from './periods.js';

/** Words before a capital that make it a place, not a government: "met in Beijing", "flew to Moscow". */
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'via', 'toward', 'towards', 'around', 'through', 'throughout', 'inside', 'within', 'between']);

/** Turns each lexicon match into a draft mention, coded on the article's date. */
export function draftMatches(work: Work, matches: readonly LexiconMatch[]): Draft[] {
  const drafts: Draft[] = [];
  for (const match of matches) {
    const draft = draftMatch(work, match);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function draftMatch(work: Work, match: LexiconMatch): Draft | null {
  const { target, start, end } = match;
  const name = spanText(work, start, end);
  if (target.form === 'agent') {
    const agent = work.lexicon.agents[target.index];
    if (!agent) return null;
    return makeDraft({
      tokenStart: start, tokenEnd: end, key: `agent:${agent.id}`, code: `---${templateSector(agent.template)}`, kind: agent.kind,
      name, rule: 'actors/agent', agent, roleText: agent.personRole ? name : null, bareAgent: true,
    });
  }
  const record = work.lexicon.actors[target.index];
  if (!record) return null;
  const dated = codeOnDate(record, work.doc.date);
  if (target.form === 'capital') {
    if (isLocative(work, start) || isDateline(work, start, end)) return null;
    const code = `${dated.code.slice(0, 3)}GOV`;
    return makeDraft({ tokenStart: start, tokenEnd: end, key: code, code, kind: 'government', name, rule: 'actors/capital', record });
  }
  if (target.form === 'demonym') {
    return makeDraft({ tokenStart: start, tokenEnd: end, key: record.id, code: dated.code, kind: record.kind, name: record.name, rule: 'actors/demonym', record });
  }
  if (isDateline(work, start, end)) return null;
  return makeDraft({ tokenStart: start, tokenEnd: end, key: record.id, code: dated.code, kind: record.kind, name: record.name, role: dated.role, rule: 'actors/lexicon', record });
}

function isLocative(work: Work, start: number): boolean {
  const before = work.tokens.lower[start - 1];
  return before !== undefined && work.tokens.sentence[start - 1] === work.tokens.sentence[start] && LOCATIVE.has(before);
}

/** "BEIJING —" opening a paragraph names where the story was filed. */
function isDateline(work: Work, start: number, end: number): boolean {
  const sentence = work.seg.sentences[work.tokens.sentence[start] as number];
  if (!sentence || sentence.tokenStart !== start) return false;
  const next = work.tokens.value[end] ?? '';
  const surface = spanText(work, start, end);
  return (next === '—' || next === '–' || next === '-' || next === ':') && surface === surface.toUpperCase();
}
