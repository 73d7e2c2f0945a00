import { matchCue, type CueMatch } from './cues.js';
import { claimCue, cueOf, type DraftQuote } from './draft.js';
import { paragraphOf, sentenceRange, tokenAtOrAfter, type QuoteScan } from './scan.js';
import { findSpeakerAfter, findSubjectBefore, isPronoun, type TokenRange } from './speaker.js';

const DASHES = new Set(['―', '—', '–']);
const FINAL = new Set(['.', '!', '?', '…']);
const TAIL_LIMIT = 40;

interface Trailing {
  readonly match: CueMatch;
  readonly speaker: TokenRange | null;
  /** Token after the attribution. */
  readonly after: number;
}

/**
 * Quotations credited after the closing mark: `“A,” said X.`, `“A,” X said.`, `“A.” ― X`, and the
 * split form `“A,” said X. “B.”` where a following uncredited quotation in the paragraph is a part.
 * Marks the regions and cues it uses so later rules skip them.
 */
export function findTrailingDirect(scan: QuoteScan, usedRegions: Uint8Array): DraftQuote[] {
  const drafts: DraftQuote[] = [];
  for (let r = 0; r < scan.regions.length; r++) {
    if (usedRegions[r]) continue;
    const credit = findDashCredit(scan, r);
    if (credit) {
      usedRegions[r] = 1;
      drafts.push(credit);
      continue;
    }
    const trailing = findTrailingCue(scan, r);
    if (!trailing) continue;
    usedRegions[r] = 1;
    claimCue(scan, trailing.match, 2);
    const region = scan.regions[r];
    const parts = [{ start: region?.start ?? 0, end: region?.end ?? 0 }];
    const next = findContinuingRegion(scan, r, trailing.after, usedRegions);
    const part = next >= 0 ? scan.regions[next] : undefined;
    if (part) {
      usedRegions[next] = 1;
      parts.push({ start: part.start, end: part.end });
    }
    const rule = parts.length > 1 ? 'quotes/direct-split' : 'quotes/direct-trailing-cue';
    drafts.push({ parts, speaker: trailing.speaker, cue: cueOf(scan, trailing.match), rule });
  }
  return drafts;
}

/** The cue and speaker right after a quotation, in the sentence that the closing mark ends or continues. */
export function findTrailingCue(scan: QuoteScan, r: number): Trailing | null {
  const { tokens, text } = scan;
  const region = scan.regions[r];
  if (!region || !region.closed) return null;
  const k = tokenAtOrAfter(tokens, region.end);
  if (k >= tokens.count || paragraphOf(scan, tokens.start[k] ?? 0) !== paragraphOf(scan, region.end - 1)) return null;
  if (!opensSentence(scan, tokenAtOrAfter(tokens, region.start))) return null;
  const closer = k - 1;
  const lastInside = text[region.innerEnd - 1] ?? '';
  if (tokens.sentence[k] !== tokens.sentence[closer] && FINAL.has(lastInside)) return null;
  let from = k;
  while (from < tokens.count && tokens.value[from] === ',') from++;
  const limit = findTailEnd(scan, from);
  for (let j = from; j < limit; j++) {
    if ((scan.tokenRegion[j] ?? -1) >= 0) return null;
    const match = scan.claimed[j] ? null : matchCue(scan, j);
    if (!match) continue;
    const cls = match.entry.cueClass;
    if (cls !== 'speech' && cls !== 'quoting') return null;
    // `“A.” To which she said, “B.”`: a credit starts with its speaker or its cue, not with a preposition.
    if (j > from && !isNounStart(scan, from) && tokens.pos[from] !== 'ADV') return null;
    const subject = j > from ? findSubjectBefore(tokens, j, from) : null;
    // `“…,” Jane Roe, the state's attorney general, said`: everything between the quote and the cue.
    const between: TokenRange | null = j > from && isNounStart(scan, from) ? [from, j] : null;
    const speaker: TokenRange | null = subject ? [from, subject[1]] : (between ?? findSpeakerAfter(tokens, match.end, limit));
    const after = speaker && speaker[1] > match.end ? speaker[1] : match.end;
    return { match, speaker: trimCommas(scan, speaker), after };
  }
  return null;
}

/** Only punctuation precedes the opening mark in its sentence: `“A,” said X`, not `called it “a mistake,” she said`. */
function opensSentence(scan: QuoteScan, opener: number): boolean {
  const [first] = sentenceRange(scan, opener);
  if (opener === first) return true;
  const before = scan.tokens.value[opener - 1] ?? '';
  if (before === ':' || FINAL.has(before)) return true;
  if ((before === '”' || before === '"') && FINAL.has(scan.tokens.value[opener - 2] ?? '')) return true;
  for (let j = first; j < opener; j++) if (scan.tokens.pos[j] !== 'PUNCT') return false;
  return true;
}

/**
 * Where the attribution after a quotation can end: at a full stop followed by a capital or a
 * quotation mark, within the paragraph. Sentence boundaries from the segmenter are not trusted
 * here: `Rep. Jane Roe (D-Wis.) said.` is one attribution, whatever the abbreviations suggest.
 */
