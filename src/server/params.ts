import { isIsoDate } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import type { EventFilter, EventQuery } from '../store/index.js';

export type FilterParams = EventFilter & { cluster?: boolean };

/** Validated query-string filters → a store query. Schema validation has checked shapes; this checks meaning. */
export function toEventQuery(params: FilterParams, clusterByDefault: boolean): EventQuery {
  const { cluster, ...filter } = params;
  for (const key of ['from', 'to'] as const) {
    const value = filter[key];
    if (value !== undefined && !isIsoDate(value)) throw new DyadError('E_DATE', `${key} "${value}" is not a real day written as YYYY-MM-DD`);
  }
  if (filter.from && filter.to && filter.from > filter.to) throw new DyadError('E_USAGE', `from (${filter.from}) is after to (${filter.to})`);
  return { filter, clustered: cluster ?? clusterByDefault };
}
