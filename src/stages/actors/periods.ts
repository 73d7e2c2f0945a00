import type { ActorPeriod, ActorRecord } from './lexicon.js';

export interface DatedCode {
  readonly code: string;
  readonly role: string | null;
  /**
   * Why this code: `dated` (a period covers the day), `undated` (undated article, the entry's
   * default), `latest` (undated article, no default), `former`, `before`.
   */
  readonly basis: 'dated' | 'undated' | 'latest' | 'former' | 'before';
}

/**
 * The code an actor carries on the article's day. Undated articles use the entry's undated
 * default when it has one (imported PETRARCH entries), else the latest period.
 * After every period has ended a person is coded as a former official (country + ELI), and
 * before the first one a person keeps only the country: a minister-to-be is not yet GOV.
 * Organisations simply keep their nearest period.
 */
export function codeOnDate(record: ActorRecord, date: string | null): DatedCode {
  const periods = record.periods;
  const latest = periods[periods.length - 1] as ActorPeriod;
  if (date === null) {
    if (record.undated) return { code: record.undated.code, role: record.undated.role, basis: 'undated' };
    return { code: latest.code, role: latest.role, basis: 'latest' };
  }
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i] as ActorPeriod;
    if ((period.from === null || period.from <= date) && (period.until === null || date <= period.until)) {
      return { code: period.code, role: period.role, basis: 'dated' };
    }
  }
  const first = periods[0] as ActorPeriod;
  const isPerson = record.kind === 'person';
  if (first.from !== null && date < first.from) {
    return isPerson ? { code: first.code.slice(0, 3), role: null, basis: 'before' } : { code: first.code, role: first.role, basis: 'before' };
  }
  const ended = lastEnded(periods, date);
  if (isPerson) return { code: `${ended.code.slice(0, 3)}ELI`, role: ended.role ? `former ${ended.role}` : null, basis: 'former' };
  return { code: ended.code, role: ended.role, basis: 'former' };
}

/** The period that ended most recently before the day (periods may leave gaps). */
function lastEnded(periods: readonly ActorPeriod[], date: string): ActorPeriod {
  let best = periods[0] as ActorPeriod;
  for (const period of periods) if (period.until !== null && period.until < date && (best.until === null || period.until > best.until)) best = period;
  return best;
}
