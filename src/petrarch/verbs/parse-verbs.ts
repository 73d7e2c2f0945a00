import { parseEventCode } from '../codes.js';
import { toContentLines } from '../content-lines.js';
import type {
  DictionaryWarning,
  EventCode,
  PatternNode,
  PetrarchVerbBlock,
  PetrarchVerbDictionary,
  PetrarchVerbEntry,
  Synset,
  VerbFormat,
  VerbPattern,
  VerbTransformation,
} from '../types.js';
import { detectVerbFormat } from './format.js';
import { parsePetr1Member, parsePetr1Pattern } from './pattern-petr1.js';
import { parsePetr2Member, parsePetr2Pattern } from './pattern-petr2.js';
import { collectSynsets, resolveSynsets } from './synsets.js';
import { parseTransformation } from './transformations.js';
import { parseBlockHeader, parseVerbLine } from './verb-line.js';

export interface ParsedVerbs {
  readonly dictionary: PetrarchVerbDictionary;
  readonly warnings: DictionaryWarning[];
  /** PETRARCH-2 only: patterns after a `<!` line, which PETRARCH-2 does not read either. */
  readonly patternsAfterEndMarker: number;
}

interface OpenBlock {
  name: string;
  code: EventCode;
  verbs: PetrarchVerbEntry[];
  patterns: VerbPattern[];
  line: number;
}

/**
 * Reads a verb dictionary in either format (detected, or forced by `format`): synsets, then
 * `--- NAME [CODE] ---` blocks of verbs and `- pattern [CODE]` lines, and PETRARCH-2 `~` rules.
 */
export function parseVerbDictionary(file: string, lines: readonly string[], format?: VerbFormat): ParsedVerbs {
  const fmt = format ?? detectVerbFormat(lines);
  const warnings: DictionaryWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });
  const content = toContentLines(lines, true);
  const { raw, consumed } = collectSynsets(content.filter((l) => l.text.length > 0));
  const memberParser = fmt === 'petrarch2' ? (t: string) => parsePetr2Member(t, new Map()) : parsePetr1Member;
  const synsets = resolveSynsets(raw, fmt, memberParser, warn);

  const blocks: PetrarchVerbBlock[] = [];
  const transformations: VerbTransformation[] = [];
  let block: OpenBlock | null = null;
  let patternsOpen = true;
  let patternsAfterEndMarker = 0;
  const closeBlock = () => {
    if (block) blocks.push({ ...block, file });
    block = null;
  };

  for (const { text, line, raw: rawLine } of content) {
    if (consumed.has(line)) continue;
    if (text.length === 0) {
      // A `<!` line: PETRARCH-1 treats it as a comment, PETRARCH-2 stops reading patterns there.
      if (fmt === 'petrarch2' && rawLine.startsWith('<!')) patternsOpen = false;
      continue;
    }
    const trimmed = text.trim();
    if (trimmed.startsWith('---')) {
      closeBlock();
      const header = parseBlockHeader(trimmed);
      if (!header) warn(line, `block header "${trimmed}" has no name; block skipped`);
      else block = { ...header, verbs: [], patterns: [], line };
      continue;
    }
    if (trimmed.startsWith('~')) {
      if (fmt !== 'petrarch2') {
        warn(line, 'transformations (~) belong to the PETRARCH-2 format; line skipped');
        continue;
      }
      const rule = parseTransformation(trimmed, line);
      if (typeof rule === 'string') warn(line, `${rule}; line skipped`);
      else transformations.push(rule);
      continue;
    }
    if (block === null) {
      warn(line, `"${trimmed}" comes before any --- block ---; line skipped`);
      continue;
    }
    const open: OpenBlock = block;
    if (trimmed.startsWith('-')) {
      if (!patternsOpen) {
        patternsAfterEndMarker++;
        continue;
      }
      const pattern = readPattern(trimmed.slice(1), line, fmt, synsets);
      if (typeof pattern === 'string') warn(line, `${pattern}; pattern skipped`);
      else open.patterns.push(pattern);
      continue;
    }
    if (trimmed.startsWith('*')) {
      warn(line, 'pattern line must start with "- "; line skipped');
      continue;
    }
    const verb = parseVerbLine(trimmed);
    if (typeof verb === 'string') {
      warn(line, `${verb}; line skipped`);
      continue;
    }
    open.verbs.push({ lemma: verb.lemma, forms: verb.forms, code: verb.code ?? open.code, line });
  }
  closeBlock();
  return {
    dictionary: { file, format: fmt, blocks, synsets: [...synsets.values()], transformations },
    warnings,
    patternsAfterEndMarker,
  };
}

function readPattern(body: string, line: number, fmt: VerbFormat, synsets: ReadonlyMap<string, Synset>): VerbPattern | string {
  const open = body.lastIndexOf('[');
  const close = body.indexOf(']', open);
  if (open < 0 || close < 0) return 'pattern has no [CODE]';
  const code = parseEventCode(body.slice(open + 1, close));
  if (code.code.length === 0) return 'pattern has an empty [CODE]';
  const text = body.slice(0, open).trim();
  const elements: PatternNode[] | string = fmt === 'petrarch2' ? parsePetr2Pattern(text, synsets) : parsePetr1Pattern(text, synsets);
  if (typeof elements === 'string') return elements;
  const verbs = elements.filter((e) => e.type === 'verb').length;
  if (verbs !== 1) return verbs === 0 ? 'pattern has no * (verb position)' : 'pattern has more than one *';
  return { elements, verbIndex: elements.findIndex((e) => e.type === 'verb'), code, text, line };
}
