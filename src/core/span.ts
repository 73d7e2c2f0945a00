/** Half-open range of UTF-16 code units into `Doc.text` (JavaScript string indices). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the characters it covers, as written to the output contract. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** Why a value was extracted: the span it rests on and the rule that produced it ("<stage>/<rule>"). */
export interface Evidence extends Span {
  readonly rule: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
