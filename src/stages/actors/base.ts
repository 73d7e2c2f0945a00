import { makeDraft, spanText, templateSector, type Draft, type Work } from './draft.js';
import type { LexiconMatch } from './match.js';
import { isSentenceStart } from './names.js';
import { codeOnDate } from './periods.js';

/** Words before a capital that make it a place, not a government: "met in Beijing", "flew to Moscow". */
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'outside', 'across', 'via', 'toward', 'towards', 'around', 'through', 'throughout', 'inside', 'within', 'between']);

/** Nouns after a capital that make it a name of something else: "the Paris agreement", "Geneva talks". */
const NOT_GOVERNMENT = new Set(['agreement', 'agreements', 'accord', 'accords', 'summit', 'talks', 'conference', 'convention', 'protocol', 'declaration', 'treaty', 'process', 'format', 'attack', 'attacks', 'airport', 'university', 'marathon', 'club', 'stock', 'metro', 'area', 'region', 'bureau', 'correspondent']);

/** Turns each lexicon match into a draft mention, coded on the article's date. */
export function draftMatches(work: Work, matches: readonly LexiconMatch[]): Draft[] {
  const drafts: Draft[] = [];
  const matched = new Uint8Array(work.tokens.count);
  for (const match of matches) matched.fill(1, match.start, match.end);
  for (const match of matches) {
    if (match.target.form !== 'agent' && match.target.form !== 'demonym' && isInsideName(work, match, matched)) continue;
    const draft = draftMatch(work, match);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/**
 * "Jordan Peterson", "Michael Jordan", "Kenya Airways", "Washington Post": a place or body name glued to
 * an unknown capitalised word is part of another name. Title-case headlines are exempt.
 */
function isInsideName(work: Work, match: LexiconMatch, matched: Uint8Array): boolean {
  const record = work.lexicon.actors[match.target.index];
  if (!record || (record.kind !== 'country' && match.target.form !== 'capital')) return false;
  const { tokens } = work;
  const sentence = tokens.sentence[match.start] as number;
  const next = match.end;
  const prev = match.start - 1;
  const nextName = next < tokens.count && tokens.sentence[next] === sentence && !matched[next] && isCapitalWord(tokens.value[next] as string);
  const prevName = prev >= 0 && tokens.sentence[prev] === sentence && !matched[prev] && isCapitalWord(tokens.value[prev] as string) && (!isSentenceStart(work, prev) || tokens.pos[prev] === 'PROPN');
  return (nextName || prevName) && !isTitleCase(work, sentence);
}

function isCapitalWord(value: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(value);
}

/** Most words capitalised: a headline in title case, where capitals say nothing about names. */
function isTitleCase(work: Work, sentence: number): boolean {
  const { tokenStart, tokenEnd } = work.seg.sentences[sentence] as { tokenStart: number; tokenEnd: number };
  let words = 0;
  let capitals = 0;
  for (let k = tokenStart; k < tokenEnd; k++) {
    const value = work.tokens.value[k] as string;
    if (!/^\p{L}{4,}/u.test(value)) continue;
    words++;
    if (/^\p{Lu}/u.test(value)) capitals++;
  }
  return words >= 4 && capitals / words > 0.6;
}

function draftMatch(work: Work, match: LexiconMatch): Draft | null {
  const { target, start, end } = match;
  const name = spanText(work, start, end);
  if (target.form === 'agent') {
    const agent = work.lexicon.agents[target.index];
    const next = work.tokens.lower[end] ?? '';
    if (!agent || (work.lexicon.things.has(next) && !(work.lexicon.agentsOwnPlaces && work.lexicon.heldPlaces.has(next)))) return null;
    // "would judge Iran", "to police the border": a one-word agent used as a verb.
    if (end - start === 1 && (work.tokens.pos[start] === 'VERB' || work.tokens.pos[start] === 'AUX')) return null;
    return makeDraft({
      tokenStart: start, tokenEnd: end, key: `agent:${agent.id}`, code: `---${templateSector(agent.template)}`, kind: agent.kind,
      name, rule: 'actors/agent', agent, roleText: agent.personRole ? name : null, bareAgent: true,
    });
  }
  const record = work.lexicon.actors[target.index];
  if (!record) return null;
  const dated = codeOnDate(record, work.doc.date);
  if (target.form === 'capital') {
    if (isLocative(work, start) || NOT_GOVERNMENT.has(work.tokens.lower[end] ?? '')) return null;
    const code = `${dated.code.slice(0, 3)}GOV`;
    return makeDraft({ tokenStart: start, tokenEnd: end, key: code, code, kind: 'government', name, rule: 'actors/capital', record });
  }
  if (target.form === 'demonym') {
    return makeDraft({ tokenStart: start, tokenEnd: end, key: record.id, code: dated.code, kind: record.kind, name: record.name, rule: 'actors/demonym', record });
  }
  return makeDraft({ tokenStart: start, tokenEnd: end, key: record.id, code: dated.code, kind: record.kind, name: record.name, role: dated.role, rule: 'actors/lexicon', record });
}

function isLocative(work: Work, start: number): boolean {
  const before = work.tokens.lower[start - 1];
  return before !== undefined && work.tokens.sentence[start - 1] === work.tokens.sentence[start] && LOCATIVE.has(before);
}
