import type { DictionaryFileReport, PetrarchDictionaries } from './build.js';

/**
 * The load report as lines for stderr: one line per file with its counts, then every warning as
 * `file:line: message` (PETRARCH files are read leniently, so the warnings are the user's way to
 * find what was skipped). No lines for a coder without dictionaries.
 */
export function formatLoadReport(dicts: PetrarchDictionaries | null): string[] {
  if (!dicts) return [];
  const lines = (dicts.notes ?? []).map((note) => `note: ${note}`);
  for (const file of dicts.files) lines.push(`${file.name}: ${describe(file)}`);
  for (const w of dicts.warnings) lines.push(`${w.file}:${w.line}: warning: ${w.message}`);
  return lines;
}

function describe(f: DictionaryFileReport): string {
  const parts: string[] = [`${f.role}`];
  switch (f.role) {
    case 'actors':
      parts.push(`${f.entries} actors`, `${f.phrases} phrases`, `${f.codes ?? 0} codes (${f.dated ?? 0} dated)`);
      break;
    case 'verbs':
      parts.push(
        f.format === 'petrarch2' ? 'PETRARCH-2 format' : 'PETRARCH-1/TABARI format',
        `${f.entries} blocks`, `${f.verbs ?? 0} verbs (${f.phrases} forms)`,
        `${f.patterns ?? 0} patterns (${f.expandedPatterns ?? 0} with synsets written out)`,
        `${f.synsets ?? 0} synsets`, `${f.transformations ?? 0} transformations`,
      );
      break;
    default:
      parts.push(`${f.entries} entries`, `${f.phrases} phrases`);
  }
  parts.push(`${f.warnings} warnings`);
  if (f.latin1Lines > 0) parts.push(`${f.latin1Lines} lines read as Windows-1252`);
  if (f.replacementLines > 0) parts.push(`${f.replacementLines} lines with U+FFFD`);
  if (f.crlf) parts.push('CRLF');
  return parts.join(', ');
}
