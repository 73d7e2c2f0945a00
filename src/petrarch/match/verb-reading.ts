import { matchVerb, type CompiledVerbs } from '../compile/verbs.js';
import type { EventCode, PatternNode } from '../types.js';
import { bestPattern, type ChosenPattern } from './best-pattern.js';
import type { MatchView } from './units.js';

/** How PETRARCH-1 codes the dictionary verb at a token: its words, the chosen pattern and the code. */
export interface VerbReading {
  /** The verb's tokens [verbStart, verbEnd) (a multi-word verb covers its particles). */
  readonly verbStart: number;
  readonly verbEnd: number;
  readonly chosen: ChosenPattern | null;
  /** The pattern's code, else the verb's own (or its block's); `---` codes nothing. */
  readonly code: EventCode;
  /** Dictionary line of the pattern, else of the verb. */
  readonly line: number;
  /** The chosen pattern names a negation before the verb ("WILL NOT *"): the verb's negation is its own. */
  readonly negationInPattern: boolean;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** Null when no verb form of the dictionary stands at `token` (with all its words around it). */
export function readVerbAt(verbs: CompiledVerbs, words: readonly string[], token: number, view: MatchView): VerbReading | null {
  const form = matchVerb(verbs, words, token)[0];
  if (!form) return null;
  const verbStart = token - form.head;
  const verbEnd = verbStart + form.words.length;
  const block = verbs.blocks[form.block]!;
  const chosen = bestPattern(verbs.patternsByBlockName.get(block.name) ?? block.patterns, view, verbStart, verbEnd);
  return {
    verbStart, verbEnd, chosen,
    code: chosen ? chosen.pattern.code : form.code,
    line: chosen ? chosen.pattern.line : form.line,
    negationInPattern: chosen !== null && hasNegation(chosen.pattern.elements.slice(0, chosen.pattern.verbIndex)),
  };
}

function hasNegation(nodes: readonly PatternNode[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'word') return NEGATIONS.has(node.word.toLowerCase()) || node.word.toLowerCase().endsWith("n't");
    if (node.type === 'synset') return node.options.some(hasNegation);
    return false;
  });
}
