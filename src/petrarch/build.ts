import { parseActorDictionary } from './actors.js';
import { parseAgentDictionary } from './agents.js';
import { compileActors, compileAgents, type CompiledActors, type CompiledAgents } from './compile/actors.js';
import { compileDiscards, type CompiledDiscards } from './compile/discards.js';
import { compileVerbs, countExpandedPatterns, type CompiledVerbs } from './compile/verbs.js';
import { decodeDictionaryBytes } from './decode.js';
import { parseDiscardDictionary } from './discards.js';
import { parseIssueDictionary } from './issues.js';
import type { DictionaryRole } from './roles.js';
import type {
  DictionaryWarning,
  PetrarchActorEntry,
  PetrarchAgentEntry,
  PetrarchDiscardEntry,
  PetrarchIssueEntry,
  PetrarchVerbDictionary,
  VerbFormat,
} from './types.js';
import { parseVerbDictionary } from './verbs/parse-verbs.js';

export interface DictionaryFileInput {
  readonly name: string;
  readonly role: DictionaryRole;
  readonly bytes: Uint8Array;
}

/** What one file contributed: the counts a user checks after loading. */
export interface DictionaryFileReport {
  readonly name: string;
  readonly role: DictionaryRole;
  readonly lines: number;
  /** Entries: actor records, agent lines, discard lines, issue lines, or verb blocks. */
  readonly entries: number;
  /** Phrases (actors, agents: synonyms and plurals included) or verb forms (verbs). */
  readonly phrases: number;
  readonly codes?: number;
  readonly dated?: number;
  readonly verbs?: number;
  readonly patterns?: number;
  readonly expandedPatterns?: number;
  readonly synsets?: number;
  readonly transformations?: number;
  readonly format?: VerbFormat;
  readonly warnings: number;
  readonly latin1Lines: number;
  readonly replacementLines: number;
  readonly crlf: boolean;
}

export interface PetrarchDictionaries {
  readonly actors: CompiledActors;
  readonly agents: CompiledAgents;
  readonly discards: CompiledDiscards;
  /** Null when no verb file was given. */
  readonly verbs: CompiledVerbs | null;
  readonly issues: readonly PetrarchIssueEntry[];
  readonly files: readonly DictionaryFileReport[];
  readonly warnings: readonly DictionaryWarning[];
  /** How the files were chosen (set by the folder loader). */
  readonly notes?: readonly string[];
}

/**
 * Parses and compiles a set of dictionary files (already read into memory). Pure: malformed
 * lines become warnings, never exceptions. Several verb files are merged block by block.
 */
export function buildPetrarchDictionaries(inputs: readonly DictionaryFileInput[]): PetrarchDictionaries {
  const actors: PetrarchActorEntry[] = [];
  const agents: PetrarchAgentEntry[] = [];
  const discards: PetrarchDiscardEntry[] = [];
  const issues: PetrarchIssueEntry[] = [];
  const verbDicts: PetrarchVerbDictionary[] = [];
  const warnings: DictionaryWarning[] = [];
  const files: DictionaryFileReport[] = [];

  for (const input of inputs) {
    const decoded = decodeDictionaryBytes(input.name, input.bytes);
    const base = {
      name: input.name,
      role: input.role,
      lines: decoded.lines.length,
      latin1Lines: decoded.latin1Lines.length,
      replacementLines: decoded.replacementLines.length,
      crlf: decoded.crlf,
    };
    switch (input.role) {
      case 'actors': {
        const r = parseActorDictionary(input.name, decoded.lines);
        actors.push(...r.entries);
        warnings.push(...r.warnings);
        const codes = r.entries.reduce((n, e) => n + e.codes.length, 0);
        const dated = r.entries.reduce((n, e) => n + e.codes.filter((c) => c.from !== null || c.to !== null).length, 0);
        files.push({ ...base, entries: r.entries.length, phrases: countPhrases(r.entries), codes, dated, warnings: r.warnings.length });
        break;
      }
      case 'agents': {
        const r = parseAgentDictionary(input.name, decoded.lines);
        agents.push(...r.entries);
        warnings.push(...r.warnings);
        files.push({ ...base, entries: r.entries.length, phrases: countPhrases(r.entries), warnings: r.warnings.length });
        break;
      }
      case 'discards': {
        const r = parseDiscardDictionary(input.name, decoded.lines);
        discards.push(...r.entries);
        warnings.push(...r.warnings);
        files.push({ ...base, entries: r.entries.length, phrases: r.entries.length, warnings: r.warnings.length });
        break;
      }
      case 'issues': {
        const r = parseIssueDictionary(input.name, decoded.lines);
        issues.push(...r.entries);
        warnings.push(...r.warnings);
        files.push({ ...base, entries: r.entries.length, phrases: countPhrases(r.entries), warnings: r.warnings.length });
        break;
      }
      case 'verbs': {
        const r = parseVerbDictionary(input.name, decoded.lines);
        verbDicts.push(r.dictionary);
        warnings.push(...r.warnings);
        const d = r.dictionary;
        const patterns = d.blocks.flatMap((b) => b.patterns);
        files.push({
          ...base,
          entries: d.blocks.length,
          phrases: d.blocks.reduce((n, b) => n + b.verbs.reduce((m, v) => m + v.forms.length, 0), 0),
          verbs: d.blocks.reduce((n, b) => n + b.verbs.length, 0),
          patterns: patterns.length,
          expandedPatterns: countExpandedPatterns(patterns),
          synsets: d.synsets.length,
          transformations: d.transformations.length,
          format: d.format,
          warnings: r.warnings.length,
        });
        break;
      }
    }
  }
  return {
    actors: compileActors(actors),
    agents: compileAgents(agents),
    discards: compileDiscards(discards),
    verbs: verbDicts.length > 0 ? compileVerbs(mergeVerbDictionaries(verbDicts)) : null,
    issues,
    files,
    warnings,
  };
}

function countPhrases(entries: readonly { phrases: readonly unknown[] }[]): number {
  return entries.reduce((n, e) => n + e.phrases.length, 0);
}

function mergeVerbDictionaries(dicts: readonly PetrarchVerbDictionary[]): PetrarchVerbDictionary {
  if (dicts.length === 1) return dicts[0]!;
  return {
    file: dicts.map((d) => d.file).join(', '),
    format: dicts[dicts.length - 1]!.format,
    blocks: dicts.flatMap((d) => d.blocks),
    synsets: dicts.flatMap((d) => d.synsets),
    transformations: dicts.flatMap((d) => d.transformations),
  };
}
