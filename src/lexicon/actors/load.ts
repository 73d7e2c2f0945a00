import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import type { CompiledActorLexicon } from '../../stages/actors/lexicon.js';
import { compileActorLexicon } from './compile.js';
import type { ActorEntry, ActorLexiconInput, AgentEntry, DescriptionEntry, ThingEntry } from './entries.js';
import { formatOf, readActors, readAgents, readCountries, readDescriptions, readThings } from './rows.js';
import { parseTsv } from './tsv.js';

/**
 * Reads every `*.tsv` in the given folders (built-in `data/actors` first, then user folders from
 * `--lexicon`), recognises each list by its header (see rows.ts FORMATS) and compiles them.
 * A user list replaces built-in entries with the same id and is tried first on shared phrases.
 */
export function loadActorLexicon(folders: readonly string[]): CompiledActorLexicon {
  return compileActorLexicon(readActorLexicon(folders));
}

/**
 * The entries of the lists in `folders`, not yet compiled: an importer (PETRARCH) appends its own
 * entries with `mergeActorLexicons` and compiles the result.
 */
export function readActorLexicon(folders: readonly string[]): ActorLexiconInput {
  const countries = new Map<string, ActorEntry>();
  const actors: ActorEntry[] = [];
  const agents: AgentEntry[] = [];
  const descriptions: DescriptionEntry[] = [];
  const ploverSectors = new Map<string, string>();
  const stopwords: string[] = [];
  const things: ThingEntry[] = [];
  for (const folder of folders) {
    for (const file of listTsv(folder)) {
      const table = parseTsv(readFileSync(file, 'utf8'), file);
      const source = file.slice(folder.length + 1).replace(/\.tsv$/, '');
      switch (formatOf(table)) {
        case 'countries': readCountries(table, source, countries); break;
        case 'actors': actors.push(...readActors(table, source)); break;
        case 'agents': agents.push(...readAgents(table, source)); break;
        case 'descriptions': descriptions.push(...readDescriptions(table)); break;
        case 'sectors': for (const row of table.rows) ploverSectors.set(row.cells.cameo ?? '', row.cells.plover ?? ''); break;
        case 'things': things.push(...readThings(table)); break;
        case 'stopwords': for (const row of table.rows) stopwords.push(row.cells.word ?? ''); break;
      }
    }
  }
  return { actors: [...countries.values(), ...actors], agents, descriptions, ploverSectors, nameStopwords: stopwords, things };
}

/** Later inputs win: their entries replace same-id entries and their phrases are tried first. */
export function mergeActorLexicons(...inputs: readonly ActorLexiconInput[]): ActorLexiconInput {
  const ploverSectors = new Map<string, string>();
  for (const input of inputs) for (const [cameo, plover] of input.ploverSectors ?? []) ploverSectors.set(cameo, plover);
  return {
    actors: inputs.flatMap((input) => input.actors),
    agents: inputs.flatMap((input) => input.agents),
    descriptions: inputs.flatMap((input) => input.descriptions ?? []),
    ploverSectors,
    nameStopwords: inputs.flatMap((input) => input.nameStopwords ?? []),
    things: inputs.flatMap((input) => input.things ?? []),
  };
}

function listTsv(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    throw new DyadError('E_READ', `cannot read lexicon folder ${folder}: ${(error as Error).message}`);
  }
  return names.filter((name) => name.endsWith('.tsv') && statSync(join(folder, name)).isFile()).map((name) => join(folder, name));
}
