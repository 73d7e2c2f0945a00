import type { ContentLine } from '../content-lines.js';
import { pluralizePhrase } from '../plural.js';
import type { PatternNode, Synset, VerbFormat } from '../types.js';

/** A synset as written: its members before resolution. */
export interface RawSynset {
  readonly name: string;
  readonly noPlural: boolean;
  readonly members: readonly { readonly text: string; readonly line: number }[];
  readonly line: number;
}

/** `&NAME_` → `NAME` (the final `_` only says "no plurals"). */
export function synsetName(token: string): string {
  return token.replace(/^&/, '').replace(/_+$/, '').toUpperCase();
}

/**
 * Collects every `&NAME` header and the `+member` lines under it, wherever they are in the file
 * (PETRARCH-2 puts them in a section, PETRARCH-1 between verb blocks). Returns the set of line
 * numbers consumed so the block reader skips them.
 */
export function collectSynsets(lines: readonly ContentLine[]): { raw: RawSynset[]; consumed: Set<number> } {
  const raw: RawSynset[] = [];
  const consumed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!.text.trim();
    if (!head.startsWith('&')) continue;
    const token = head.split(/\s+/)[0]!;
    consumed.add(lines[i]!.line);
    const members: { text: string; line: number }[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.text.trim().startsWith('+')) {
      i++;
      consumed.add(lines[i]!.line);
      members.push({ text: lines[i]!.text.trim().slice(1).trim(), line: lines[i]!.line });
    }
    raw.push({ name: synsetName(token), noPlural: token.endsWith('_'), members, line: lines[i - members.length]!.line });
  }
  return { raw, consumed };
}

export type MemberParser = (text: string) => PatternNode[] | string;

/**
 * Resolves synsets into alternatives: plural alternatives are added for word members (unless the
 * set or the member ends in `_`), and members that name another synset are replaced by its options.
 */
export function resolveSynsets(
  raw: readonly RawSynset[],
  format: VerbFormat,
  parseMember: MemberParser,
  warn: (line: number, message: string) => void,
): Map<string, Synset> {
  const byName = new Map<string, RawSynset>();
  for (const s of raw) {
    const previous = byName.get(s.name);
    if (previous && !sameMembers(previous, s)) warn(s.line, `synset &${s.name} redefined (first at line ${previous.line}); the later one is used`);
    byName.set(s.name, s);
  }
  const resolved = new Map<string, Synset>();
  const visiting = new Set<string>();
  const resolve = (name: string, line: number): Synset | null => {
    const done = resolved.get(name);
    if (done) return done;
    const source = byName.get(name);
    if (!source) return null;
    if (visiting.has(name)) {
      warn(line, `synset &${name} contains itself; the inner reference is skipped`);
      return null;
    }
    visiting.add(name);
    const options: PatternNode[][] = [];
    for (const member of source.members) {
      if (member.text.startsWith('&')) {
        const inner = resolve(synsetName(member.text.split(/\s+/)[0]!), member.line);
        if (inner) options.push(...inner.options.map((o) => [...o]));
        else warn(member.line, `synset member ${member.text} names no defined synset; member skipped`);
        continue;
      }
      const nodes = parseMember(member.text);
      if (typeof nodes === 'string') {
        warn(member.line, `${nodes}; member skipped`);
        continue;
      }
      options.push(nodes);
      const plural = !source.noPlural && !member.text.endsWith('_') ? pluralOf(nodes, format) : null;
      if (plural) options.push(plural);
    }
    visiting.delete(name);
    const synset: Synset = { name, options: dedupeOptions(options), line: source.line };
    resolved.set(name, synset);
    return synset;
  };
  for (const name of byName.keys()) resolve(name, byName.get(name)!.line);
  return resolved;
}

/** The plural alternative of a word or noun-phrase member; null for prepositional phrases. */
function pluralOf(nodes: readonly PatternNode[], _format: VerbFormat): PatternNode[] | null {
  const last = nodes[nodes.length - 1];
  if (!last) return null;
  if (last.type === 'word') {
    const [word] = pluralizePhrase([last.word]);
    return [...nodes.slice(0, -1), { ...last, word: word! }];
  }
  if (last.type === 'noun-phrase') {
    const head = last.words[last.words.length - 1];
    if (!head || head.type !== 'word') return null;
    const [word] = pluralizePhrase([head.word]);
    return [...nodes.slice(0, -1), { ...last, words: [...last.words.slice(0, -1), { ...head, word: word! }] }];
  }
  return null;
}

function dedupeOptions(options: PatternNode[][]): PatternNode[][] {
  const seen = new Set<string>();
  return options.filter((o) => {
    const key = JSON.stringify(o);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameMembers(a: RawSynset, b: RawSynset): boolean {
  return a.noPlural === b.noPlural && a.members.map((m) => m.text).join('\n') === b.members.map((m) => m.text).join('\n');
}
