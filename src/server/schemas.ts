import { SORTS } from '../store/index.js';

/** JSON Schemas for requests; Fastify validates with them and the OpenAPI document is built from them. */
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' } as const;

export const FILTER_PROPERTIES = {
  from: { ...DATE, description: 'first event date (inclusive)' },
  to: { ...DATE, description: 'last event date (inclusive)' },
  actor: { type: 'string', minLength: 1, maxLength: 100, description: 'actor code prefix (ISR, ISRMIL) or part of a name, source or target' },
  cameo: { type: 'string', pattern: '^\\d{2,4}$', description: 'CAMEO root or code prefix: 19 matches 19x' },
  quadClass: { type: 'integer', minimum: 1, maximum: 4, description: '1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict' },
  plover: { type: 'string', pattern: '^[A-Za-z_-]{2,30}$', description: 'PLOVER event type, e.g. ASSAULT' },
  place: { type: 'string', minLength: 1, maxLength: 100, description: 'part of the place name' },
  country: { type: 'string', pattern: '^[A-Za-z]{2,3}$', description: 'country code of the place or of either actor' },
  q: { type: 'string', minLength: 1, maxLength: 200, description: 'full-text query over the articles (accent-insensitive; word* for prefixes)' },
  doc: { type: 'string', minLength: 1, maxLength: 300, description: 'one document id' },
  cluster: { type: 'boolean', description: 'true: one row per real-world event (mentions across articles grouped); false: one row per mention' },
} as const;

const PAGE_PROPERTIES = {
  limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
  sort: { type: 'string', enum: [...SORTS], default: '-date' },
} as const;

const query = (properties: Record<string, unknown>) => ({ type: 'object', additionalProperties: false, properties }) as const;

export const EVENTS_QUERY = query({ ...FILTER_PROPERTIES, ...PAGE_PROPERTIES });
export const FILTER_QUERY = query(FILTER_PROPERTIES);
export const NETWORK_QUERY = query({ ...FILTER_PROPERTIES, maxEdges: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } });
export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'acled'] as const;
export const EXPORT_QUERY = query({
  ...FILTER_PROPERTIES,
  format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'jsonl' },
  sort: PAGE_PROPERTIES.sort,
});
export const ACTORS_QUERY = query({
  q: { type: 'string', minLength: 1, maxLength: 100, description: 'code prefix or part of a name' },
  limit: PAGE_PROPERTIES.limit,
  offset: PAGE_PROPERTIES.offset,
});
export const ID_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } } as const;

const DOCUMENT_INPUT = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', minLength: 1 },
    date: { anyOf: [DATE, { type: 'null' }] },
    id: { type: 'string', minLength: 1, maxLength: 300 },
    title: { type: 'string', maxLength: 1000 },
    url: { type: 'string', maxLength: 2000 },
    source: { type: 'string', maxLength: 300 },
  },
} as const;

export const CODE_BODY = { ...DOCUMENT_INPUT, properties: { text: DOCUMENT_INPUT.properties.text, date: DOCUMENT_INPUT.properties.date, id: DOCUMENT_INPUT.properties.id } } as const;
export const DOCUMENTS_BODY = {
  type: 'object',
  required: ['documents'],
  additionalProperties: false,
  properties: { documents: { type: 'array', minItems: 1, maxItems: 500, items: { ...DOCUMENT_INPUT, required: ['id', 'text'] } } },
} as const;
