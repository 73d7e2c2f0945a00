import { toContentLines } from './content-lines.js';
import { parsePhrase } from './phrase.js';
import type { DictionaryWarning, PetrarchDiscardEntry } from './types.js';

export interface ParsedDiscards {
  readonly entries: PetrarchDiscardEntry[];
  readonly warnings: DictionaryWarning[];
}

/**
 * Reads a discard list: one phrase a line; `+PHRASE` discards the whole story, a plain phrase
 * only the sentence; a final `_` asks for a whole-word match (otherwise the last word is a stem).
 */
export function parseDiscardDictionary(file: string, lines: readonly string[]): ParsedDiscards {
  const entries: PetrarchDiscardEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  for (const { text, line } of toContentLines(lines)) {
    let body = text.trim();
    const story = body.startsWith('+');
    if (story) body = body.slice(1).trim();
    const wholeWord = body.endsWith('_');
    const { words } = parsePhrase(body);
    if (words.length === 0) {
      warnings.push({ file, line, message: 'discard line has no phrase; line skipped' });
      continue;
    }
    entries.push({ words, scope: story ? 'story' : 'sentence', wholeWord, file, line });
  }
  return { entries, warnings };
}
