import { PassThrough, Readable } from 'node:stream';
import type { CodedDocument } from '../contract/types.js';
import { GDELT_COLUMNS } from '../export/gdelt.js';
import { createExportWriter, EXPORT_FORMATS as TABLE_FORMATS, type ExportFormat } from '../export/writer.js';
import { write } from '../cli/io.js';
import { getDocument } from '../store/detail.js';
import { openDb } from '../store/open.js';
import { iterateEventRefs, iterateEvents, type EventQuery, type EventRef } from '../store/query.js';
import type { EventSummary } from '../store/event-view.js';
import type { Sort } from '../store/index.js';
import type { ServerContext } from './context.js';
import { toEventQuery, type FilterParams } from './params.js';
import { problem, sendProblem } from './problems.js';
import type { ApiRoute } from './registry.js';
import { EXPORT_QUERY } from './schemas.js';

interface Serializer {
  readonly contentType: string;
  readonly extension: string;
  serialize(events: Iterable<EventSummary>): Iterable<string>;
}

/** JSONL of the API's event summaries; csv, gdelt, acled and plover come from src/export (one row per selected event). */
const SERIALIZERS: Partial<Record<string, Serializer>> = {
  jsonl: {
    contentType: 'application/x-ndjson; charset=utf-8',
    extension: 'jsonl',
    *serialize(events) {
      for (const event of events) yield `${JSON.stringify(event)}\n`;
    },
  },
};

export function exportRoutes(ctx: ServerContext): ApiRoute[] {
  return [
    {
      method: 'GET', url: '/api/export', summary: 'All events matching the filters as a file: jsonl (API event summaries), csv, gdelt (61 columns), acled, plover (JSONL)',
      querystring: EXPORT_QUERY, produces: ['application/x-ndjson', 'text/csv', 'text/tab-separated-values'],
      handler: async (request, reply) => {
        const { format, sort, ...params } = request.query as FilterParams & { format: string; sort: Sort };
        const query = toEventQuery(params, ctx.clusterByDefault);
        if ((TABLE_FORMATS as readonly string[]).includes(format)) {
          const table = TABLE_TYPES[format as ExportFormat];
          return reply
            .type(table.contentType)
            .header('content-disposition', `attachment; filename="dyad-events.${table.extension}"`)
            .send(streamTable(ctx.dbFile, format as ExportFormat, query, sort));
        }
        const serializer = SERIALIZERS[format];
        if (!serializer) return sendProblem(reply, problem(501, 'E_NOT_IMPLEMENTED', `export format "${format}" is not available yet`));
        // A separate read-only connection: the stream is consumed across many event-loop turns,
        // while the main connection keeps answering other requests.
        const db = openDb(ctx.dbFile, { readonly: true });
        const lines = function* () {
          try {
            yield* serializer.serialize(iterateEvents(db, query, sort));
          } finally {
            db.close();
          }
        };
        return reply
          .type(serializer.contentType)
          .header('content-disposition', `attachment; filename="dyad-events.${serializer.extension}"`)
          .send(Readable.from(lines()));
      },
    },
  ];
}

const TABLE_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  gdelt: { contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  acled: { contentType: 'text/csv; charset=utf-8', extension: 'acled.csv' },
  plover: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'plover.jsonl' },
};

/**
 * The formats of src/export take coded documents: each selected event is written as its stored
 * document reduced to that one event (so filters and clustering apply), in the requested order.
 */
function streamTable(dbFile: string, format: ExportFormat, query: EventQuery, sort: Sort): Readable {
  // Two read-only connections: better-sqlite3 cannot run a query on a connection while it iterates another.
  const refs = openDb(dbFile, { readonly: true });
  const docs = openDb(dbFile, { readonly: true });
  const out = new PassThrough();
  let counts: EventRef | null = null;
  const writer = createExportWriter(format, (text) => write(out, format === 'gdelt' && counts ? withGdeltCounts(text, counts) : text));
  let cached: { id: string; doc: NonNullable<ReturnType<typeof getDocument>> } | null = null;
  const run = async () => {
    for (const ref of iterateEventRefs(refs, query, sort)) {
      const { docId, eventId } = ref;
      counts = ref;
      if (cached?.id !== docId) cached = { id: docId, doc: getDocument(docs, docId) as NonNullable<ReturnType<typeof getDocument>> };
      const { title, url, source, ...coded } = cached.doc;
      const single: CodedDocument = { ...coded, events: coded.events.filter((e) => e.id === eventId) };
      const meta = { ...(title ? { title } : {}), ...(url ? { url } : {}), ...(source ? { source } : {}) };
      await writer.document(single, meta);
    }
    await writer.end();
  };
  run()
    .then(() => out.end())
    .catch((error: unknown) => out.destroy(error as Error))
    .finally(() => {
      refs.close();
      docs.close();
    });
  return out;
}

const NUM_MENTIONS = GDELT_COLUMNS.indexOf('NumMentions');
const NUM_SOURCES = GDELT_COLUMNS.indexOf('NumSources');
const NUM_ARTICLES = GDELT_COLUMNS.indexOf('NumArticles');

/** GDELT rows of an event grouped across articles carry the group's counts, as GDELT's own do. */
function withGdeltCounts(text: string, counts: EventRef): string {
  return text.replace(/[^\n]+/g, (line) => {
    const cells = line.split('\t');
    if (cells.length !== GDELT_COLUMNS.length) return line;
    cells[NUM_MENTIONS] = String(counts.mentions);
    cells[NUM_SOURCES] = String(counts.sources);
    cells[NUM_ARTICLES] = String(counts.articles);
    return cells.join('\t');
  });
}
