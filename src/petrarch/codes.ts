import { parseDictionaryDate } from './dates.js';
import type { ActorCode, EventCode } from './types.js';

const RESTRICTION = /^(\S+?)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?$/;

/**
 * Reads the inside of one actor code block: `PSEGOV`, `PSEGOV >050115`, `HOB < 950601`,
 * `HOBGOV 19950601 - 19990815`. Returns an error message instead when it cannot.
 */
export function parseActorCode(inner: string, line: number): ActorCode | string {
  const m = RESTRICTION.exec(inner.trim());
  if (!m) return `cannot read code block [${inner.trim()}]`;
  const code = m[1]!;
  if (m[2]) {
    const date = parseDictionaryDate(m[3]!);
    if (date === null) return `"${m[3]}" in [${inner.trim()}] is not a date (YYMMDD or YYYYMMDD)`;
    return m[2] === '<' ? { code, from: null, to: date, line } : { code, from: date, to: null, line };
  }
  if (m[4]) {
    const from = parseDictionaryDate(m[4]);
    const to = parseDictionaryDate(m[5]!);
    if (from === null || to === null) return `"${m[4]}-${m[5]}" in [${inner.trim()}] is not a date range`;
    if (to < from) return `date range ${m[4]}-${m[5]} ends before it starts`;
    return { code, from, to, line };
  }
  return { code, from: null, to: null, line };
}

/** Every `[...]` block of a line, in order; `unclosed` is true when a `[` has no `]`. */
export function findBracketBlocks(text: string): { blocks: string[]; firstOpen: number; unclosed: boolean } {
  const blocks: string[] = [];
  const firstOpen = text.indexOf('[');
  let at = firstOpen;
  while (at >= 0) {
    const close = text.indexOf(']', at + 1);
    if (close < 0) return { blocks, firstOpen, unclosed: true };
    blocks.push(text.slice(at + 1, close));
    at = text.indexOf('[', close + 1);
  }
  return { blocks, firstOpen, unclosed: false };
}

/** `042`, `---`, `032:033` (a paired code: the second event runs target → source). */
export function parseEventCode(text: string): EventCode {
  const inner = text.trim();
  const colon = inner.indexOf(':');
  if (colon < 0) return { code: inner, paired: null };
  // `[:080]` (PETRARCH-2): no forward event, only the paired one.
  const code = inner.slice(0, colon).trim();
  return { code: code.length > 0 || colon === inner.length - 1 ? code : '---', paired: inner.slice(colon + 1).trim() || null };
}
