import { toContentLines } from './content-lines.js';
import { pluralizeWord } from './plural.js';
import { inflectVerb } from './verb-forms.js';
import type { DictionaryWarning, PetrarchIssueEntry } from './types.js';

export interface ParsedIssues {
  readonly entries: PetrarchIssueEntry[];
  readonly warnings: DictionaryWarning[];
}

/**
 * Reads a PETRARCH issues file: `phrase [CODE]` lines inside `<ISSUE CATEGORY="...">` sections,
 * with `n:word` (singular and plural), `v:word` (verb forms), `a+b` (`a b` and `a-b`), and
 * `~phrase` / `~~phrase` exclusions for the sentence / the story.
 */
export function parseIssueDictionary(file: string, lines: readonly string[]): ParsedIssues {
  const entries: PetrarchIssueEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  let category: string | null = null;
  for (const { text, line } of toContentLines(lines)) {
    const trimmed = text.trim();
    const section = /^<ISSUE\s+CATEGORY\s*=\s*"([^"]*)"[^>]*>$/i.exec(trimmed);
    if (section) {
      category = section[1]!;
      continue;
    }
    if (/^<\/ISSUE>$/i.test(trimmed)) {
      category = null;
      continue;
    }
    if (trimmed.startsWith('~')) {
      const story = trimmed.startsWith('~~');
      const phrases = expandIssuePhrase(trimmed.slice(story ? 2 : 1));
      if (phrases.length === 0) warnings.push({ file, line, message: 'exclusion has no phrase; line skipped' });
      else entries.push({ phrases, code: null, exclusion: story ? 'story' : 'sentence', category, file, line });
      continue;
    }
    const open = trimmed.indexOf('[');
    const close = trimmed.indexOf(']', open + 1);
    if (open < 0 || close < 0 || trimmed.slice(open + 1, close).trim().length === 0) {
      warnings.push({ file, line, message: `issue "${trimmed}" has no [CODE]; line skipped` });
      continue;
    }
    const phrases = expandIssuePhrase(trimmed.slice(0, open));
    if (phrases.length === 0) {
      warnings.push({ file, line, message: 'issue line has no phrase; line skipped' });
      continue;
    }
    entries.push({ phrases, code: trimmed.slice(open + 1, close).trim(), exclusion: 'none', category, file, line });
  }
  return { entries, warnings };
}

/** All forms of an issue phrase, each as upper-case words. */
export function expandIssuePhrase(text: string): string[][] {
  let forms: string[][] = [[]];
  for (const token of text.trim().toUpperCase().split(/\s+/).filter((t) => t.length > 0)) {
    const variants = expandIssueToken(token);
    forms = forms.flatMap((form) => variants.map((v) => [...form, ...v]));
  }
  return forms.filter((f) => f.length > 0);
}

/** `n:word` → word + plural, `v:word` → verb forms, `a+b` → `a b` and `a-b` (markers may follow a `+`). */
function expandIssueToken(token: string): string[][] {
  let variants: string[][] = [[]];
  const pieces = token.split('+').filter((p) => p.length > 0);
  pieces.forEach((piece, i) => {
    let forms: string[];
    if (piece.startsWith('N:')) forms = [piece.slice(2), pluralizeWord(piece.slice(2))];
    else if (piece.startsWith('V:')) forms = inflectVerb(piece.slice(2));
    else forms = [piece];
    variants = variants.flatMap((v) =>
      forms.flatMap((f) => (i === 0 ? [[f]] : [[...v, f], [...v.slice(0, -1), `${v[v.length - 1]}-${f}`]])),
    );
  });
  return variants.filter((v) => v.length > 0);
}
