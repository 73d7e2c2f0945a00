import type { Span } from '../../core/span.js';
import { matchCue, type CueMatch } from './cues.js';
import { claimCue, cueOf, type DraftQuote } from './draft.js';
import { forwardContent, trimSpan } from './content.js';
import { firstRegionEndingAfter, quotedShare } from './marks.js';
import { isQuoteMark, paragraphOf, type QuoteScan } from './scan.js';
import { findSpeakerAfter, findSubjectBefore, RELATIVES, type TokenRange } from './speaker.js';
import { appositiveSubject, indexSpeaker, lastSpeaker, leadingWords, sentenceSubject, type SpeakerIndex } from './subjects.js';
import { findResumption, hasClaimedCue, hasVerb, isTail, startsObject, SUBORDINATE_OPENERS } from './trailing.js';

const SKIP_BEFORE_SUBJECT = new Set(['ADV', 'AUX', 'PART']);
/**
 * Cue-driven attributions, sentence by sentence: `X said (that) …`, `…, X said.`, `According to X, …`,
 * `…, adding that …`, and `X said: “…”` (direct when the content is ≥ 90% quoted). Cues inside
 * quotations and cues used by the trailing-quote rule are skipped.
 */
export function findCueQuotes(scan: QuoteScan, usedRegions: Uint8Array, earlier: readonly DraftQuote[]): DraftQuote[] {
  const drafts: DraftQuote[] = [];
  const speakers: SpeakerIndex = new Map();
  for (const draft of earlier) indexSpeaker(scan, speakers, draft);
  for (const sentence of scan.seg.sentences) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (scan.claimed[k] || (scan.tokenRegion[k] ?? -1) >= 0) continue;
      const match = matchCue(scan, k);
      if (!match) continue;
      const draft = match.entry.cueClass === 'source'
        ? readAccordingTo(scan, match, sentence.tokenStart, sentence.tokenEnd)
        : readCue(scan, match, sentence.tokenStart, sentence.tokenEnd, speakers);
      if (!draft) continue;
      claimCue(scan, match);
      markRegions(scan, draft.parts, usedRegions);
      drafts.push(draft);
      indexSpeaker(scan, speakers, draft);
      k = match.end - 1;
    }
  }
  return drafts;
}

function readCue(scan: QuoteScan, match: CueMatch, first: number, end: number, speakers: SpeakerIndex): DraftQuote | null {
  const { tokens } = scan;
  const cls = match.entry.cueClass;
  if (isPassiveOrInfinitive(scan, match.first, first) || isNamingOrPhoning(scan, match)) return null;
  const subject = findSubjectBefore(tokens, match.first, first);
  if (subject && tokens.lower[subject[0] - 1] === 'what') return null;
  let left = subject ? subject[0] - 1 : match.first - 1;
  if (!subject) while (left >= first && SKIP_BEFORE_SUBJECT.has(tokens.pos[left] ?? '')) left--;
  // `… from China," said Victor Cha`: the comma sits inside the closing quotation mark.
  if (isQuoteMark(tokens.value[left] ?? '') && tokens.value[left - 1] === ',') left--;
  const contentBefore = left - leadingWords(scan, first, left);
  const relative = subject !== null && RELATIVES.has(tokens.lower[subject[0] - 1] ?? '');
  const objectFollows = !match.entry.takesObject && subject !== null && startsObject(scan, match.end);
  const adverbial = SUBORDINATE_OPENERS.has(tokens.lower[leadingWords(scan, first, left)] ?? '');
  const participle = (tokens.lower[match.first] ?? '').endsWith('ing');
  const trailing = !relative && !objectFollows && !adverbial && !participle && cls !== 'quoting' && !hasClaimedCue(scan, first, left);
  if (tokens.value[left] === ',' && contentBefore >= 1 && trailing && isTail(scan, match.end, end)) {
    const content = withClosingMark(scan, trimSpan(scan, first, left), left);
    const resumed = findResumption(scan, match.end, end);
    const rest = resumed >= 0 ? forwardContent(scan, resumed, end) : null;
    const speaker = subject ?? (match.entry.inverts ? findSpeakerAfter(tokens, match.end, end) : null);
    if (content && rest && speaker) return finish(scan, [content, rest], speaker, match, 'indirect-medial-cue');
    if (content && speaker && contentBefore >= 3 && hasVerb(scan, first, left)) return finish(scan, [content], speaker, match, 'indirect-trailing-cue');
  }
  let speaker: TokenRange | null = subject;
  let rule = 'indirect-clause';
  if (!speaker && tokens.value[left] === ',') {
    speaker = appositiveSubject(scan, first, left);
    if (speaker) rule = 'indirect-appositive-subject';
  }
  if (!speaker && match.entry.inverts && match.first === leadingWords(scan, first, match.end)) {
    // `Said Ellis: “…”`: the cue opens the sentence and the speaker follows it.
    const inverted = findSpeakerAfter(tokens, match.end, end);
    if (!inverted) return null;
    return readContent(scan, match, inverted, inverted[1], end, 'indirect-inverted');
  }
  if (!speaker) {
    const coordinated = tokens.lower[left] === 'and';
    if (!coordinated && (tokens.value[left] !== ',' || !(tokens.lower[match.first] ?? '').endsWith('ing'))) return null;
    speaker = lastSpeaker(scan, speakers, match.first) ?? sentenceSubject(scan, first, match.first);
    rule = coordinated ? 'indirect-coordinated' : 'indirect-participle';
  }
  if ((cls === 'belief' || cls === 'plan') && !speaker) return null;
  return readContent(scan, match, speaker, match.end, end, rule);
}

