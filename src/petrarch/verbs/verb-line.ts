import { parseEventCode } from '../codes.js';
import { inflectVerb } from '../verb-forms.js';
import type { EventCode, VerbForm } from '../types.js';

/** `--- NAME [CODE] ---` → name and code (`---` when none is given); null when it has no name. */
export function parseBlockHeader(text: string): { name: string; code: EventCode } | null {
  const inner = text.trim().replace(/^-+/, '').replace(/-+$/, '').trim();
  const open = inner.indexOf('[');
  const close = open >= 0 ? inner.indexOf(']', open) : -1;
  const name = (open >= 0 ? inner.slice(0, open) : inner).trim().replace(/_+$/, '').toUpperCase();
  if (name.length === 0) return null;
  const code = open >= 0 && close > open ? parseEventCode(inner.slice(open + 1, close)) : { code: '---', paired: null };
  return { name, code: code.code.length > 0 ? code : { code: '---', paired: null } };
}

export interface ParsedVerbLine {
  readonly lemma: string;
  readonly forms: VerbForm[];
  readonly code: EventCode | null;
}

/**
 * A verb line: `BREAK {BROKE BROKEN}`, `+BREAK_DOWN {+BREAKS_DOWN ...}`, `WIRE_+TAP`, with an
 * optional own `[CODE]`. `+` marks the inflected word of a multi-word verb (else the first word);
 * without `{...}` the regular forms of that word are generated, with `{...}` exactly the forms
 * listed plus the base (`{}`: the base only).
 */
export function parseVerbLine(text: string): ParsedVerbLine | string {
  let body = text.trim();
  let code: EventCode | null = null;
  const open = body.indexOf('[');
  if (open >= 0) {
    const close = body.indexOf(']', open);
    if (close < 0) return `unclosed "[" in verb line "${body}"`;
    code = parseEventCode(body.slice(open + 1, close));
    body = body.slice(0, open).trim();
  }
  let listed: string[] | null = null;
  const brace = body.indexOf('{');
  if (brace >= 0) {
    const end = body.indexOf('}', brace);
    if (end < 0) return `missing "}" in verb line "${body}"`;
    listed = body.slice(brace + 1, end).split(/\s+/).filter((f) => f.length > 0);
    body = body.slice(0, brace).trim();
  }
  if (!/^[+]?[A-Z0-9'.-]+([_ ]+[+]?[A-Z0-9'.-]+)*$/i.test(body)) return `"${body}" is not a verb (words joined by _, one marked +)`;
  const base = readForm(body);
  if (typeof base === 'string') return base;
  const forms: VerbForm[] = [base];
  if (listed === null) {
    for (const inflected of inflectVerb(base.words[base.head]!).slice(1)) {
      forms.push({ words: base.words.map((w, i) => (i === base.head ? inflected : w)), head: base.head });
    }
  } else {
    for (const item of listed) {
      const form = readForm(item);
      if (typeof form === 'string') return form;
      forms.push(form);
    }
  }
  return { lemma: body.replace(/\+/g, '').replace(/\s+/g, '_').toUpperCase(), forms: dedupeForms(forms), code };
}

function readForm(text: string): VerbForm | string {
  const parts = text.split(/[_\s]+/).filter((p) => p.length > 0);
  const marked = parts.filter((p) => p.startsWith('+')).length;
  if (marked > 1) return `"${text}" marks more than one word with +`;
  const head = Math.max(0, parts.findIndex((p) => p.startsWith('+')));
  const words = parts.map((p) => p.replace(/^\+/, '').toUpperCase());
  if (words.some((w) => w.length === 0)) return `"${text}" has an empty word`;
  return { words, head };
}

function dedupeForms(forms: VerbForm[]): VerbForm[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = `${f.words.join(' ')}|${f.head}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