function findTailEnd(scan: QuoteScan, from: number): number {
  const { tokens } = scan;
  const paragraph = paragraphOf(scan, tokens.start[from] ?? 0);
  const limit = Math.min(tokens.count, from + TAIL_LIMIT);
  for (let j = from; j < limit; j++) {
    if (paragraphOf(scan, tokens.start[j] ?? 0) !== paragraph) return j;
    if (!FINAL.has(tokens.value[j] ?? '')) continue;
    const next = tokens.value[j + 1] ?? '';
    const before = tokens.value[j - 1] ?? '';
    if (isAbbreviation(before)) continue;
    if (next === '' || /^[\p{Lu}“"«]/u.test(next) || (scan.tokenRegion[j + 1] ?? -1) >= 0) return j + 1;
  }
  return limit;
}

/** `Rep`, `Wis`, `S`, `Mr`: short capitalised words that end in a full stop without ending the sentence. */
function isAbbreviation(word: string): boolean {
  return word.length <= 3 && /^\p{Lu}/u.test(word);
}

const NOT_NAME_POS = new Set(['ADP', 'PART', 'SCONJ', 'CCONJ', 'AUX', 'PUNCT']);

/** A noun phrase can start here: a noun, determiner or pronoun, or any capitalised word the tagger misread (`Lynch`, `Zero Hedge`). */
function isNounStart(scan: QuoteScan, k: number): boolean {
  const pos = scan.tokens.pos[k] ?? '';
  if (pos === 'PROPN' || pos === 'NOUN' || pos === 'DET' || pos === 'PRON' || pos === 'ADJ') return true;
  return /^\p{Lu}/u.test(scan.tokens.value[k] ?? '') && !NOT_NAME_POS.has(pos);
}

function trimCommas(scan: QuoteScan, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  let [start, end] = range;
  while (start < end && scan.tokens.value[start] === ',') start++;
  while (end > start && scan.tokens.value[end - 1] === ',') end--;
  return end > start ? [start, end] : null;
}

/**
 * The second part of `“A,” said X. “B.”`: the next quotation in the paragraph that opens a sentence
 * (or directly follows `said X,`), skipping titles quoted inside the attribution (`on “Fox and Friends.”`).
 * It must have no credit of its own, and no other statement may stand between, except a pronoun's
 * or, before a new sentence, a participle's (`…, he said, stressing the point. “B.”`).
 */
function findContinuingRegion(scan: QuoteScan, r: number, after: number, usedRegions: Uint8Array): number {
  const { tokens } = scan;
  const paragraph = paragraphOf(scan, tokens.start[after - 1] ?? 0);
  for (let next = r + 1; next < scan.regions.length; next++) {
    const region = scan.regions[next];
    if (!region || usedRegions[next] || paragraphOf(scan, region.start) !== paragraph) return -1;
    const k = tokenAtOrAfter(tokens, region.start);
    const afterComma = tokens.value[k - 1] === ',';
    const startsSentence = opensSentence(scan, k);
    if (!afterComma && !startsSentence) continue;
    if ((tokens.sentence[k] ?? 0) - (tokens.sentence[after - 1] ?? 0) > 2) return -1;
    // `“A,” X said, referring to Y, “b …”` goes on mid-sentence; `…, including, “B?”` is the participle's own quotation.
    const goesOn = /^\p{Ll}/u.test(scan.text.slice(region.start + 1, region.start + 3).trim());
    for (let j = after; j < k; j++) {
      if (!matchCue(scan, j)) continue;
      const ownedByParticiple = (tokens.lower[j] ?? '').endsWith('ing') && !startsSentence && !goesOn;
      if (ownedByParticiple || (!(tokens.lower[j] ?? '').endsWith('ing') && !isPronoun(tokens, findSubjectBefore(tokens, j, after) ?? [0, 0]))) return -1;
    }
    return findTrailingCue(scan, next) === null && findDashCredit(scan, next) === null ? next : -1;
  }
  return -1;
}

/** `“…” ― Name` (a credit line): the dash is the cue, the name after it the speaker. */
function findDashCredit(scan: QuoteScan, r: number): DraftQuote | null {
  const { tokens } = scan;
  const region = scan.regions[r];
  if (!region) return null;
  const k = tokenAtOrAfter(tokens, region.end);
  if (k >= tokens.count || !DASHES.has(tokens.value[k] ?? '')) return null;
  if (paragraphOf(scan, tokens.start[k] ?? 0) !== paragraphOf(scan, region.end - 1)) return null;
  let limit = k + 1;
  const para = paragraphOf(scan, tokens.start[k] ?? 0);
  while (limit < tokens.count && paragraphOf(scan, tokens.start[limit] ?? 0) === para) limit++;
  if (limit - k > 12) return null;
  const speaker = findSpeakerAfter(tokens, k + 1, limit);
  if (!speaker || tokens.pos[speaker[0]] !== 'PROPN') return null;
  const cue = { start: tokens.start[k] ?? 0, end: tokens.end[k] ?? 0, lemma: tokens.value[k] ?? '', cueClass: 'quoting' as const };
  return { parts: [{ start: region.start, end: region.end }], speaker, cue, rule: 'quotes/direct-dash-credit' };
}