/** The content after a cue (and its hearer): `that …`, `to …`, a clause, a quotation, or the quoted paragraph after `X said:`. */
function readContent(scan: QuoteScan, match: CueMatch, speaker: TokenRange | null, after: number, end: number, rule: string): DraftQuote | null {
  const { tokens } = scan;
  const cls = match.entry.cueClass;
  let from = after;
  if (match.entry.takesObject) from = skipObject(scan, from, end);
  while (from < end && (tokens.value[from] === ':' || tokens.value[from] === ',')) from++;
  from = skipToThat(scan, from, end);
  if (tokens.lower[from] === 'that' && rule === 'indirect-clause') rule = 'indirect-that';
  if (startsWithFiniteVerb(scan, from)) return null;
  let content = forwardContent(scan, from, end, (tokens.lower[match.first] ?? '').endsWith('ing'));
  if (!content && isColonEnd(scan, after, end)) {
    content = nextParagraphQuote(scan, end);
    rule = 'direct-colon-paragraph';
  }
  if (!content) return null;
  if (cls === 'quoting' && quotedShare(scan.text, content, scan.regions) < 0.9) return null;
  if (cls === 'plan' && tokens.lower[from] !== 'to') return null;
  if (cls === 'belief' && !opensClause(scan, from)) return null;
  return finish(scan, [content], speaker, match, rule);
}

/**
 * The draft with its rule id. A content that is ≥ 90% quoted is a direct quote: `indirect-that` and
 * `indirect-clause` become `direct-leading-cue` (`X said: “…”`), other `indirect-*` rules `direct-*`.
 */
function finish(scan: QuoteScan, parts: Span[], speaker: TokenRange | null, match: CueMatch, rule: string): DraftQuote {
  let name = rule;
  if (rule.startsWith('indirect-')) {
    const direct = quotedShare(scan.text, { start: parts[0]?.start ?? 0, end: parts[parts.length - 1]?.end ?? 0 }, scan.regions) >= 0.9;
    if (direct) name = rule === 'indirect-that' || rule === 'indirect-clause' ? 'direct-leading-cue' : `direct-${rule.slice('indirect-'.length)}`;
  }
  return { parts, speaker, cue: cueOf(scan, match), rule: `quotes/${name}` };
}

/** `told reporters (that)`, `urged Israel to`, `accused the army of`: skip the hearer when a complement follows. */
function skipObject(scan: QuoteScan, from: number, end: number): number {
  const { tokens } = scan;
  let k = from;
  while (k < end && k - from < 7) {
    const pos = tokens.pos[k] ?? '';
    if (pos === 'PROPN' || pos === 'NOUN' || pos === 'PRON' || pos === 'DET' || pos === 'ADJ' || tokens.lower[k] === "'s" || tokens.lower[k] === '’s') k++;
    else break;
  }
  if (k === from) return from;
  const next = tokens.lower[k] ?? '';
  if (next === 'that' || next === 'to' || next === 'of' || next === ':' || next === ',' || (scan.tokenRegion[k] ?? -1) >= 0) return k;
  const pos = tokens.pos[k] ?? '';
  if (pos === 'AUX' || pos === 'VERB') {
    // `told reporters the army had left`: the run took in the clause's subject; it starts at its determiner or pronoun.
    for (let m = k - 1; m > from; m--) if (tokens.pos[m] === 'DET' || tokens.pos[m] === 'PRON') return m;
  }
  return from;
}

function isColonEnd(scan: QuoteScan, from: number, end: number): boolean {
  for (let j = end - 1; j >= from; j--) {
    if (scan.tokens.value[j] === ':') return true;
    if (scan.tokens.pos[j] !== 'PUNCT') return false;
  }
  return false;
}

