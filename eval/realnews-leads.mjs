// Lead sentences for eval/sets/phoenix-realnews.jsonl: prints one JSON line per article
// ({file, id, date, start, end, sentence}) for the first N articles (default 50) of
// places.jsonl and quotes.jsonl in ../shared/dev. The sentences are printed, never stored:
// the gold set only references them by offsets. Rule (README, "real-news set"):
//   1. Skip leading lines that are not a sentence: a line without sentence-final punctuation
//      (. ! ? with optional closing quotes) that is not continued by an indented line; a line of
//      fewer than 4 words (labels such as "ABSTRACT."); the headline, i.e. the first line if a
//      blank line follows and it has fewer than 20 words (also the line after an unfinished
//      headline line).
//   2. Drop a leading all-capitals dateline ("WASHINGTON ", "LOS ANGELES, Sept. 28 (UPI) — ").
//   3. The sentence runs to the first . ! ? (plus closing quotes) followed by white space,
//      skipping abbreviations (Mr. Gov. Sept. U.S. J. ...), or to a paragraph/unindented line break.
// Usage: node eval/realnews-leads.mjs [../shared/dev] [N]
import { readFileSync } from 'node:fs';
const DIR = process.argv[2] ?? '../shared/dev';
const N = Number(process.argv[3] ?? 50);
const ABBREV = new Set(['Mr','Mrs','Ms','Dr','Gov','Sen','Rep','Rev','St','Gen','Lt','Col','Sgt','Jr','Sr','Prof','No','Inc','Corp','Co','Jan','Feb','Aug','Sept','Sep','Oct','Nov','Dec','vs','U.S','U.N','U.K','N.Y','D.C','a.m','p.m']);
const words = (s) => s.trim().split(/\s+/).filter(Boolean).length;
const FINAL = /[.!?]["'”’)]*\s*$/;
// Index of the first line break at `pos` or later, or text length.
function lineEnd(text, pos) { const i = text.indexOf('\n', pos); return i < 0 ? text.length : i; }
function skipHeadlines(text) {
  let pos = skipSpace(text, 0);
  let headlineMayGoOn = true; // the first line, or a line after an unfinished headline line
  for (;;) {
    const end = lineEnd(text, pos);
    if (end >= text.length) return pos;
    const line = text.slice(pos, end);
    const next = text.slice(end + 1, lineEnd(text, end + 1));
    const continued = /^[ \t]/.test(next) && next.trim() !== '';
    const unfinished = !FINAL.test(line) && !continued;
    const label = words(line) < 4 && !continued;
    const headline = headlineMayGoOn && next.trim() === '' && words(line) < 20;
    if (!unfinished && !label && !headline) return pos;
    headlineMayGoOn = unfinished;
    pos = skipSpace(text, end + 1);
  }
}
function skipSpace(text, pos) { while (pos < text.length && /\s/.test(text[pos])) pos++; return pos; }
const DATELINE = /^(?:[A-Z]{5,}|[A-Z]{2,} [A-Z]{2,})(?: [A-Z]{2,})*(?:, (?:[A-Z][a-z]+\.?|[A-Z]\.[A-Z]\.))?(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \([A-Z]+\))?(?: [—―-]| --)? (?=[A-Z"“])/;
function sentenceEnd(text, start) {
  const re = /[.!?]["'”’)]*(?=\s|$)|\n(?=\s*\n)|\n(?=\S)/g;
  re.lastIndex = start;
  let m;
  while ((m = re.exec(text))) {
    if (m[0] === '\n') return m.index; // paragraph break or unindented new line
    const before = text.slice(start, m.index).match(/([A-Za-z.]+)$/);
    const tok = before ? before[1] : '';
    if (m[0][0] === '.' && (ABBREV.has(tok) || /^[A-Z]$/.test(tok) || /^([A-Za-z]\.)+[A-Za-z]$/.test(tok))) continue;
    return m.index + m[0].length;
  }
  return text.length;
}
function leads(file, n) {
  const recs = readFileSync(`${DIR}/${file}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return recs.slice(0, n).map((r) => {
    let start = skipHeadlines(r.text);
    const dl = r.text.slice(start).match(DATELINE);
    if (dl) start += dl[0].length;
    const end = sentenceEnd(r.text, start);
    const sentence = r.text.slice(start, end);
    if (r.text.slice(start, end) !== sentence || !sentence.trim()) throw new Error(r.id);
    return { file, id: r.id, date: r.date, start, end, sentence };
  });
}
const out = [...leads('places.jsonl', N), ...leads('quotes.jsonl', N)];
for (const o of out) console.log(JSON.stringify(o));
