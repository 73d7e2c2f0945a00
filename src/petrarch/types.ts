/**
 * The intermediate model of PETRARCH/TABARI dictionaries: what the parsers produce, before
 * compilation into lookup structures. Words are upper-cased as in the files; every entry keeps
 * the 1-based line it came from so a coding decision can be traced back to the dictionary.
 */

/** A problem in a dictionary line: the line is skipped (or partly used) and loading goes on. */
export interface DictionaryWarning {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** One dictionary file decoded into lines (CR stripped), with what decoding had to repair. */
export interface DecodedLines {
  readonly file: string;
  readonly lines: readonly string[];
  /** 1-based numbers of lines that were not valid UTF-8 and were read as Windows-1252. */
  readonly latin1Lines: readonly number[];
  /** 1-based numbers of lines that contain U+FFFD (characters lost before the file reached us). */
  readonly replacementLines: readonly number[];
  readonly crlf: boolean;
}

/**
 * A phrase: words in order. `loose[i]` is true when the file joined word i to word i-1 with a
 * blank rather than `_` — PETRARCH-1 lets other words stand between them; Dyad matches both as
 * consecutive tokens but keeps the distinction.
 */
export interface DictionaryPhrase {
  readonly words: readonly string[];
  readonly loose: readonly boolean[];
}

/**
 * An actor code, possibly restricted in time. Dates are YYYYMMDD integers, bounds inclusive
 * (TABARI: "everything is interpreted as 'or equal'"); a missing bound is open.
 */
export interface ActorCode {
  readonly code: string;
  readonly from: number | null;
  readonly to: number | null;
  readonly line: number;
}

/** One actor record: a primary phrase, its `+` synonyms and its codes (default and dated). */
export interface PetrarchActorEntry {
  readonly phrases: readonly DictionaryPhrase[];
  /** In file order; the first code whose dates contain the sentence date wins, else the first undated one. */
  readonly codes: readonly ActorCode[];
  readonly file: string;
  readonly line: number;
}

/** `[~MIL]` puts the agent code after the actor's (ISR + MIL); `[NGO~]` puts it before. */
export type AgentPlacement = 'suffix' | 'prefix';

export interface PetrarchAgentEntry {
  /** The singular, its plural (generated or from `{...}`) and `!MARKER!` expansions. */
  readonly phrases: readonly DictionaryPhrase[];
  readonly code: string;
  readonly placement: AgentPlacement;
  readonly file: string;
  readonly line: number;
}

export interface PetrarchDiscardEntry {
  readonly words: readonly string[];
  /** `+` lines discard the whole story; the others only the sentence. */
  readonly scope: 'sentence' | 'story';
  /** A final `_` asks for a whole-word match; otherwise the last word is a stem (prefix). */
  readonly wholeWord: boolean;
  readonly file: string;
  readonly line: number;
}

export interface PetrarchIssueEntry {
  /** Every form the line expands to (`n:` plurals, `v:` verb forms, `+` as blank or hyphen). */
  readonly phrases: readonly (readonly string[])[];
  /** Issue code, or null for `~` (sentence) / `~~` (story) exclusion phrases. */
  readonly code: string | null;
  readonly exclusion: 'none' | 'sentence' | 'story';
  readonly category: string | null;
  readonly file: string;
  readonly line: number;
}

/** An event code; `A:B` codes carry a paired (reverse-direction) event B. `---` is the null code. */
export interface EventCode {
  readonly code: string;
  readonly paired: string | null;
}

/** One pattern element. Synsets are resolved: `options` lists every alternative (plurals included). */
export type PatternNode =
  | { readonly type: 'word'; readonly word: string; readonly joined: boolean }
  | { readonly type: 'verb'; readonly joined: boolean }
  | { readonly type: 'source'; readonly joined: boolean }
  | { readonly type: 'target'; readonly joined: boolean }
  | { readonly type: 'compound'; readonly joined: boolean }
  | { readonly type: 'skip'; readonly joined: boolean }
  | { readonly type: 'synset'; readonly name: string; readonly options: readonly (readonly PatternNode[])[]; readonly joined: boolean }
  | { readonly type: 'noun-phrase'; readonly words: readonly PatternNode[]; readonly joined: boolean }
  | { readonly type: 'prep-phrase'; readonly preposition: string; readonly objects: readonly PatternNode[]; readonly joined: boolean };

export type PatternNodeType = PatternNode['type'];

export interface VerbPattern {
  /** Elements in sentence order, exactly one of them `{type:'verb'}`. */
  readonly elements: readonly PatternNode[];
  readonly verbIndex: number;
  readonly code: EventCode;
  readonly text: string;
  readonly line: number;
}

/** One surface form of a verb: `words[head]` is the inflected verb, the rest are particles. */
export interface VerbForm {
  readonly words: readonly string[];
  readonly head: number;
}

export interface PetrarchVerbEntry {
  /** The form as written (`BREAK_DOWN`, `WIRE_TAP`), upper-case, `_` kept. */
  readonly lemma: string;
  readonly forms: readonly VerbForm[];
  /** Own code, or the block's. */
  readonly code: EventCode;
  readonly line: number;
}

export type VerbFormat = 'petrarch1' | 'petrarch2';

/** A `--- NAME [CODE] ---` block: synonymous verbs sharing one pattern list. */
export interface PetrarchVerbBlock {
  readonly name: string;
  readonly code: EventCode;
  readonly verbs: readonly PetrarchVerbEntry[];
  readonly patterns: readonly VerbPattern[];
  readonly file: string;
  readonly line: number;
}

export interface Synset {
  readonly name: string;
  /** Each alternative as pattern nodes (one word, a phrase, or a PETR-2 prepositional phrase). */
  readonly options: readonly (readonly PatternNode[])[];
  readonly line: number;
}

/** A PETRARCH-2 `~` rule: an event reported through another verb becomes a new event. */
export interface VerbTransformation {
  /** Left side tokens, e.g. `a (a b ATTACK) SAY`: outer source, inner source/target/verb, outer verb. */
  readonly outerSource: string;
  readonly innerSource: string;
  readonly innerTarget: string;
  readonly innerVerb: string;
  readonly outerVerb: string;
  readonly result: { readonly source: string; readonly target: string; readonly code: string };
  readonly line: number;
}

export interface PetrarchVerbDictionary {
  readonly file: string;
  readonly format: VerbFormat;
  readonly blocks: readonly PetrarchVerbBlock[];
  readonly synsets: readonly Synset[];
  readonly transformations: readonly VerbTransformation[];
}
