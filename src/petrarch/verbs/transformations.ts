import type { VerbTransformation } from '../types.js';

const RULE = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s)]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/;

/**
 * A PETRARCH-2 transformation, `~ a (a b ATTACK) SAY = a b 015`: when `a` SAYs that `a` ATTACKed
 * `b`, code `a b 015`. Letters name actors, `_` / `.` stand for any / no actor, `Q` any event.
 */
export function parseTransformation(text: string, line: number): VerbTransformation | string {
  const m = RULE.exec(text.trim());
  if (!m) return `transformation "${text.trim()}" is not "~ a (a b VERB) VERB = a b CODE"`;
  return {
    outerSource: m[1]!,
    innerSource: m[2]!,
    innerTarget: m[3]!,
    innerVerb: m[4]!.toUpperCase(),
    outerVerb: m[5]!.toUpperCase(),
    result: { source: m[6]!, target: m[7]!, code: m[8]! },
    line,
  };
}
