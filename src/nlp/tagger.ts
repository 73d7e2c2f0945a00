/** What the segment stage needs from a tokenizer/tagger, whatever library backs it. */
export interface RawAnalysis {
  /** Token surface forms in text order (whitespace tokens included; they are dropped later). */
  readonly values: readonly string[];
  /** True for whitespace/line-break tokens. */
  readonly isSpace: readonly boolean[];
  readonly pos: readonly string[];
  readonly lemma: readonly string[];
  /** Sentence ranges as inclusive [firstToken, lastToken] index pairs. */
  readonly sentenceTokens: readonly (readonly [number, number])[];
}

export interface Tagger {
  readonly name: string;
  analyse(text: string): RawAnalysis;
}
