/**
 * The token table: one flat, column-wise store (in the spirit of wink-nlp) so later stages
 * can scan thousands of tokens without allocating an object per token.
 * Whitespace is not tokenised; `start`/`end` are UTF-16 offsets into `Doc.text`.
 */
export interface TokenTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Surface form, exactly `text.slice(start, end)`. */
  readonly value: readonly string[];
  /** Lower-cased surface form. */
  readonly lower: readonly string[];
  /** Lemma from the tagger (lower case). */
  readonly lemma: readonly string[];
  /** Universal POS tag from the tagger (NOUN, VERB, PROPN, ...). */
  readonly pos: readonly string[];
  /** Index of the sentence each token belongs to. */
  readonly sentence: Int32Array;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd) in the token table. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export interface Segmentation {
  readonly sentences: readonly Sentence[];
  readonly tokens: TokenTable;
}
