import type { Span } from '../../core/span.js';
import { matchCue, type CueMatch } from './cues.js';
import { claimCue, cueOf, type DraftQuote } from './draft.js';
import { CONTENT_STOPPERS, forwardContent, trimSpan } from './content.js';
import { quotedShare } from './marks.js';
import { paragraphOf, type QuoteScan } from './scan.js';
import { findSpeakerAfter, findSubjectBefore, type TokenRange } from './speaker.js';

const SKIP_BEFORE_SUBJECT = new Set(['ADV', 'AUX', 'PART']);
const LEADERS = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'also']);
/** Subordinators after which a trailing `X said` may carry circumstances: `, he said as he left`. */
const TAIL_SUBORDINATORS = new Set(['as', 'after', 'before', 'when', 'while', 'during', 'in', 'on', 'at', 'from', 'to', 'with', 'by', 'for', 'via', 'through']);

/**
 * Cue-driven attributions, sentence by sentence: `X said (that) …`, `…, X said.`, `According to X, …`,
 * `…, adding that …`, and `X said: “…”` (direct when the content is ≥ 90% quoted). Cues inside
 * quotations and cues used by the trailing-quote rule are skipped.
 */
export function findCueQuotes(scan: QuoteScan, usedRegions: Uint8Array, earlier: readonly DraftQuote[]): DraftQuote[] {
  const drafts: DraftQuote[] = [];
  for (const sentence of scan.seg.sentences) {
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) {
      if (scan.claimed[k] || (scan.tokenRegion[k] ?? -1) >= 0) continue;
      const match = matchCue(scan, k);
      if (!match) continue;
      const draft = match.entry.cueClass === 'source'
        ? readAccordingTo(scan, match, sentence.tokenStart, sentence.tokenEnd)
        : readCue(scan, match, sentence.tokenStart, sentence.tokenEnd, [...earlier, ...drafts]);
      if (!draft) continue;
      claimCue(scan, match);
      markRegions(scan, draft.parts, usedRegions);
      drafts.push(draft);
      k = match.end - 1;
    }
  }
  return drafts;
}

function readCue(scan: QuoteScan, match: CueMatch, first: number, end: number, earlier: readonly DraftQuote[]): DraftQuote | null {
  const { tokens } = scan;
  const cls = match.entry.cueClass;
  if (isPassiveOrInfinitive(scan, match.first, first)) return null;
  const subject = findSubjectBefore(tokens, match.first, first);
  if (subject && tokens.lower[subject[0] - 1] === 'what') return null;
  let left = subject ? subject[0] - 1 : match.first - 1;
  if (!subject) while (left >= first && SKIP_BEFORE_SUBJECT.has(tokens.pos[left] ?? '')) left--;
  const contentBefore = left - leadingWords(scan, first, left);
  if (tokens.value[left] === ',' && contentBefore >= 3 && isTail(scan, match.end, end) && cls !== 'quoting') {
    const speaker = subject ?? findSpeakerAfter(tokens, match.end, end);
    if (!speaker) return null;
    const content = trimSpan(scan, first, left);
    if (!content) return null;
    const resumed = findResumption(scan, match.end, end);
    const rest = resumed >= 0 ? forwardContent(scan, resumed, end) : null;
    if (rest) return finish(scan, [content, rest], speaker, match, 'indirect-medial-cue');
    return finish(scan, [content], speaker, match, 'indirect-trailing-cue');
  }
  let speaker: TokenRange | null = subject;
  let rule = 'indirect-clause';
  if (!speaker && tokens.value[left] === ',') {
    speaker = appositiveSubject(scan, first, left);
    if (speaker) rule = 'indirect-appositive-subject';
  }
  if (!speaker) {
    const coordinated = tokens.lower[left] === 'and';
    if (!coordinated && (tokens.value[left] !== ',' || !(tokens.lower[match.first] ?? '').endsWith('ing'))) return null;
    speaker = lastSpeaker(scan, earlier, match.first) ?? sentenceSubject(scan, first, match.first);
    rule = coordinated ? 'indirect-coordinated' : 'indirect-participle';
  }
  if ((cls === 'belief' || cls === 'plan') && !speaker) return null;
  let from = match.end;
  if (match.entry.takesObject) from = skipObject(scan, from, end);
  while (from < end && (tokens.value[from] === ':' || tokens.value[from] === ',')) from++;
  if (tokens.lower[from] === 'that' && rule === 'indirect-clause') rule = 'indirect-that';
  let content = forwardContent(scan, from, end, (tokens.lower[match.first] ?? '').endsWith('ing'));
  if (!content && isColonEnd(scan, match.end, end)) {
    content = nextParagraphQuote(scan, end);
    rule = 'direct-colon-paragraph';
  }
  if (!content) return null;
  if (cls === 'quoting' && quotedShare(scan.text, content, scan.regions) < 0.9) return null;
  if (cls === 'plan' && tokens.lower[from] !== 'to') return null;
  if (cls === 'belief' && !opensClause(scan, from)) return null;
  return finish(scan, [content], speaker, match, rule);
}

