import { DyadError } from '../../core/errors.js';
import { readTsvLines } from '../../lexicon/tsv-lines.js';
import type { CueClass } from './types.js';

/** One cue from data/quotes/cues.tsv: its lemma sequence, class and whether it takes a hearer/target object. */
export interface CueEntry {
  readonly lemma: string;
  /** Lower-cased words after the first, for phrases ("according to" → ["to"]). */
  readonly rest: readonly string[];
  readonly cueClass: CueClass;
  readonly takesObject: boolean;
  /** The speaker may follow the cue in reported speech: `…, said the minister`. */
  readonly inverts: boolean;
}

/** Cues keyed by the lemma of their first word; longer phrases first. */
export interface QuoteLexicon {
  readonly cues: ReadonlyMap<string, readonly CueEntry[]>;
}

const CLASSES: ReadonlySet<string> = new Set(['speech', 'quoting', 'belief', 'plan', 'source']);

/** Validates and compiles the TSV text of the cue list; `source` names the file in error messages. */
export function compileQuoteLexicon(tsv: string, source: string): QuoteLexicon {
  const cues = new Map<string, CueEntry[]>();
  const [head, ...body] = readTsvLines(tsv);
  if (head !== undefined && head.cells.join(',') !== 'cue,class,object,inverts') {
    throw new DyadError('E_DATA', `${source}: header must be cue, class, object, inverts`);
  }
  body.forEach(({ line, cells: fields }) => {
    const [cue = '', cueClass = '', object = '', inverts = ''] = fields;
    const words = cue.toLowerCase().split(/\s+/);
    if (fields.length !== 4 || words[0] === '' || !CLASSES.has(cueClass) || !isYesNo(object) || !isYesNo(inverts)) {
      throw new DyadError('E_DATA', `${source}:${line}: expected "cue<TAB>class<TAB>yes|no<TAB>yes|no", got "${fields.join('\t')}"`);
    }
    const [first = '', ...rest] = words;
    const entry: CueEntry = { lemma: words.join(' '), rest, cueClass: cueClass as CueClass, takesObject: object === 'yes', inverts: inverts === 'yes' };
    const list = cues.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.rest.length - a.rest.length);
    cues.set(first, list);
  });
  return { cues };
}

function isYesNo(value: string): boolean {
  return value === 'yes' || value === 'no';
}
