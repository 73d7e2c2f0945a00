import { DyadError } from '../../core/errors.js';
import type { WordClasses } from './compile.js';
import { parseTsv, splitAlternatives } from './tsv.js';
import type { FrameTable, InstrumentRow, InstrumentTable, PatternRow, TopicTable } from './types.js';

/**
 * verbs.tsv: lemmas, particle, object, prep, pobj, code, flags. An object alternative of several words
 * ("military @aidgen") is a head with words its phrase must also hold; a row becomes one pattern row
 * per distinct set of such words, and must be `written` (otherwise the phrase would be met by lemma
 * alone, and "sent aid" would read as "sent military aid").
 */
export function readVerbRows(text: string, file = 'verbs.tsv'): PatternRow[] {
  return parseTsv(text, file).flatMap(({ line, cells }) => {
    const [lemmas = '', particle = '', object = '', prep = '', pobj = '', code = '', flags = ''] = cells;
    const source = `${file}:${line}`;
    const row = {
      pos: 'V' as const,
      lemmas: splitAlternatives(lemmas) ?? [],
      particle: splitAlternatives(particle),
      prep: splitAlternatives(prep),
      pobj: splitAlternatives(pobj),
      code,
      flags: splitFlags(flags),
      source,
    };
    const groups = groupByPhrase(splitAlternatives(object));
    if (groups.some((group) => group.phrase.length > 0) && !row.flags.includes('written')) {
      throw new DyadError('E_DATA', `${source}: an object with modifier words needs the written flag`);
    }
    return groups.map((group) => ({ ...row, object: group.heads, objectPhrase: group.phrase }));
  });
}

interface PhraseGroup {
  readonly heads: string[] | null;
  readonly phrase: string[];
}

