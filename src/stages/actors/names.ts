import type { Work } from './draft.js';

/** Lower-case particles inside names: "Faisal bin Farhan", "Ursula von der Leyen", "Abu Bakr al-Baghdadi". */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'abu', 'de', 'del', 'della', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'ul', 'ad', 'ould']);

/**
 * The run of name tokens starting at `from`: capitalised words (with particles and hyphens inside),
 * none already covered by a mention, none a stop word ("March", "Monday", "The"). Returns the
 * exclusive end, or `from` when no name starts here. A sentence-initial word counts only if the
 * tagger calls it a proper noun.
 */
export function nameRunEnd(work: Work, from: number, covered: Int32Array, maxTokens = 6): number {
  const { tokens } = work;
  const sentence = tokens.sentence[from];
  let end = from;
  let words = 0;
  for (let k = from; k < tokens.count && tokens.sentence[k] === sentence && words < maxTokens; k++) {
    if (covered[k] !== -1 || work.masked[k]) break;
    const value = tokens.value[k] as string;
    const lower = tokens.lower[k] as string;
    if (isNameWord(work, k, value, lower)) {
      words++;
      end = k + 1;
      continue;
    }
    const glued = tokens.start[k] === tokens.end[k - 1] && tokens.end[k] === tokens.start[k + 1];
    if (k > from && ((value === '-' && glued) || PARTICLES.has(lower)) && isNameWord(work, k + 1, tokens.value[k + 1] ?? '', tokens.lower[k + 1] ?? '')) continue;
    break;
  }
  return end;
}

function isNameWord(work: Work, k: number, value: string, lower: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(value) && !/^\p{Lu}['’]\p{Lu}/u.test(value)) return false;
  if (work.lexicon.nameStopwords.has(lower)) return false;
  const pos = work.tokens.pos[k];
  if (pos !== 'PROPN' && isSentenceStart(work, k)) return false;
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'X';
}

export function isSentenceStart(work: Work, k: number): boolean {
  return work.seg.sentences[work.tokens.sentence[k] as number]?.tokenStart === k;
}

/** Lower-cased, accent-free key of a name, for grouping mentions of one person. */
export function nameKey(work: Work, from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(work.keys[k] as string);
  return parts.join(' ').replace(/ - /g, '-');
}
