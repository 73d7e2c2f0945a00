import { matchAt } from './candidates.js';
import type { Draft } from './draft.js';
import { isPhraseToken, lemmaAt, lowerAt, posAt, type SentenceView } from './view.js';

/** How far after the trigger a protest's aim is looked for. */
const WINDOW = 30;
/** Roots whose trigger may state a protest's aim ("to demand", "calling for", "to protest", "accusing"). */
const AIM_ROOTS = new Set(['02', '10', '11', '14']);
const PRO_OR_ANTI = /^(pro|anti)-/;
/** How many tokens before the trigger its own phrase may hold a pro-/anti- word. */
const BEFORE = 4;
/** How many words a reporting tail's speaker may take (", the country's largest rights group said"). */
const TAIL = 8;
const RELATIVE_AFTER_COMMA = new Set(['where', 'which', 'who', 'whom', 'whose', 'when']);

/**
 * Appends the aim of a protest to its code (topics.tsv): "staged demonstrations to demand democratic
 * reforms" is 1414, "a general strike in protest of the arrest of activists" 1433. The aim is the first
 * topic word after the trigger within its clause; the trigger's own object when its pattern names it
 * ("boycotted the elections", "blocked a road") is what the protest does, not what it is for.
 */
export function refineProtestTopics(view: SentenceView, drafts: readonly Draft[]): void {
  const topics = view.res.topics;
  if (!topics) return;
  for (const draft of drafts) {
    if (!topics.codes.has(draft.code)) continue;
    const digit = findAim(view, draft, drafts);
    if (digit) draft.code += digit;
  }
}

function findAim(view: SentenceView, draft: Draft, drafts: readonly Draft[]): string | null {
  const words = view.res.topics?.words;
  if (!words) return null;
  const before = aimBefore(view, draft.trigger, words);
  if (before) return before;
  const hit = matchAt(view, draft.trigger);
  const ownObject = hit?.pattern.object ? hit.args.object : null;
  const stop = Math.min(view.end, draft.trigger + WINDOW);
  for (let k = draft.trigger + 1; k < stop; k++) {
    if (endsClause(view, k, drafts)) return null;
    if (ownObject && k >= ownObject.start && k < ownObject.end) continue;
    const digit = topicAt(view, k, words);
    if (digit) return digit;
  }
  return null;
}

/**
 * "pro-democracy protesters marched", "anti-austerity strikes": a pro-/anti- word of the phrase just
 * before the trigger. Other words there do not count ("Prisoners rioted" is not about prisoners' rights).
 */
function aimBefore(view: SentenceView, trigger: number, words: ReadonlyMap<string, string>): string | undefined {
  for (let k = trigger - 1; k >= view.first && k >= trigger - BEFORE && isPhraseToken(view, k); k--) {
    const lower = lowerAt(view, k);
    if (PRO_OR_ANTI.test(lower)) return words.get(lower.replace(PRO_OR_ANTI, ''));
  }
  return undefined;
}

function topicAt(view: SentenceView, k: number, words: ReadonlyMap<string, string>): string | undefined {
  const lower = lowerAt(view, k).replace(PRO_OR_ANTI, '');
  const lemma = lemmaAt(view, k);
  const next = lowerAt(view, k + 1);
  return words.get(`${lemma} ${next}`) ?? words.get(lower) ?? words.get(lemma);
}

/** ", human rights groups said": the next verb after a comma is a plain reporting verb. */
function startsReportingTail(view: SentenceView, from: number): boolean {
  for (let k = from; k < view.end && k < from + TAIL; k++) {
    if (posAt(view, k) !== 'VERB') continue;
    return matchAt(view, k)?.pattern.say === true && !lowerAt(view, k).endsWith('ing');
  }
  return false;
}

/** A semicolon, a relative clause after a comma (", where they face persecution"), a reporting verb, or another act (not a demand or appeal). */
function endsClause(view: SentenceView, k: number, drafts: readonly Draft[]): boolean {
  const lower = lowerAt(view, k);
  if (lower === ';') return true;
  if (lower === ',') return RELATIVE_AFTER_COMMA.has(lowerAt(view, k + 1)) || startsReportingTail(view, k + 1);
  if (posAt(view, k) !== 'VERB') return false;
  // "..., officials said" ends it; "..., saying he must resign" states the aim.
  if (matchAt(view, k)?.pattern.say) return !lower.endsWith('ing');
  const other = drafts.find((draft) => draft.trigger === k && !draft.isNoun);
  return other !== undefined && !AIM_ROOTS.has(other.code.slice(0, 2));
}