/** "military @aidgen|economic @aidgen|arms" → heads per shared modifier words, in first-seen order. */
function groupByPhrase(alternatives: string[] | null): PhraseGroup[] {
  if (!alternatives) return [{ heads: null, phrase: [] }];
  const groups = new Map<string, PhraseGroup>();
  for (const alternative of alternatives) {
    const words = alternative.split(/\s+/);
    const head = words.pop() ?? '';
    const key = words.join(' ');
    const group = groups.get(key) ?? { heads: [], phrase: words };
    group.heads?.push(head);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** nouns.tsv: lemmas, mod (stored as the particle slot), prep, pobj, code, flags. */
export function readNounRows(text: string, file = 'nouns.tsv'): PatternRow[] {
  return parseTsv(text, file).map(({ line, cells }) => {
    const [lemmas = '', mod = '', prep = '', pobj = '', code = '', flags = ''] = cells;
    return {
      pos: 'N',
      lemmas: splitAlternatives(lemmas) ?? [],
      particle: splitAlternatives(mod),
      object: null,
      prep: splitAlternatives(prep),
      pobj: splitAlternatives(pobj),
      code,
      flags: splitFlags(flags),
      source: `${file}:${line}`,
    };
  });
}

function splitFlags(cell: string): string[] {
  return cell === '' || cell === '-' ? [] : cell.split(',').map((flag) => flag.trim());
}

/** classes.tsv: class name, space-separated lemmas. */
export function readWordClasses(text: string, file = 'classes.tsv'): WordClasses {
  const classes = new Map<string, string[]>();
  for (const { line, cells } of parseTsv(text, file)) {
    const [name = '', words = ''] = cells;
    if (classes.has(name)) throw new DyadError('E_DATA', `${file}:${line}: class ${name} defined twice`);
    classes.set(name, words.split(/\s+/).filter((word) => word !== '').map((word) => word.toLowerCase()));
  }
  return classes;
}

/** frames.tsv: frame, complement-code prefix (or *), code (or @frame). */
export function readFrames(text: string, file = 'frames.tsv'): FrameTable {
  const frames = new Map<string, Map<string, string>>();
  for (const { line, cells } of parseTsv(text, file)) {
    const [frame = '', complement = '', code = ''] = cells;
    if (!/^(\*|\d{1,4})$/.test(complement) || !/^(\d{3,4}|@\w+|=|none)$/.test(code)) {
      throw new DyadError('E_DATA', `${file}:${line}: bad frame row`);
    }
    const table = frames.get(frame) ?? new Map<string, string>();
    table.set(complement, code);
    frames.set(frame, table);
  }
  for (const [frame, table] of frames) {
    if (!table.has('*')) throw new DyadError('E_DATA', `${file}: frame ${frame} has no * row`);
  }
  return frames;
}

/** cues.tsv: cue name, space-separated words. */
export function readCues(text: string, file = 'cues.tsv'): Map<string, Set<string>> {
  const cues = new Map<string, Set<string>>();
  for (const { cells } of parseTsv(text, file)) {
    const [name = '', words = ''] = cells;
    cues.set(name, new Set(words.split(/\s+/).filter((word) => word !== '')));
  }
  return cues;
}

/** topics.tsv: a digit (or "codes") and space-separated words; "step_down" is a two-word key. */
export function readTopics(text: string, file = 'topics.tsv'): TopicTable {
  const codes = new Set<string>();
  const words = new Map<string, string>();
  for (const { line, cells } of parseTsv(text, file)) {
    const [topic = '', list = ''] = cells;
    const items = list.split(/\s+/).filter((item) => item !== '');
    if (topic === 'codes' && items.every((code) => /^\d{3}$/.test(code))) {
      for (const code of items) codes.add(code);
      continue;
    }
    if (!/^[1-4]$/.test(topic)) throw new DyadError('E_DATA', `${file}:${line}: topic must be 1-4 or "codes" with three-digit codes`);
    for (const word of items) {
      const key = word.toLowerCase().replace('_', ' ');
      if (words.has(key)) throw new DyadError('E_DATA', `${file}:${line}: "${word}" already has topic ${words.get(key) ?? ''}`);
      words.set(key, topic);
    }
  }
  return { codes, words };
}

/** instruments.tsv: a CAMEO code, the codes it replaces, and space-separated words ("air_strike" is two words). */
export function readInstruments(text: string, file = 'instruments.tsv'): InstrumentTable {
  const rows: InstrumentRow[] = [];
  const words = new Map<string, number>();
  const allCodes = new Set<string>();
  const isCode = (code: string): boolean => /^\d{3,4}$/.test(code);
  for (const { line, cells } of parseTsv(text, file)) {
    const [code = '', fromList = '', list = ''] = cells;
    const codes = fromList.split(/\s+/).filter((from) => from !== '');
    const items = list.split(/\s+/).filter((item) => item !== '');
    if (!isCode(code) || codes.length === 0 || !codes.every(isCode) || items.length === 0) {
      throw new DyadError('E_DATA', `${file}:${line}: a CAMEO code, the codes it replaces and words are needed`);
    }
    for (const word of items) {
      const key = word.toLowerCase().replace('_', ' ');
      if (words.has(key)) throw new DyadError('E_DATA', `${file}:${line}: "${word}" is already listed`);
      words.set(key, rows.length);
    }
    for (const code of codes) allCodes.add(code);
    rows.push({ code, from: new Set(codes) });
  }
  return { rows, words, codes: allCodes };
}

/** forms.tsv: an irregular verb form and its lemma ("shot" → "shoot"). */
export function readForms(text: string, file = 'forms.tsv'): Map<string, string> {
  const forms = new Map<string, string>();
  for (const { line, cells } of parseTsv(text, file)) {
    const [form = '', lemma = ''] = cells;
    if (form === '' || lemma === '') throw new DyadError('E_DATA', `${file}:${line}: a form and a lemma are needed`);
    forms.set(form.toLowerCase(), lemma.toLowerCase());
  }
  return forms;
}

/** quantities.tsv: word, value. */
export function readQuantities(text: string, file = 'quantities.tsv'): Map<string, number> {
  const table = new Map<string, number>();
  for (const { line, cells } of parseTsv(text, file)) {
    const [word = '', value = ''] = cells;
    const number = Number(value);
    if (!Number.isFinite(number)) throw new DyadError('E_DATA', `${file}:${line}: bad number`);
    table.set(word.toLowerCase(), number);
  }
  return table;
}
