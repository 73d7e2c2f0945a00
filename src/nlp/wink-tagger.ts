import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { RawAnalysis, Tagger } from './tagger.js';

/** wink-nlp with its light English model: sentence boundaries, tokens, POS and lemmas. */
export function createWinkTagger(): Tagger {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    name: 'wink-eng-lite-web-model',
    analyse(text: string): RawAnalysis {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const types = tokens.out(its.type) as string[];
      const sentenceTokens: [number, number][] = [];
      doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
        sentenceTokens.push(sentence.out(its.span) as unknown as [number, number]);
      });
      return {
        values: tokens.out(its.value) as string[],
        isSpace: types.map((type) => type === 'tabCRLF'),
        pos: tokens.out(its.pos) as string[],
        // The model's typings disagree with its own `its.lemma`; the runtime value is a string per token.
        lemma: tokens.out(its.lemma as unknown as typeof its.value) as string[],
        sentenceTokens,
      };
    },
  };
}
