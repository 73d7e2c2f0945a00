import { toContentLines } from './content-lines.js';
import { parsePhrase } from './phrase.js';
import { pluralizePhrase } from './plural.js';
import type { AgentPlacement, DictionaryPhrase, DictionaryWarning, PetrarchAgentEntry } from './types.js';

export interface ParsedAgents {
  readonly entries: PetrarchAgentEntry[];
  readonly warnings: DictionaryWarning[];
  /** `!NAME!` substitution sets defined in the file. */
  readonly markers: ReadonlyMap<string, readonly string[]>;
}

/**
 * Reads an agent dictionary: `PHRASE {PLURAL} [~CODE]` (`{}` = no plural, none = regular
 * plural), `!NAME! = A, B, C` substitution sets used as `CONGRESS!PERSON!`. `[~GOV]` appends
 * the code to the actor's, `[NGO~]` puts it in front.
 */
export function parseAgentDictionary(file: string, lines: readonly string[]): ParsedAgents {
  const entries: PetrarchAgentEntry[] = [];
  const warnings: DictionaryWarning[] = [];
  const markers = new Map<string, string[]>();
  const warn = (line: number, message: string) => warnings.push({ file, line, message });

  for (const { text, line } of toContentLines(lines)) {
    const trimmed = text.trim();
    if (trimmed.includes('!') && trimmed.includes('=') && !trimmed.includes('[')) {
      const m = /^!([^!\s]+)!\s*=\s*(.*)$/.exec(trimmed);
      if (!m) warn(line, `substitution set "${trimmed}" is not "!NAME! = A, B"; line skipped`);
      else markers.set(m[1]!.toUpperCase(), m[2]!.split(',').map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0));
      continue;
    }
    const open = trimmed.indexOf('[');
    const close = trimmed.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      warn(line, `agent "${trimmed}" has no [code]; line skipped`);
      continue;
    }
    const code = parseAgentCode(trimmed.slice(open + 1, close));
    if (code === null) {
      warn(line, `agent code [${trimmed.slice(open + 1, close).trim()}] must be ~CODE or CODE~; line skipped`);
      continue;
    }
    const body = trimmed.slice(0, open).trim();
    const forms = agentForms(body, markers);
    if (typeof forms === 'string') {
      warn(line, `${forms}; line skipped`);
      continue;
    }
    entries.push({ phrases: forms, code: code.code, placement: code.placement, file, line });
  }
  return { entries, warnings, markers };
}

function parseAgentCode(inner: string): { code: string; placement: AgentPlacement } | null {
  const text = inner.trim();
  const m = /^(~)?([A-Za-z0-9]+)(~)?$/.exec(text);
  if (!m || Boolean(m[1]) === Boolean(m[3])) return null;
  return { code: m[2]!.toUpperCase(), placement: m[1] ? 'suffix' : 'prefix' };
}

/** Singular and plural phrases of one agent line, or an error message. */
function agentForms(body: string, markers: ReadonlyMap<string, readonly string[]>): DictionaryPhrase[] | string {
  if (body.includes('!')) {
    const m = /^([^!]*)!([^!\s]+)!(.*)$/.exec(body);
    if (!m) return `substitution marker in "${body}" is not written !NAME!`;
    const set = markers.get(m[2]!.toUpperCase());
    if (!set) return `substitution set !${m[2]}! is not defined above`;
    // Each member is used as written: the sets already list singulars and plurals.
    return set.map((member) => parsePhrase(`${m[1]}${member}${m[3]}`)).filter((p) => p.words.length > 0);
  }
  const brace = body.indexOf('{');
  if (brace >= 0) {
    const end = body.indexOf('}', brace);
    if (end < 0) return `missing "}" in "${body}"`;
    const singular = parsePhrase(body.slice(0, brace));
    if (singular.words.length === 0) return `agent "${body}" has no phrase`;
    const plural = parsePhrase(body.slice(brace + 1, end));
    return plural.words.length > 0 ? [singular, plural] : [singular];
  }
  const singular = parsePhrase(body);
  if (singular.words.length === 0) return `agent line has no phrase`;
  const words = pluralizePhrase(singular.words);
  return [singular, { words, loose: singular.loose }];
}
