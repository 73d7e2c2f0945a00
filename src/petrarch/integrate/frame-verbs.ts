import type { FrameTable, Pattern, VerbLexicon } from '../../lexicon/verbs/types.js';

/**
 * PETRARCH-2 codes a verb together with the verb of its complement ("agreed to hold talks",
 * "threatened to launch a strike"): the dictionary's code for "agree" or "threaten" alone is only
 * the default. Dyad's frames (data/verbs/frames.tsv) are that composition in CAMEO's terms, so an
 * imported verb pattern becomes a frame trigger that keeps its own code as the default when
 * - its code is a frame's unspecified code (020 appeal, 030 intent, 100 demand, 120 reject, 130
 *   threaten: the dictionary says "some appeal" and the complement says which), or
 * - it is the bare verb (no pattern words) of a lemma Dyad's own grammar reads as a frame ("agree"
 *   [050], "offer"; also "refuse" [---]: no event alone, "refused to hold talks" is a rejection).
 * More specific patterns ("AGREE * (TO &CEASEFIRE) [0356]") keep their code: they already say it.
 */
export function withFrameVerbs(imported: VerbLexicon, builtin: VerbLexicon): VerbLexicon {
  const byDefault = frameDefaults(imported.frames);
  const byLemma = bareFrameLemmas(builtin);
  const verbs = new Map<string, readonly Pattern[]>();
  for (const [lemma, patterns] of imported.verbs) {
    verbs.set(lemma, patterns.map((pattern) => {
      if (pattern.frame || pattern.say) return pattern;
      const frame = (pattern.code !== null ? byDefault.get(pattern.code) : undefined) ?? (pattern.specificity === 0 ? byLemma.get(lemma) : undefined);
      return frame ? { ...pattern, frame } : pattern;
    }));
  }
  return { ...imported, verbs };
}

/** Unspecified code → frame: the `*` row of each frame that codes an event. */
function frameDefaults(frames: FrameTable): Map<string, string> {
  const out = new Map<string, string>();
  for (const [frame, table] of frames) {
    const code = table.get('*');
    if (code && /^\d{3,4}$/.test(code)) out.set(code, frame);
  }
  return out;
}

/** Lemmas whose constraint-free built-in pattern is a frame ("agree" → intent). */
function bareFrameLemmas(builtin: VerbLexicon): Map<string, string> {
  const out = new Map<string, string>();
  for (const [lemma, patterns] of builtin.verbs) {
    const bare = patterns.find((p) => p.specificity === 0 && p.frame !== null);
    if (bare?.frame) out.set(lemma, bare.frame);
  }
  return out;
}
