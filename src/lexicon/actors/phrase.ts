import { caseRuleOf, foldToken, isJoiner } from '../../stages/actors/keys.js';

export interface PhraseKey {
  readonly keys: readonly string[];
  readonly caseRule: Uint8Array;
}

/**
 * Splits a lexicon phrase the way the tagger splits text, then drops joiners: "al-Qaeda" →
 * [al, qaeda], "Martyrs' Brigades" → [martyrs, brigades], "U.S." stays one token, "Hay'at" too.
 * Each key remembers the case the phrase was written in (see caseRuleOf).
 */
export function keyPhrase(phrase: string): PhraseKey {
  const keys: string[] = [];
  const rules: number[] = [];
  for (const word of phrase.trim().split(/\s+/)) {
    for (const piece of splitWord(word)) {
      const key = foldToken(piece.toLowerCase());
      if (isJoiner(key)) continue;
      keys.push(key);
      rules.push(caseRuleOf(piece));
    }
  }
  // A lower-case leading "the" is the article, not part of the name ("the Kremlin" matches "Kremlin");
  // "The Hague" keeps its capital "The".
  if (keys.length > 1 && keys[0] === 'the' && rules[0] === 0) {
    keys.shift();
    rules.shift();
  }
  return { keys, caseRule: Uint8Array.from(rules) };
}

/** Hyphens and dashes split a word; a trailing apostrophe ("Martyrs'") and a possessive "'s" come off; a final comma too. */
function splitWord(word: string): string[] {
  const pieces: string[] = [];
  for (const part of word.split(/([-–‐()])/)) {
    if (part === '') continue;
    const possessive = /^(.+?)(['’]s)$/i.exec(part);
    if (possessive) pieces.push(possessive[1] as string, possessive[2] as string);
    else pieces.push(part.replace(/['’,]$/, ''));
  }
  return pieces.filter((piece) => piece !== '');
}
