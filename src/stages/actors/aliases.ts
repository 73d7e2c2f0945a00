import { indexDrafts, makeDraft, type Draft, type Work } from './draft.js';
import { nameRunEnd } from './names.js';

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'in', 'de', 'al', '-', '&']);

/**
 * Short forms introduced by the text link to their actor: "The Popular Front for the Liberation of
 * Palestine (PFLP)" makes a later "PFLP" the same actor, and so does an acronym whose long form
 * the lexicon does not know (the long form then becomes an uncoded organisation, `---`).
 * After a person's full name, the surname alone ("Gantz") is the same person.
 */
export function linkAliases(work: Work): void {
  let covered = indexDrafts(work);
  const aliases = new Map<string, Draft>();
  collectAcronyms(work, covered, aliases);
  covered = indexDrafts(work);
  const { tokens } = work;
  for (const draft of work.drafts) if (draft.kind === 'person' && !draft.coref) addSurname(work, draft, aliases);
  if (aliases.size === 0) return;
  const added: Draft[] = [];
  // Acronyms and surnames are capitalised, so only capitalised tokens can be aliases.
  for (const k of work.cues.upper) {
    if (covered[k] !== -1 || work.masked[k]) continue;
    const owner = aliases.get(tokens.value[k] as string);
    if (!owner || owner.tokenStart > k) continue;
    const rule = owner.kind === 'person' ? 'actors/surname' : 'actors/acronym';
    added.push({ ...owner, tokenStart: k, tokenEnd: k + 1, name: owner.name, rule, coref: false });
  }
  work.drafts.push(...added);
  indexDrafts(work);
}

function addSurname(work: Work, person: Draft, aliases: Map<string, Draft>): void {
  if (person.tokenEnd - person.tokenStart < 2) return;
  const surname = work.tokens.value[person.tokenEnd - 1] as string;
  if (!/^\p{Lu}\p{Ll}{2,}/u.test(surname) || work.lexicon.nameStopwords.has(surname.toLowerCase())) return;
  if (!aliases.has(surname)) aliases.set(surname, person);
}

function collectAcronyms(work: Work, covered: Int32Array, aliases: Map<string, Draft>): void {
  const { tokens } = work;
  for (const k of work.cues.parens) {
    if (k < 1 || tokens.value[k + 2] !== ')' || covered[k + 1] !== -1) continue;
    const acronym = tokens.value[k + 1] as string;
    if (!/^[A-Z][A-Za-z]{1,7}$/.test(acronym) || acronym !== acronym.toUpperCase()) continue;
    const before = work.drafts[covered[k - 1] as number];
    if (before && before.tokenEnd === k && before.kind !== 'person' && !before.bareAgent) {
      aliases.set(acronym, before);
      work.drafts.push({ ...before, tokenStart: k + 1, tokenEnd: k + 2, rule: 'actors/acronym' });
      continue;
    }
    const longForm = longFormBefore(work, covered, k, acronym);
    if (longForm) {
      aliases.set(acronym, longForm);
      work.drafts.push(longForm, { ...longForm, tokenStart: k + 1, tokenEnd: k + 2, rule: 'actors/acronym' });
    }
  }
}

/** The capitalised words before "(ABC)" whose initials spell the acronym. */
function longFormBefore(work: Work, covered: Int32Array, paren: number, acronym: string): Draft | null {
  const { tokens } = work;
  for (let from = paren - 1; from >= Math.max(0, paren - 12); from--) {
    if (covered[from] !== -1 || tokens.sentence[from] !== tokens.sentence[paren]) return null;
    if (!/^\p{Lu}/u.test(tokens.value[from] as string)) continue;
    if (initials(work, from, paren) !== acronym) continue;
    if (nameRunEnd(work, from, covered, 12) < from + 1) continue;
    const name = work.doc.text.slice(tokens.start[from], tokens.end[paren - 1]);
    return makeDraft({ tokenStart: from, tokenEnd: paren, key: `org:${acronym}`, code: '---', kind: 'organization', name, rule: 'actors/acronym-long' });
  }
  return null;
}

function initials(work: Work, from: number, to: number): string {
  let letters = '';
  for (let k = from; k < to; k++) {
    const value = work.tokens.value[k] as string;
    if (CONNECTORS.has(value.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(value)) return '';
    letters += value[0];
  }
  return letters;
}
