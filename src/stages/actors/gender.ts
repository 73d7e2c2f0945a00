import type { Draft, Work } from './draft.js';

export type Gender = 'm' | 'f';

const FEMININE = new Set(['spokeswoman', 'chairwoman', 'queen', 'princess', 'congresswoman', 'businesswoman', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'madame', 'lady', 'dame', 'sister', 'mother', 'woman', 'councilwoman']);
const MASCULINE = new Set(['spokesman', 'chairman', 'king', 'prince', 'congressman', 'businessman', 'mr', 'mr.', 'sir', 'lord', 'emir', 'sheikh', 'brother', 'father', 'man', 'councilman']);

/**
 * What a mention itself says about gender: a gendered role word ("spokeswoman", "King") or a title
 * ("Mrs.") inside or just before it. Null when it says nothing (most names).
 */
export function statedGender(work: Work, draft: Draft): Gender | null {
  const from = Math.max(0, draft.tokenStart - 1);
  for (let k = from; k < draft.tokenEnd; k++) {
    const lower = work.tokens.lower[k] as string;
    if (FEMININE.has(lower)) return 'f';
    if (MASCULINE.has(lower)) return 'm';
  }
  return null;
}

/**
 * Genders by actor key: from the lexicon, from gendered words in any mention, and learned while
 * linking (an actor once called "she" is not "he" later). Compatible when nothing is known.
 */
export class GenderMemory {
  private readonly known = new Map<string, Gender>();

  /** Seeds what the lexicon and the mentions themselves say, for every actor key. */
  constructor(work: Work) {
    for (const draft of work.drafts) {
      if (draft.coref || this.known.has(draft.key)) continue;
      const gender = draft.record?.gender ?? statedGender(work, draft);
      if (gender) this.known.set(draft.key, gender);
    }
  }

  compatible(draft: Draft, pronoun: Gender): boolean {
    const known = this.known.get(draft.key);
    return known === undefined || known === pronoun;
  }

  learn(draft: Draft, pronoun: Gender): void {
    if (!this.known.has(draft.key)) this.known.set(draft.key, pronoun);
  }
}
