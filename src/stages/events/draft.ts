import type { CasualtyKind } from './casualties.js';

/** An event as the clause analysis builds it, before actors are paired and fields are anchored. */
export interface Draft {
  /** Token index of the trigger. */
  readonly trigger: number;
  code: string;
  readonly pattern: string;
  rule: string;
  sources: number[];
  targets: number[];
  negated: boolean;
  hypothetical: boolean;
  readonly say: boolean;
  /** Tokens [trigger, windowEnd) are this event's arguments: event nouns inside are its context. */
  readonly windowEnd: number;
  readonly casualty: CasualtyKind | null;
  readonly isNoun: boolean;
  /** Background (relative clause, participle modifier, condition): kept for context, never emitted. */
  readonly background: boolean;
  /** "X said Y must Z": a demand whose source is the reporter and whose target is Y. */
  readonly obligation: boolean;
  killed: number | null;
  injured: number | null;
  arrested: number | null;
  reportedBy: number | null;
  /** Token of the place phrase the event's arguments name ("in Jenin"), or -1. */
  placeToken: number;
}

/** CAMEO roots 18-20 and violent repression (175, "opened fire to disperse ..., killing one"): the events casualty counts attach to. */
export function isViolent(code: string): boolean {
  const root = code.slice(0, 2);
  return root === '18' || root === '19' || root === '20' || code === '175';
}
