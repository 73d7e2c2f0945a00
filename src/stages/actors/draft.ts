import type { Doc } from '../../core/doc.js';
import type { Segmentation, TokenTable } from '../../core/tokens.js';
import type { ActorRecord, AgentRecord, CompiledActorLexicon } from './lexicon.js';
import type { ActorKind } from './types.js';

/** A mention while the stage is still building it; `key` groups mentions into one actor. */
export interface Draft {
  tokenStart: number;
  tokenEnd: number;
  /** Actor identity: a lexicon id (`hamas`), a composed code (`ISRMIL`), `person:<name>`, ... */
  key: string;
  code: string;
  kind: ActorKind;
  name: string;
  role: string | null;
  rule: string;
  coref: boolean;
  /** The lexicon record behind a named mention, if any. */
  record: ActorRecord | null;
  /** The (last) agent inside the mention ("spokesman" in "Hamas spokesman"), if any. */
  agent: AgentRecord | null;
  /** Surface text of that agent, used as a person's role ("Foreign Minister"). */
  roleText: string | null;
  /** An agent with no owner yet ("the army"): coded `---` + sector until context supplies a country. */
  bareAgent: boolean;
}

export function makeDraft(init: Partial<Draft> & Pick<Draft, 'tokenStart' | 'tokenEnd' | 'key' | 'code' | 'kind' | 'name' | 'rule'>): Draft {
  return { role: null, coref: false, record: null, agent: null, roleText: null, bareAgent: false, ...init };
}

/** Shared, read-only inputs of every pass, plus the growing list of drafts. */
export interface Work {
  readonly doc: Doc;
  readonly seg: Segmentation;
  readonly tokens: TokenTable;
  readonly keys: readonly string[];
  readonly lexicon: CompiledActorLexicon;
  readonly masked: Uint8Array;
  drafts: Draft[];
}

/** Applies an agent's code template to an owner's country: `~MIL` + `ISR` → `ISRMIL`; a full code ignores the owner. */
export function applyTemplate(template: string, owner: string): string {
  return template.includes('~') ? template.replace('~', owner) : template;
}

/** The sector part of a template (`~MIL` → `MIL`). */
export function templateSector(template: string): string {
  return template.replace('~', '');
}

/** Sorts drafts by position and records, per token, the covering draft (or -1). */
export function indexDrafts(work: Work): Int32Array {
  work.drafts.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const covered = new Int32Array(work.tokens.count).fill(-1);
  const kept: Draft[] = [];
  for (const draft of work.drafts) {
    if (covered[draft.tokenStart] !== -1) continue;
    kept.push(draft);
    covered.fill(kept.length - 1, draft.tokenStart, draft.tokenEnd);
  }
  work.drafts = kept;
  return covered;
}

export function spanText(work: Work, from: number, to: number): string {
  return work.doc.text.slice(work.tokens.start[from], work.tokens.end[to - 1]);
}
