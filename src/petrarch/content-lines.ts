/** A dictionary line with its comments removed; `text` keeps leading blanks (they mean something in actor files). */
export interface ContentLine {
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
  /** The line as decoded, for markers that live in comments (`<!` ends PETR-2 pattern reading). */
  readonly raw: string;
}

/**
 * PETRARCH comment rules: a line starting with `#` or `<!` is a comment, and so is anything
 * after `#` on a line; `<!-- ... -->` is removed inside a line, and a `<!--` left open runs to
 * the next line holding `-->`. Blank lines are dropped. Comment-only lines are returned with
 * empty `text` only when `keepMarkers` asks for them (the verb reader needs to see `<!`).
 */
export function toContentLines(lines: readonly string[], keepMarkers = false): ContentLine[] {
  const out: ContentLine[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (inBlock) {
      if (raw.includes('-->')) inBlock = false;
      continue;
    }
    if (raw.startsWith('<!')) {
      if (raw.startsWith('<!--') && !raw.includes('-->')) inBlock = true;
      if (keepMarkers) out.push({ text: '', line: i + 1, raw });
      continue;
    }
    if (raw.startsWith('#')) continue;
    const { text, opensBlock } = stripInlineComments(raw);
    inBlock = opensBlock;
    if (text.trim().length > 0) out.push({ text, line: i + 1, raw });
  }
  return out;
}

/** The line without `# ...` and `<!-- ... -->`, and whether it opens a comment that runs on. */
function stripInlineComments(raw: string): { text: string; opensBlock: boolean } {
  let text = raw;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--')) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return { text: text.slice(0, open).trimEnd(), opensBlock: true };
    text = text.slice(0, open) + text.slice(close + 3);
  }
  return { text: text.trimEnd(), opensBlock: false };
}
