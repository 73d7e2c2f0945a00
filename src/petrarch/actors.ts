import { findBracketBlocks, parseActorCode } from './codes.js';
import { toContentLines } from './content-lines.js';
import { parsePhrase } from './phrase.js';
import type { ActorCode, DictionaryPhrase, DictionaryWarning, PetrarchActorEntry } from './types.js';

export interface ParsedActors {
  readonly entries: PetrarchActorEntry[];
  readonly warnings: DictionaryWarning[];
}

interface OpenEntry {
  phrases: DictionaryPhrase[];
  codes: ActorCode[];
  line: number;
}

/**
 * Reads a TABARI/PETRARCH actor dictionary: a primary phrase with optional `[codes]`, `+synonym`
 * lines, then indented `[CODE date-restriction]` lines. Several code blocks on one line are all
 * kept (Phoenix files write `NAME [IGOUNO 820101-911231] [ELI]`).
 */
export function parseActorDictionary(file: string, lines: readonly string[]): ParsedActors {
  const entries: PetrarchActorEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  let open: OpenEntry | null = null;
  const close = () => {
    if (open && open.phrases.length > 0) entries.push({ phrases: open.phrases, codes: open.codes, file, line: open.line });
    open = null;
  };

  for (const { text: full, line } of toContentLines(lines)) {
    if (full.includes('---STOP---')) break;
    const semicolon = full.indexOf(';');
    const text = semicolon >= 0 ? full.slice(0, semicolon) : full;
    const trimmed = text.trim();
    if (trimmed.length === 0) continue;
    const { blocks, firstOpen, unclosed } = findBracketBlocks(trimmed);
    if (unclosed) {
      warn(line, `unclosed "[" in "${trimmed}"; line skipped`);
      continue;
    }
    const phraseText = firstOpen >= 0 ? trimmed.slice(0, firstOpen) : trimmed;
    const codes = readCodes(blocks, line, warn);

    if (phraseText.trim().length === 0) {
      if (open === null) warn(line, 'code line before any actor phrase; line skipped');
      else (open as OpenEntry).codes.push(...codes);
      continue;
    }
    if (trimmed.startsWith('+')) {
      if (open === null) {
        warn(line, `synonym "${trimmed}" before any actor phrase; line skipped`);
        continue;
      }
      const phrase = parsePhrase(phraseText.slice(1));
      if (phrase.words.length === 0) warn(line, 'empty synonym; line skipped');
      else (open as OpenEntry).phrases.push(phrase);
      (open as OpenEntry).codes.push(...codes);
      continue;
    }
    close();
    const phrase = parsePhrase(phraseText);
    open = { phrases: [phrase], codes, line };
  }
  close();
  return { entries, warnings };
}

function readCodes(blocks: readonly string[], line: number, warn: (line: number, message: string) => void): ActorCode[] {
  const codes: ActorCode[] = [];
  for (const block of blocks) {
    const parsed = parseActorCode(block, line);
    if (typeof parsed === 'string') warn(line, `${parsed}; code skipped`);
    else codes.push(parsed);
  }
  return codes;
}

/**
 * The code an entry has on a date (YYYYMMDD, or null when unknown): the first dated code whose
 * range contains it, else the first undated code, else null.
 */
export function resolveActorCode(codes: readonly ActorCode[], date: number | null): string | null {
  if (date !== null) {
    for (const c of codes) {
      if ((c.from !== null || c.to !== null) && (c.from === null || date >= c.from) && (c.to === null || date <= c.to)) {
        return c.code;
      }
    }
  }
  for (const c of codes) if (c.from === null && c.to === null) return c.code;
  return null;
}