/** `X said:` closing a paragraph, then a paragraph opening with a quotation. */
function nextParagraphQuote(scan: QuoteScan, end: number): Span | null {
  if (end >= scan.tokens.count) return null;
  const r = scan.tokenRegion[end] ?? -1;
  const region = scan.regions[r];
  if (!region || region.start !== scan.tokens.start[end]) return null;
  if (paragraphOf(scan, region.start) - paragraphOf(scan, scan.tokens.start[end - 1] ?? 0) > 2) return null;
  return { start: region.start, end: region.end };
}

/** Beliefs need a clause: `believes (that) the army will…`, not `believes him`. Plans need `to` (checked by the caller). */
function opensClause(scan: QuoteScan, from: number): boolean {
  const lower = scan.tokens.lower[from] ?? '';
  if (lower === 'that') return true;
  for (let j = from + 1; j < Math.min(from + 6, scan.tokens.count); j++) {
    const pos = scan.tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/** `According to X, …` and `…, according to X.` */
function readAccordingTo(scan: QuoteScan, match: CueMatch, first: number, end: number): DraftQuote | null {
  const { tokens } = scan;
  const speaker = findSpeakerAfter(tokens, match.end, end);
  if (!speaker) return null;
  const atStart = leadingWords(scan, first, match.first) === match.first;
  let content: Span | null;
  if (atStart) {
    let k = speaker[1];
    while (k < end && tokens.value[k] !== ',') k++;
    content = trimSpan(scan, k + 1, end);
  } else {
    content = trimSpan(scan, first, match.first);
  }
  if (!content) return null;
  return finish(scan, [content], speaker, match, 'indirect-according-to');
}

function markRegions(scan: QuoteScan, parts: readonly Span[], used: Uint8Array): void {
  for (const part of parts) {
    for (let r = firstRegionEndingAfter(scan.regions, part.start); r < scan.regions.length; r++) {
      const region = scan.regions[r];
      if (!region || region.start >= part.end) break;
      if (region.start >= part.start && region.end <= part.end) used[r] = 1;
    }
  }
}

const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);

/** `was expected to`, `is described as`, `to tell them`: a passive or an infinitive cue reports no one's statement. */
function isPassiveOrInfinitive(scan: QuoteScan, cue: number, first: number): boolean {
  const { tokens } = scan;
  let j = cue - 1;
  while (j >= first && tokens.pos[j] === 'ADV') j--;
  const before = tokens.lower[j] ?? '';
  if (before === 'to') return true;
  const form = tokens.lower[cue] ?? '';
  return BE_FORMS.has(before) && (form.endsWith('ed') || form === 'told' || form === 'said');
}

/** `said on Tuesday that …`, `said Friday that …`: the content starts at `that` when only circumstances come before it. */
function skipToThat(scan: QuoteScan, from: number, end: number): number {
  const { tokens } = scan;
  for (let j = from; j < Math.min(end, from + 6); j++) {
    if (tokens.lower[j] === 'that') return j;
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || (scan.tokenRegion[j] ?? -1) >= 0) return from;
  }
  return from;
}

/** `late-night calls came in`: a finite verb right after the cue means the cue was a noun. */
function startsWithFiniteVerb(scan: QuoteScan, k: number): boolean {
  const lower = scan.tokens.lower[k] ?? '';
  return scan.tokens.pos[k] === 'VERB' && !lower.endsWith('ing') && !isCapitalisedName(scan.tokens.value[k] ?? '');
}

function isCapitalisedName(value: string): boolean {
  const code = value.charCodeAt(0);
  return code >= 65 && code <= 90;
}

const PHONING_PARTICLES = new Set(['in', 'into', 'up', 'back']);

/** `a group called Lashkar`, `she called in to a radio show`: naming and phoning, not statements. */
function isNamingOrPhoning(scan: QuoteScan, match: CueMatch): boolean {
  if (match.entry.lemma !== 'call') return false;
  const { tokens } = scan;
  const next = tokens.value[match.end] ?? '';
  if (PHONING_PARTICLES.has(next)) return true;
  const before = tokens.value[match.first - 1] ?? '';
  return tokens.pos[match.first - 1] === 'NOUN' && /^[a-z]/.test(before) && /^\p{Lu}/u.test(next);
}

/** Keeps the closing mark of `…,” said X` with the content: `… a lost cause,”`. */
function withClosingMark(scan: QuoteScan, content: Span | null, comma: number): Span | null {
  if (!content || scan.tokens.value[comma] !== ',' || !isQuoteMark(scan.tokens.value[comma + 1] ?? '')) return content;
  return { start: content.start, end: scan.tokens.end[comma + 1] ?? content.end };
}
