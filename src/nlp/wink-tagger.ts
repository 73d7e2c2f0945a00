import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawAnalysis, Tagger } from './tagger.js';

type WinkNlp = ReturnType<typeof winkNLP>;

let sharedNlp: WinkNlp | undefined;

/**
 * One wink instance per process, shared by every tagger. The model's loader assigns
 * `JSON.stringify(machines)` back to its own module variable, so every `winkNLP(model)` call
 * escapes the previous call's string again: each new instance takes twice as long as the last
 * and the 21st throws "Invalid string length" (an eval, server or test building many coders
 * would crash). Sharing is safe: wink keeps each document's analysis in the doc it returns.
 */
function winkInstance(): WinkNlp {
  sharedNlp ??= winkNLP(model, ['sbd', 'pos']);
  return sharedNlp;
}

/** The tagger's name in every output's data hash. */
export const WINK_TAGGER_NAME = 'wink-eng-lite-web-model';

/** wink-nlp with its light English model: sentence boundaries, tokens, POS and lemmas. */
export function createWinkTagger(): Tagger {
  const nlp = winkInstance();
  const its = nlp.its;
  return {
    name: WINK_TAGGER_NAME,
    analyse(text: string): RawAnalysis {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const values = tokens.out(its.value) as string[];
      return {
        values,
        // wink's whitespace tokens (type tabCRLF) are exactly the blank ones: testing the value spares
        // a per-token its.type lookup in wink's cache.
        isSpace: values.map(isBlank),
        pos: tokens.out(its.pos) as string[],
        // The model's typings disagree with its own `its.lemma`; the runtime value is a string per token.
        lemma: tokens.out(its.lemma as unknown as typeof its.value) as string[],
        // One call for every sentence's [first, last] token span instead of a callback per sentence.
        sentenceTokens: doc.sentences().out(its.span) as unknown as [number, number][],
      };
    },
  };
}

function isBlank(value: string): boolean {
  return value.trim() === '';
}
