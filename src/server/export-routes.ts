import { Readable } from 'node:stream';
import { openDb } from '../store/open.js';
import { iterateEvents } from '../store/query.js';
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

/** Export formats available now; csv, gdelt, plover and acled answer 501 until their serializers land (src/export). */
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
      method: 'GET', url: '/api/export', summary: 'All events matching the filters as a file (format=jsonl; csv, gdelt, plover, acled when available)',
      querystring: EXPORT_QUERY, produces: ['application/x-ndjson', 'text/csv', 'text/tab-separated-values'],
      handler: async (request, reply) => {
        const { format, sort, ...params } = request.query as FilterParams & { format: string; sort: Sort };
        const query = toEventQuery(params, ctx.clusterByDefault);
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
