import type { Db } from './open.js';
import { countrySector, type EventRow } from './rows.js';
import { dayNumber, distanceKm } from './geo.js';

/** How close two mentions must be to count as one real-world event (GDELT-style event de-duplication). */
export const CLUSTER_RULES = { days: 1, km: 25 } as const;

export interface Clusterer {
  /** The cluster a new mention joins: an existing one that matches it, else a new one. */
  assign(row: EventRow): number;
  /** Counts one new mention (event row `eventId`) in its cluster; `newArticle` when its document had none there yet. */
  count(id: number, eventId: number, newArticle: boolean): void;
  /** Recomputes counts and the anchor of the given clusters and drops the empty ones (after a document is removed). */
  refresh(ids: Iterable<number>): void;
}

/**
 * Two mentions are the same event when they share the CAMEO root, the source and target
 * country+sector, fall within ±1 day, and lie within 25 km (or both have no place).
 * A mention joins the oldest matching cluster, so the result depends only on ingest order.
 * With `enabled` false every mention is its own cluster (articles = mentions = 1).
 */
export function createClusterer(db: Db, enabled: boolean): Clusterer {
  const candidates = db.prepare<[string, string, string, number, number], { id: number; lat: number | null; lon: number | null }>(
    `SELECT id, lat, lon FROM clusters
     WHERE cameo_root = ? AND source_cs = ? AND target_cs = ? AND day BETWEEN ? AND ? ORDER BY id`,
  );
  const insert = db.prepare(
    `INSERT INTO clusters (anchor, day, cameo_root, source_cs, target_cs, lat, lon, articles, mentions)
     VALUES (0, ?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  const recount = db.prepare(
    `UPDATE clusters SET
       mentions = (SELECT COUNT(*) FROM events WHERE cluster = @id),
       articles = (SELECT COUNT(DISTINCT doc) FROM events WHERE cluster = @id),
       anchor = COALESCE((SELECT MIN(id) FROM events WHERE cluster = @id), 0)
     WHERE id = @id`,
  );
  const dropEmpty = db.prepare('DELETE FROM clusters WHERE id = ? AND mentions = 0');
  // Event ids only grow, so a cluster's anchor (its first mention) is set once, by its first mention.
  const addMention = db.prepare(
    `UPDATE clusters SET mentions = mentions + 1, articles = articles + @newArticle,
       anchor = CASE WHEN anchor = 0 THEN @eventId ELSE anchor END
     WHERE id = @id`,
  );

  return {
    assign(row) {
      const day = dayNumber(row.date);
      const source = countrySector(row, 'source');
      const target = countrySector(row, 'target');
      if (enabled && day !== null) {
        for (const candidate of candidates.iterate(row.cameo_root, source, target, day - CLUSTER_RULES.days, day + CLUSTER_RULES.days)) {
          if (samePlace(candidate, row)) return candidate.id;
        }
      }
      return Number(insert.run(day, row.cameo_root, source, target, row.lat, row.lon).lastInsertRowid);
    },
    count(id, eventId, newArticle) {
      addMention.run({ id, eventId, newArticle: newArticle ? 1 : 0 });
    },
    refresh(ids) {
      for (const id of ids) {
        recount.run({ id });
        dropEmpty.run(id);
      }
    },
  };
}

function samePlace(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) {
    return (a.lat === null || a.lon === null) && (b.lat === null || b.lon === null);
  }
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= CLUSTER_RULES.km;
}
