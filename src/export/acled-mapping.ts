import type { CodedDocument, OutEvent } from '../contract/types.js';
import { DyadError } from '../core/errors.js';
import { parseTsv } from './tsv.js';

/** One ACLED category pair. */
export interface AcledType {
  readonly eventType: string;
  readonly subEventType: string;
}

export interface AcledTypeInfo extends AcledType {
  readonly disorderType: string;
}

type Condition = (event: OutEvent) => boolean;

export interface AcledRule extends AcledType {
  readonly cameo: string;
  readonly plover: string;
  readonly condition: string;
  readonly test: Condition;
  readonly line: number;
}

/** The compiled tables: ACLED's 25 sub-event types and Dyad's CAMEO/PLOVER → ACLED rules. */
export interface AcledMapping {
  readonly types: readonly AcledTypeInfo[];
  readonly rules: readonly AcledRule[];
}

export function parseAcledTypes(text: string, file: string): AcledTypeInfo[] {
  return parseTsv(text, file, ['event_type', 'sub_event_type', 'disorder_type']).map((row) => ({
    eventType: row.event_type!,
    subEventType: row.sub_event_type!,
    disorderType: row.disorder_type!,
  }));
}

/** Compiles the mapping table; every row must name a real ACLED pair and a known condition field. */
export function parseAcledMapping(text: string, file: string, types: readonly AcledTypeInfo[]): AcledMapping {
  const known = new Set(types.map((type) => `${type.eventType}\t${type.subEventType}`));
  const rules = parseTsv(text, file, ['cameo', 'plover', 'condition', 'event_type', 'sub_event_type']).map((row) => {
    const line = Number(row.__line);
    if (!known.has(`${row.event_type}\t${row.sub_event_type}`)) {
      throw new DyadError('E_DATA', `unknown ACLED type "${row.event_type}" / "${row.sub_event_type}"`, { file, line });
    }
    return {
      cameo: row.cameo!,
      plover: row.plover!,
      condition: row.condition!,
      test: compileCondition(row.condition!, file, line),
      eventType: row.event_type!,
      subEventType: row.sub_event_type!,
      line,
    };
  });
  return { types, rules };
}

const FIELDS: Record<string, (event: OutEvent) => string | number | null> = {
  killed: (event) => event.killed,
  injured: (event) => event.injured,
  arrested: (event) => event.arrested,
  mode: (event) => event.plover.mode,
  source_sector: (event) => sectorOf(event.source?.code),
  target_sector: (event) => sectorOf(event.target?.code),
};

/** CAMEO actor codes are country (3) + sector (3): `PSEGOV` → `GOV`; a bare sector code (`CVL`) is its own sector. */
function sectorOf(code: string | undefined): string | null {
  if (!code) return null;
  return code.length >= 6 ? code.slice(3, 6) : code.length === 3 ? code : null;
}

function compileCondition(condition: string, file: string, line: number): Condition {
  if (condition === '') return () => true;
  const tests = condition.split('&').map((clause): Condition => {
    const match = /^([a-z_]+)(=|>)(.+)$/.exec(clause.trim());
    const read = match ? FIELDS[match[1]!] : undefined;
    if (!match || !read) throw new DyadError('E_DATA', `bad condition "${clause}"`, { file, line });
    const [, , op, value] = match;
    if (op === '>') {
      const limit = Number(value);
      return (event) => {
        const number = read(event);
        return typeof number === 'number' && number > limit;
      };
    }
    const allowed = new Set(value!.split('|'));
    return (event) => {
      const found = read(event);
      return found !== null && allowed.has(String(found));
    };
  });
  return (event) => tests.every((test) => test(event));
}

/** The first rule matching an event (CAMEO prefix and PLOVER type and condition), or null. */
export function findAcledRule(mapping: AcledMapping, event: OutEvent): AcledRule | null {
  for (const rule of mapping.rules) {
    if (rule.cameo !== '*' && !event.cameo.startsWith(rule.cameo)) continue;
    if (rule.plover !== '*' && event.plover.type !== rule.plover) continue;
    if (rule.test(event)) return rule;
  }
  return null;
}

/** Negated and hypothetical events did not happen: they never become ACLED events. */
export function isActualEvent(event: OutEvent): boolean {
  return !event.negated && !event.hypothetical;
}

/**
 * A document's ACLED type: that of its first actual event (in text order) that maps to one,
 * or null when none does.
 */
export function predictAcledType(doc: CodedDocument, mapping: AcledMapping): AcledType | null {
  const events = [...doc.events].sort((a, b) => a.trigger.start - b.trigger.start);
  for (const event of events) {
    if (!isActualEvent(event)) continue;
    const rule = findAcledRule(mapping, event);
    if (rule) return { eventType: rule.eventType, subEventType: rule.subEventType };
  }
  return null;
}
