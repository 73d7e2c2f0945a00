import type { TokenTable } from '../../core/tokens.js';
import { foldToken } from './keys.js';

/**
 * Positions of the few tokens the later passes care about, found in the one pass that also folds
 * the keys: the passes then visit dozens of positions instead of every token again.
 */
export interface Cues {
  /** Folded key per token (see keys.ts). */
  readonly keys: string[];
  /** Tokens starting with an upper-case letter: name runs, acronyms, surnames. */
  readonly upper: number[];
  /** "the": definite descriptions. */
  readonly the: number[];
  /** "he", "she", "it", "they": pronouns. */
  readonly pronouns: number[];
  /** "(": acronyms introduced in brackets. */
  readonly parens: number[];
}

export function findCues(tokens: TokenTable): Cues {
  const cues: Cues = { keys: new Array<string>(tokens.count), upper: [], the: [], pronouns: [], parens: [] };
  for (let k = 0; k < tokens.count; k++) {
    const lower = tokens.lower[k] as string;
    cues.keys[k] = foldToken(lower);
    const code = (tokens.value[k] as string).charCodeAt(0);
    if ((code >= 65 && code <= 90) || (code > 127 && lower !== tokens.value[k])) cues.upper.push(k);
    if (lower === 'the') cues.the.push(k);
    else if (lower === 'he' || lower === 'she' || lower === 'it' || lower === 'they') cues.pronouns.push(k);
    else if (code === 40) cues.parens.push(k);
  }
  return cues;
}
