/** Filters shared by the event list, timeline, network, map and exports. All optional. */
export interface EventFilter {
  /** Event date range, inclusive, YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  /** Actor code prefix (ISR, ISRMIL) or a piece of the actor's name, on either side. */
  readonly actor?: string;
  /** CAMEO root or code prefix: "19" matches 19x, "190" matches 190x. */
  readonly cameo?: string;
  readonly quadClass?: number;
  /** PLOVER event type, e.g. ASSAULT (case-insensitive). */
  readonly plover?: string;
  /** A piece of the place name. */
  readonly place?: string;
  /** Country code of the place, or of the source or target actor. */
  readonly country?: string;
  /** Full-text query over the documents (accent-insensitive). */
  readonly q?: string;
  /** One document id. */
  readonly doc?: string;
}

export interface SqlPart {
  readonly sql: string;
  readonly params: Record<string, string | number>;
}

/** Builds the WHERE clause over `events e` (joined with `documents d`). Values are always bound, never spliced. */
export function buildWhere(filter: EventFilter): SqlPart {
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.from) {
    clauses.push('e.date >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    clauses.push('e.date <= @to');
    params.to = filter.to;
  }
  if (filter.actor) {
    clauses.push(`(e.source_code LIKE @actorCode ESCAPE '\\' OR e.target_code LIKE @actorCode ESCAPE '\\'
      OR e.source_name LIKE @actorName ESCAPE '\\' OR e.target_name LIKE @actorName ESCAPE '\\')`);
    params.actorCode = `${escapeLike(filter.actor.toUpperCase())}%`;
    params.actorName = `%${escapeLike(filter.actor)}%`;
  }
  if (filter.cameo) {
    clauses.push("e.cameo LIKE @cameo ESCAPE '\\'");
    params.cameo = `${escapeLike(filter.cameo)}%`;
  }
  if (filter.quadClass !== undefined) {
    clauses.push('e.quad_class = @quadClass');
    params.quadClass = filter.quadClass;
  }
  if (filter.plover) {
    clauses.push('UPPER(e.plover_type) = @plover');
    params.plover = filter.plover.toUpperCase();
  }
  if (filter.place) {
    clauses.push("e.place_name LIKE @place ESCAPE '\\'");
    params.place = `%${escapeLike(filter.place)}%`;
  }
  if (filter.country) {
    clauses.push('(UPPER(e.place_country) = @country OR e.source_country = @country OR e.target_country = @country)');
    params.country = filter.country.toUpperCase();
  }
  if (filter.doc) {
    clauses.push('d.id = @doc');
    params.doc = filter.doc;
  }
  const match = toFtsQuery(filter.q);
  if (match !== null) {
    clauses.push('e.doc IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q)');
    params.q = match;
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Words of a user query as quoted FTS5 terms (AND-ed), so no input can be an FTS syntax error; `word*` keeps prefix search. */
export function toFtsQuery(q: string | undefined): string | null {
  if (!q) return null;
  const terms = q.match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  if (terms.length === 0) return null;
  return terms.map((t) => (t.endsWith('*') ? `"${t.slice(0, -1)}"*` : `"${t}"`)).join(' ');
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
