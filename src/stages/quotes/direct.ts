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
    claimCue(scan, trailing.match);
    const region = scan.regions[r];
    const parts = [{ start: region?.start ?? 0, end: region?.end ?? 0 }];
    for (let next = r + 1; next < scan.regions.length && continuesQuote(scan, next, trailing.after); next++) {
      const part = scan.regions[next];
      if (!part) break;
      usedRegions[next] = 1;
      parts.push({ start: part.start, end: part.end });
      break;
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
  const limit = Math.min(sentenceRange(scan, from)[1], from + TAIL_LIMIT);
  for (let j = from; j < limit; j++) {
    if ((scan.tokenRegion[j] ?? -1) >= 0) return null;
    const match = scan.claimed[j] ? null : matchCue(scan, j);
    if (!match) continue;
    const cls = match.entry.cueClass;
    if (cls !== 'speech' && cls !== 'quoting') return null;
    const subject = j > from ? findSubjectBefore(tokens, j, from) : null;
    const speaker: TokenRange | null = subject ? [from, subject[1]] : findSpeakerAfter(tokens, match.end, limit);
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

function trimCommas(scan: QuoteScan, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  let [start, end] = range;
  while (start < end && scan.tokens.value[start] === ',') start++;
  while (end > start && scan.tokens.value[end - 1] === ',') end--;
  return end > start ? [start, end] : null;
}

/** A later quotation is a part of the same quote when it sits in the same paragraph, with no cue of its own. */
function continuesQuote(scan: QuoteScan, next: number, after: number): boolean {
  const region = scan.regions[next];
  const { tokens } = scan;
  if (!region) return false;
  const k = tokenAtOrAfter(tokens, region.start);
  if (paragraphOf(scan, region.start) !== paragraphOf(scan, tokens.start[after - 1] ?? 0)) return false;
  if ((tokens.sentence[k] ?? 0) - (tokens.sentence[after - 1] ?? 0) > 2) return false;
  for (let j = after; j < k; j++) {
    if (!matchCue(scan, j) || (tokens.lower[j] ?? '').endsWith('ing')) continue;
    const subject = findSubjectBefore(tokens, j, after);
    if (!subject || !isPronoun(tokens, subject)) return false;
  }
  return findTrailingCue(scan, next) === null && findDashCredit(scan, next) === null;
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
