import type { VerbFormat } from '../types.js';

/**
 * PETRARCH-2 files announce themselves by the `####### VERB PATTERNS` section marker, `~`
 * transformation lines, or prepositional phrases `( ... )` in patterns; anything else is read
 * as the PETRARCH-1/TABARI format.
 */
export function detectVerbFormat(lines: readonly string[]): VerbFormat {
  for (const line of lines) {
    if (line.startsWith('####### VERB PATTERNS') || line.startsWith('~')) return 'petrarch2';
    if (line.startsWith('-') && !line.startsWith('---')) {
      const body = line.split('#')[0]!;
      if (body.includes('(')) return 'petrarch2';
    }
  }
  return 'petrarch1';
}
