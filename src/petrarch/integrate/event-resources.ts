import { buildVerbLexicon } from '../../lexicon/verbs/compile.js';
import type { EventResources } from '../../lexicon/verbs/load.js';
import type { CameoInfo, CameoOntology, Pattern, VerbLexicon } from '../../lexicon/verbs/types.js';
import { toPatternRows, type UnmappedReason } from '../adapt/verb-rows.js';
import type { PetrarchDictionaries } from '../build.js';
import { withFrameVerbs } from './frame-verbs.js';
import { withReportingVerbs } from './reporting-verbs.js';

export interface PetrarchEventResources {
  readonly resources: EventResources;
  /** Pattern id → paired code (`[031:032]`): the code of the reversed event. */
  readonly paired: ReadonlyMap<string, string>;
  /** Pattern ids with `%` before the verb (see AdaptedVerbRows). */
  readonly compoundSubject: ReadonlySet<string>;
  readonly unmapped: Readonly<Record<UnmappedReason, number>>;
}

/**
 * Event resources for coding with imported dictionaries: the PETRARCH verb patterns replace the
 * built-in verb and noun rows (or, with `keepBuiltin`, are tried before them); frames, cues and
 * quantities stay (they are grammar, not codes). Codes the CAMEO table does not know (the
 * validation suite's WEIS codes) are kept as written, with their two-digit root's QuadClass.
 */
export function buildPetrarchEventResources(dicts: PetrarchDictionaries, builtin: EventResources, keepBuiltin = false): PetrarchEventResources {
  if (!dicts.verbs) return { resources: builtin, paired: new Map(), compoundSubject: new Set(), unmapped: { 'words-before-verb': 0, 'not-a-cameo-code': 0, 'nothing-after-verb-to-match': 0 } };
  const { rows, paired, compoundSubject, unmapped } = toPatternRows(dicts.verbs.dictionary);
  const compiled = buildVerbLexicon(rows, new Map(), builtin.lexicon.frames);
  // PETRARCH-2 composes a verb's code with its complement's; PETRARCH-1 (the validation suite) does not.
  const imported = withReportingVerbs(dicts.verbs.dictionary.format === 'petrarch2' ? withFrameVerbs(compiled, builtin.lexicon) : compiled, builtin.lexicon);
  const lexicon = keepBuiltin ? mergeLexicons(imported, builtin.lexicon) : imported;
  // Protest topics and instruments refine the built-in codes only: an imported pattern's code stands as its dictionary wrote it.
  const topics = keepBuiltin ? builtin.topics : null;
  const instruments = keepBuiltin ? builtin.instruments : null;
  return { resources: { ...builtin, lexicon, ontology: passThroughOntology(builtin.ontology), literalModality: true, topics, instruments }, paired, compoundSubject, unmapped };
}

/** Both lexicons; for a shared lemma the first one's patterns are tried first. */
function mergeLexicons(first: VerbLexicon, second: VerbLexicon): VerbLexicon {
  const merge = (a: ReadonlyMap<string, readonly Pattern[]>, b: ReadonlyMap<string, readonly Pattern[]>) => {
    const out = new Map<string, readonly Pattern[]>(b);
    for (const [lemma, patterns] of a) out.set(lemma, [...patterns, ...(b.get(lemma) ?? [])]);
    return out;
  };
  const stats = {
    rows: first.stats.rows + second.stats.rows,
    patterns: first.stats.patterns + second.stats.patterns,
    expanded: first.stats.expanded + second.stats.expanded,
    byRoot: { ...second.stats.byRoot },
  };
  for (const [root, n] of Object.entries(first.stats.byRoot)) stats.byRoot[root] = (stats.byRoot[root] ?? 0) + n;
  return {
    verbs: merge(first.verbs, second.verbs),
    nouns: merge(first.nouns, second.nouns),
    triggers: new Set([...first.triggers, ...second.triggers]),
    frames: second.frames,
    stats,
  };
}

function passThroughOntology(cameo: CameoOntology): CameoOntology {
  return {
    lookup(code: string): CameoInfo | null {
      const known = cameo.lookup(code);
      if (known) return known;
      if (!/^\d{3,4}$/.test(code)) return null;
      const root = cameo.lookup(code.slice(0, 2));
      return { code, name: code, quadClass: root?.quadClass ?? 1, goldstein: root?.goldstein ?? null, plover: null, ploverMode: null };
    },
  };
}
