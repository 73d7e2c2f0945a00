import { DyadError } from '../../core/errors.js';
import type { FrameTable, LexiconStats, Pattern, PatternRow, VerbLexicon } from './types.js';

export type WordClasses = ReadonlyMap<string, readonly string[]>;

const CAMEO_CODE = /^\d{3,4}$/;
const KNOWN_FLAGS = /^(say|ctx|inverse|written|neg=\d{3,4})$/;

/**
 * Compiles lexicon rows into lemma-keyed patterns. This is the one builder every lexicon source goes
 * through (Dyad's TSV files now, PETRARCH verb dictionaries later): rows in, `VerbLexicon` out.
 * Patterns of each lemma are sorted most specific first, so matching stops at the first hit.
 */
export function buildVerbLexicon(rows: readonly PatternRow[], classes: WordClasses, frames: FrameTable): VerbLexicon {
  const verbs = new Map<string, Pattern[]>();
  const nouns = new Map<string, Pattern[]>();
  const byRoot: Record<string, number> = {};
  let patterns = 0;
  let expanded = 0;
  rows.forEach((row, order) => {
    checkRow(row, frames);
    const particle = expandWords(row.particle, classes, row.source);
    const object = expandWords(row.object, classes, row.source);
    const prep = expandWords(row.prep, classes, row.source);
    const pobj = expandWords(row.pobj, classes, row.source);
    const before = row.before && row.before.length > 0 ? row.before.map((words) => new Set(words)) : null;
    const frame = row.code.startsWith('@') ? row.code.slice(1) : null;
    const none = row.code === 'none';
    const negFlag = row.flags.find((flag) => flag.startsWith('neg='));
    const combos = size(particle.words) * size(object.words) * size(prep.words) * size(pobj.words);
    const root = frame ? 'frame' : none ? 'none' : row.code.slice(0, 2);
    for (const lemma of row.lemmas) {
      const pattern: Pattern = {
        id: row.source,
        pos: row.pos,
        lemma,
        particle: particle.words,
        object: object.words,
        objectActor: object.actor,
        prep: prep.words,
        pobj: pobj.words,
        pobjActor: pobj.actor,
        before,
        objectPhrase: row.objectPhrase && row.objectPhrase.length > 0 ? row.objectPhrase : null,
        pobjPhrase: row.pobjPhrase && row.pobjPhrase.length > 0 ? row.pobjPhrase : null,
        code: frame || none ? null : row.code,
        frame,
        none,
        say: row.flags.includes('say'),
        inverse: row.flags.includes('inverse'),
        ctx: row.flags.includes('ctx'),
        written: row.flags.includes('written'),
        negCode: negFlag ? negFlag.slice(4) : null,
        specificity: [particle, object, prep, pobj].filter((slot) => slot.words !== null || slot.actor).length + (before?.length ?? 0),
        order,
      };
      const table = row.pos === 'V' ? verbs : nouns;
      const list = table.get(lemma) ?? [];
      list.push(pattern);
      table.set(lemma, list);
      patterns++;
      expanded += combos;
      byRoot[root] = (byRoot[root] ?? 0) + combos;
    }
  });
  for (const table of [verbs, nouns]) {
    for (const list of table.values()) list.sort((a, b) => b.specificity - a.specificity || a.order - b.order);
  }
  const stats: LexiconStats = { rows: rows.length, patterns, expanded, byRoot };
  const triggers = new Set<string>([...verbs.keys(), ...nouns.keys()]);
  return { verbs, nouns, triggers, frames, stats };
}

function size(words: ReadonlySet<string> | null): number {
  return words ? words.size : 1;
}

interface ExpandedSlot {
  readonly words: ReadonlySet<string> | null;
  readonly actor: boolean;
}

function expandWords(items: readonly string[] | null, classes: WordClasses, source: string): ExpandedSlot {
  if (!items) return { words: null, actor: false };
  const words = new Set<string>();
  let actor = false;
  for (const item of items) {
    if (item === '@actor') {
      actor = true;
    } else if (item.startsWith('@')) {
      const members = classes.get(item.slice(1));
      if (!members) throw new DyadError('E_DATA', `${source}: unknown word class ${item}`);
      for (const member of members) words.add(member);
    } else {
      words.add(item);
    }
  }
  return { words: words.size > 0 ? words : null, actor };
}

function checkRow(row: PatternRow, frames: FrameTable): void {
  if (row.lemmas.length === 0) throw new DyadError('E_DATA', `${row.source}: no lemma`);
  const code = row.code;
  if (code.startsWith('@')) {
    if (!frames.has(code.slice(1))) throw new DyadError('E_DATA', `${row.source}: unknown frame ${code}`);
  } else if (code !== 'none' && !CAMEO_CODE.test(code)) {
    throw new DyadError('E_DATA', `${row.source}: "${code}" is not a CAMEO code, @frame or none`);
  }
  for (const flag of row.flags) {
    if (!KNOWN_FLAGS.test(flag)) throw new DyadError('E_DATA', `${row.source}: unknown flag "${flag}"`);
  }
}
