import { DyadError } from '../../core/errors.js';
import { isIsoDate } from '../../core/doc.js';
import type { ActorKind } from '../../stages/actors/types.js';
import { ACTOR_KINDS, type ActorEntry, type AgentEntry, type DescriptionEntry, type ThingEntry } from './entries.js';
import { splitList, type TsvRow, type TsvTable } from './tsv.js';

/** Which list a table is, from its header: the columns each format needs. */
export const FORMATS = {
  countries: ['iso3', 'name', 'aliases', 'demonyms', 'capitals'],
  actors: ['id', 'kind', 'code', 'from', 'until', 'role', 'names'],
  agents: ['id', 'template', 'kind', 'person_role', 'names'],
  descriptions: ['head', 'kinds'],
  sectors: ['cameo', 'plover'],
  // Before stopwords: a things list has their `word` column too.
  things: ['word', 'held'],
  stopwords: ['word'],
} as const;

export type TableFormat = keyof typeof FORMATS;

export function formatOf(table: TsvTable): TableFormat {
  for (const [format, columns] of Object.entries(FORMATS) as [TableFormat, readonly string[]][]) {
    if (columns.every((column) => table.columns.includes(column))) return format;
  }
  throw new DyadError('E_DATA', `unknown list format (columns: ${table.columns.join(', ')})`, { file: table.file });
}

const CODE = /^(?:[A-Z-]{3})(?:[A-Z]{3})*$/;

/** Countries: one row per ISO code; rows for the same code (our additions, a user's list) add phrases. */
export function readCountries(table: TsvTable, source: string, into: Map<string, ActorEntry>): void {
  for (const { line, cells } of table.rows) {
    const iso3 = cells.iso3 ?? '';
    if (!/^[A-Z]{3}$/.test(iso3)) throw new DyadError('E_DATA', `bad iso3 "${iso3}"`, { file: table.file, line });
    const earlier = into.get(iso3);
    const names = [cells.name ?? '', ...splitList(cells.aliases)].filter((name) => name !== '');
    into.set(iso3, {
      id: iso3, name: earlier?.name || cells.name || iso3, kind: 'country', source: earlier?.source ?? source,
      names: [...(earlier?.names ?? []), ...names],
      demonyms: [...(earlier?.demonyms ?? []), ...splitList(cells.demonyms)],
      capitals: [...(earlier?.capitals ?? []), ...splitList(cells.capitals)],
      periods: [{ code: iso3, from: null, until: null, role: null }],
    });
  }
}

/** Actors: rows sharing an id are one actor with several dated periods; names accumulate. */
export function readActors(table: TsvTable, source: string): ActorEntry[] {
  const byId = new Map<string, { entry: ActorEntry; names: string[] }>();
  for (const row of table.rows) {
    const { cells } = row;
    const id = cells.id ?? '';
    if (id === '') throw bad(table, row, 'empty id');
    const period = { code: checkCode(table, row, cells.code ?? ''), from: checkDay(table, row, cells.from), until: checkDay(table, row, cells.until), role: cells.role || null };
    const names = splitList(cells.names);
    const known = byId.get(id);
    if (known) {
      known.names.push(...names);
      (known.entry.periods as unknown as typeof period[]).push(period);
      continue;
    }
    const kind = checkKind(table, row, cells.kind ?? '');
    const entryNames = [...names];
    const gender = cells.gender === 'm' || cells.gender === 'f' ? cells.gender : null;
    byId.set(id, { names: entryNames, entry: { id, name: names[0] ?? id, kind, names: entryNames, periods: [period], source, gender } });
  }
  return [...byId.values()].map(({ entry, names }) => ({ ...entry, names: [...new Set(names)] }));
}

export function readAgents(table: TsvTable, source: string): AgentEntry[] {
  return table.rows.map((row) => {
    const { cells } = row;
    const names = splitList(cells.names);
    const template = cells.template ?? '';
    if (!/^(~[A-Z]{3}|[A-Z]{3}~|[A-Z-]{3}[A-Z]{3})$/.test(template)) throw bad(table, row, `bad template "${template}"`);
    return {
      id: cells.id || (names[0] ?? ''), name: names[0] ?? '', names, template, kind: checkKind(table, row, cells.kind ?? ''),
      personRole: cells.person_role === 'yes', source,
    };
  });
}

export function readDescriptions(table: TsvTable): DescriptionEntry[] {
  return table.rows.map((row) => ({ head: row.cells.head ?? '', kinds: splitList(row.cells.kinds).map((kind) => checkKind(table, row, kind)) }));
}

function checkKind(table: TsvTable, row: TsvRow, kind: string): ActorKind {
  if (!(ACTOR_KINDS as readonly string[]).includes(kind)) throw bad(table, row, `unknown kind "${kind}"`);
  return kind as ActorKind;
}

function checkCode(table: TsvTable, row: TsvRow, code: string): string {
  if (!CODE.test(code)) throw bad(table, row, `bad code "${code}"`);
  return code;
}

function checkDay(table: TsvTable, row: TsvRow, day: string | undefined): string | null {
  if (day === undefined || day === '') return null;
  if (!isIsoDate(day)) throw bad(table, row, `bad date "${day}"`);
  return day;
}

function bad(table: TsvTable, row: TsvRow, message: string): DyadError {
  return new DyadError('E_DATA', message, { file: table.file, line: row.line });
}

/** Things an agent word can modify (`held`: yes or no); anything else in `held` is an error, not a guess. */
export function readThings(table: TsvTable): ThingEntry[] {
  return table.rows.map(({ line, cells }) => {
    const held = cells.held ?? '';
    if (held !== 'yes' && held !== 'no') throw new DyadError('E_DATA', `held must be yes or no, not "${held}"`, { file: table.file, line });
    return { word: (cells.word ?? '').toLowerCase(), held: held === 'yes' };
  });
}
