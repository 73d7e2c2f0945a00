/** An event as the API lists it: one real-world event (a cluster of mentions) or one mention. */
export interface EventSummary {
  readonly id: string;
  readonly articles: number;
  readonly mentions: number;
  readonly date: string | null;
  readonly cameo: string;
  readonly quadClass: number;
  readonly goldstein: number | null;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly source: ActorSummary | null;
  readonly target: ActorSummary | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly lat: number | null; readonly lon: number | null } | null;
  readonly killed: number | null;
  readonly injured: number | null;
  readonly arrested: number | null;
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly trigger: string;
  readonly document: { readonly id: string; readonly title: string | null };
  readonly rule: string;
}

export interface ActorSummary {
  readonly code: string | null;
  readonly name: string | null;
  readonly country: string | null;
  readonly sector: string | null;
}

/** A row of the `units` query: an events row plus its unit id, counts and document. */
export type UnitRow = Record<string, string | number | null> & { unit: number; articles: number; mentions: number };

export function toEventSummary(row: UnitRow, clustered: boolean): EventSummary {
  const str = (key: string) => row[key] as string | null;
  const num = (key: string) => row[key] as number | null;
  return {
    id: `${clustered ? 'c' : 'm'}${row.unit}`,
    articles: row.articles,
    mentions: row.mentions,
    date: str('date'),
    cameo: str('cameo') ?? '',
    quadClass: num('quad_class') ?? 0,
    goldstein: num('goldstein'),
    plover: { type: str('plover_type'), mode: str('plover_mode') },
    source: actor(row, 'source'),
    target: actor(row, 'target'),
    place: str('place_name') === null ? null : { name: str('place_name') ?? '', country: str('place_country'), lat: num('lat'), lon: num('lon') },
    killed: num('killed'),
    injured: num('injured'),
    arrested: num('arrested'),
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
    trigger: str('trigger_text') ?? '',
    document: { id: str('doc_id') ?? '', title: str('doc_title') },
    rule: str('rule') ?? '',
  };
}

function actor(row: UnitRow, side: 'source' | 'target'): ActorSummary | null {
  if (row[`${side}_actor`] === null) return null;
  return {
    code: row[`${side}_code`] as string | null,
    name: row[`${side}_name`] as string | null,
    country: row[`${side}_country`] as string | null,
    sector: row[`${side}_sector`] as string | null,
  };
}