function finish(scan: QuoteScan, parts: Span[], speaker: TokenRange | null, match: CueMatch, rule: string): DraftQuote {
  let name = rule;
  if (rule !== 'direct-colon-paragraph') {
    const direct = quotedShare(scan.text, { start: parts[0]?.start ?? 0, end: parts[parts.length - 1]?.end ?? 0 }, scan.regions) >= 0.9;
    if (direct) name = rule === 'indirect-trailing-cue' ? 'direct-leading-content' : 'direct-leading-cue';
  }
  return { parts, speaker, cue: cueOf(scan, match), rule: `quotes/${name}` };
}

/** `But`, `And`, `However,` at the start of a sentence are not content. */
function leadingWords(scan: QuoteScan, first: number, limit: number): number {
  let k = first;
  while (k < limit && (LEADERS.has(scan.tokens.lower[k] ?? '') || scan.tokens.value[k] === ',')) k++;
  return k;
}

/** After the cue (and a post-posed speaker), nothing but circumstances: no `that`, no verb before a preposition. */
function isTail(scan: QuoteScan, from: number, end: number): boolean {
  const { tokens } = scan;
  for (let j = from; j < end; j++) {
    const lower = tokens.lower[j] ?? '';
    if (lower === 'that' || lower === ':') return false;
    if (lower === ',' && (scan.tokenRegion[j + 1] ?? -1) >= 0) return false;
    if (TAIL_SUBORDINATORS.has(lower) || lower === ',' || lower === '.' || lower === ';') return true;
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || (scan.tokenRegion[j] ?? -1) >= 0) return false;
  }
  return true;
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

/** The speaker of the latest attribution before token k, in this or the previous sentence (for `…, adding that`). */
function lastSpeaker(scan: QuoteScan, earlier: readonly DraftQuote[], k: number): TokenRange | null {
  let best: TokenRange | null = null;
  for (const draft of earlier) {
    const speaker = draft.speaker;
    if (speaker && speaker[0] < k && (!best || speaker[0] > best[0])) best = speaker;
  }
  if (!best) return null;
  return (scan.tokens.sentence[k] ?? 0) - (scan.tokens.sentence[best[0]] ?? 0) <= 1 ? best : null;
}

function markRegions(scan: QuoteScan, parts: readonly Span[], used: Uint8Array): void {
  scan.regions.forEach((region, r) => {
    for (const part of parts) if (region.start >= part.start && region.end <= part.end) used[r] = 1;
  });
}

/** The noun phrase opening the sentence, when a verb follows it: the subject a participle (`…, saying`) leans on. */
function sentenceSubject(scan: QuoteScan, first: number, limit: number): TokenRange | null {
  const subject = findSpeakerAfter(scan.tokens, leadingWords(scan, first, limit), limit);
  if (!subject) return null;
  const next = scan.tokens.pos[subject[1]] ?? '';
  return next === 'VERB' || next === 'AUX' ? subject : null;
}

const NOT_RESUMING = new Set(['as', 'while', 'after', 'before', 'when', 'because', 'since', 'though', 'although', 'according', 'and', 'but']);

/** `Acts of protest, Mr. Obama said, are acts of patriotism`: the token where the content resumes after `said,`, or -1. */
function findResumption(scan: QuoteScan, from: number, end: number): number {
  const { tokens } = scan;
  for (let j = from; j < Math.min(end, from + 8); j++) {
    if (tokens.value[j] === ',') {
      const next = tokens.lower[j + 1] ?? '';
      if (end - (j + 1) < 3 || CONTENT_STOPPERS.has(next) || NOT_RESUMING.has(next)) return -1;
      return j + 1;
    }
    const pos = tokens.pos[j] ?? '';
    if (pos === 'VERB' || pos === 'AUX' || tokens.value[j] === '.') return -1;
  }
  return -1;
}

/** `Jane Roe, a spokeswoman for the group, said …`: the sentence-initial name and its apposition up to the comma before the cue. */
function appositiveSubject(scan: QuoteScan, first: number, comma: number): TokenRange | null {
  const start = leadingWords(scan, first, comma);
  const head = findSpeakerAfter(scan.tokens, start, comma);
  if (!head || scan.tokens.value[head[1]] !== ',' || head[1] >= comma || comma - start > 30) return null;
  return [head[0], comma];
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
