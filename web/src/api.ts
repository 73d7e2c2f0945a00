/** Types of the API responses the UI reads (a subset of the contract and the store views). */
export interface Span { start: number; end: number; text?: string }
export interface ActorRef extends Span { actor: string; name: string; code: string }
export interface CodedEvent {
  id: string; sentence: number; cameo: string; plover: { type: string | null; mode: string | null }; quadClass: number;
  goldstein: number | null; source: ActorRef | null; target: ActorRef | null; trigger: Span & { text: string };
  date: string | null; dateSpan: Span | null; place: (Span & { place: string; name: string; lat: number | null; lon: number | null }) | null;
  killed: number | null; injured: number | null; arrested: number | null; negated: boolean; hypothetical: boolean; quote: string | null; rule: string;
}
export interface CodedDocument {
  id: string; date: string | null; text: string; sentences: Span[];
  actors: { id: string; name: string; code: string; country: string | null; sector: string | null; kind: string; mentions: Span[] }[];
  places: { id: string; name: string; country: string | null; lat: number | null; lon: number | null; mentions: Span[] }[];
  quotes: (Span & { id: string; direct: boolean; speaker: ActorRef | null; cue: Span | null })[];
  events: CodedEvent[];
}
export interface ActorSummary { code: string | null; name: string | null; country: string | null; sector: string | null }
export interface EventSummary {
  id: string; articles: number; mentions: number; date: string | null; cameo: string; quadClass: number; goldstein: number | null;
  plover: { type: string | null; mode: string | null }; source: ActorSummary | null; target: ActorSummary | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  killed: number | null; injured: number | null; arrested: number | null; negated: boolean; hypothetical: boolean;
  trigger: string; document: { id: string; title: string | null }; rule: string;
}
export interface Evidence {
  id: string; eventId: string; cameo: string; rule: string;
  document: { id: string; title: string | null; date: string | null; url: string | null; source: string | null };
  sentence: Span & { text: string }; trigger: Span; source: Span | null; target: Span | null; place: Span | null; date: Span | null;
}
export interface EventDetail extends EventSummary { evidence: Evidence[] }
export interface TimelineDay { date: string; total: number; quad: [number, number, number, number] }
export interface Network { nodes: { id: string; name: string; count: number }[]; edges: { source: string; target: string; count: number; cooperation: number; conflict: number }[] }

/** GET /api/coder: what the server codes with. */
export interface CoderInfo {
  version: string; dataHash: string; lexiconDirs: string[]; lexicons: 'built-in' | 'petrarch';
  keepBuiltinLexicons?: boolean; dictionaries?: { dir: string; files: { name: string }[]; warnings: number };
}

/** Problem+json from the server, shown to the user as is. */
export class ApiError extends Error {}

export async function getJson<T>(path: string): Promise<T> {
  return readResponse<T>(await fetch(path));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return readResponse<T>(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

async function readResponse<T>(response: Response): Promise<T> {
  const body = (await response.json()) as unknown;
  if (!response.ok) throw new ApiError((body as { detail?: string }).detail ?? `HTTP ${response.status}`);
  return body as T;
}

export function toQuery(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
