import type { Pattern, VerbLexicon } from '../../lexicon/verbs/types.js';

const STATEMENT = '010';

/**
 * "Obama said he ordered Putin to stop", "officials told reporters the army had withdrawn": the
 * reporting verb names who reports the event, it is not a second event. Dyad's own lexicon marks
 * such verbs `say` (data/verbs/verbs.tsv): a bare statement, dropped when its sentence codes
 * another event, its subject then kept as the reporter. An imported pattern that codes a plain
 * statement (010) on one of those lemmas gets the same mark; a sentence with nothing else to code
 * keeps its 010. Other codes on the same verbs ("SAY * SORRY" 055) are left as they are.
 */
export function withReportingVerbs(imported: VerbLexicon, builtin: VerbLexicon): VerbLexicon {
  const reporting = reportingLemmas(builtin);
  const verbs = new Map<string, readonly Pattern[]>();
  for (const [lemma, patterns] of imported.verbs) {
    verbs.set(lemma, reporting.has(lemma) ? patterns.map((pattern) => (pattern.code === STATEMENT && !pattern.say ? { ...pattern, say: true } : pattern)) : patterns);
  }
  return { ...imported, verbs };
}

/** Lemmas with a built-in `say` pattern ("say", "tell", "state", …). */
function reportingLemmas(builtin: VerbLexicon): Set<string> {
  const out = new Set<string>();
  for (const [lemma, patterns] of builtin.verbs) if (patterns.some((pattern) => pattern.say)) out.add(lemma);
  return out;
}
