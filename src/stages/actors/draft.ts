import type { Doc } from '../../core/doc.js';
import type { Segmentation, TokenTable } from '../../core/tokens.js';
import type { Cues } from './cues.js';
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

type DraftInit = Partial<Draft> & Pick<Draft, 'tokenStart' | 'tokenEnd' | 'key' | 'code' | 'kind' | 'name' | 'rule'>;

/** Builds a draft with every field in one fixed order (one hidden class: the passes stay monomorphic). */
export function makeDraft(init: DraftInit): Draft {
  return {
    tokenStart: init.tokenStart, tokenEnd: init.tokenEnd, key: init.key, code: init.code, kind: init.kind, name: init.name,
    role: init.role ?? null, rule: init.rule, coref: init.coref ?? false, record: init.record ?? null, agent: init.agent ?? null,
    roleText: init.roleText ?? null, bareAgent: init.bareAgent ?? false,
  };
}

/** A copy of a draft with some fields changed. */
export function withDraft(draft: Draft, changes: Partial<Draft>): Draft {
  return makeDraft({ ...draft, ...changes });
}

/** Shared, read-only inputs of every pass, plus the growing list of drafts. */
export interface Work {
  readonly doc: Doc;
  readonly seg: Segmentation;
  readonly tokens: TokenTable;
  readonly keys: readonly string[];
  readonly cues: Cues;
  readonly lexicon: CompiledActorLexicon;
  readonly masked: Uint8Array;
  drafts: Draft[];
  /** Per token, the index of the covering draft or -1; rebuilt by indexDrafts (one buffer per document). */
  readonly covered: Int32Array;
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
  if (!isSorted(work.drafts)) work.drafts.sort((a, b) => a.tokenStart - b.tokenStart || b.tokenEnd - a.tokenEnd);
  const covered = work.covered;
  covered.fill(-1);
  let kept = 0;
  const drafts = work.drafts;
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as Draft;
    if (covered[draft.tokenStart] !== -1) continue;
    drafts[kept] = draft;
    covered.fill(kept, draft.tokenStart, draft.tokenEnd);
    kept++;
  }
  drafts.length = kept;
  return covered;
}

function isSorted(drafts: readonly Draft[]): boolean {
  for (let i = 1; i < drafts.length; i++) {
    const a = drafts[i - 1] as Draft;
    const b = drafts[i] as Draft;
    if (a.tokenStart > b.tokenStart || (a.tokenStart === b.tokenStart && a.tokenEnd < b.tokenEnd)) return false;
  }
  return true;
}

export function spanText(work: Work, from: number, to: number): string {
  return work.doc.text.slice(work.tokens.start[from], work.tokens.end[to - 1]);
}
