/** Great-circle distance in kilometres: the same haversine the evaluation scores places with. */
export { haversineKm as distanceKm } from '../core/geo.js';

/** Days since 1970-01-01 for a YYYY-MM-DD date, so "±1 day" is integer arithmetic. */
export function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}
