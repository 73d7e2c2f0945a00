import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc } from '../src/core/doc.js';

/** Wall and CPU seconds of one pass. */
export interface Timing {
  readonly seconds: number;
  readonly cpuSeconds: number;
}

/** Times `work` over every item (a doc, or a batch of docs), in wall-clock and in this process's CPU time (less sensitive to a loaded machine). */
export function timeDocs<T>(items: readonly T[], work: (item: T) => unknown): Timing {
  const cpu = process.cpuUsage();
  const began = performance.now();
  for (const item of items) work(item);
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - began) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/**
 * Bare wink-nlp as the brief states its reference ("tokens+POS does ~2,000/s"): readDoc plus each
 * token's value and POS, nothing else — not the lemmas, which the pipeline also reads (they cost
 * wink ~15% more), so the ratio below is not flattered by a slower baseline.
 * Timing it next to the pipeline, on the same docs and the same (possibly loaded) machine, turns the
 * pipeline's cost into a ratio that does not depend on the load.
 */
export function createBareWink(): (doc: Doc) => number {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return (doc) => {
    const tokens = nlp.readDoc(doc.text).tokens();
    tokens.out(its.value);
    return tokens.out(its.pos).length;
  };
}
