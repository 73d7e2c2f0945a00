import { problem, sendProblem } from './problems.js';
import type { ServerContext } from './context.js';
import { toEventQuery, type FilterParams } from './params.js';
import type { ApiRoute } from './registry.js';
import { ACTORS_QUERY, EVENTS_QUERY, FILTER_QUERY, ID_PARAMS, NETWORK_QUERY } from './schemas.js';
import type { Sort } from '../store/index.js';

type Paged = FilterParams & { limit: number; offset: number; sort: Sort };

/** Read-only views of the corpus: events, evidence, actors, timeline, network, documents, totals. */
export function corpusRoutes(ctx: ServerContext): ApiRoute[] {
  const { store } = ctx;
  return [
    {
      method: 'GET', url: '/api/events', summary: 'Events matching the filters, paged and sorted', querystring: EVENTS_QUERY,
      handler: async (request) => {
        const { limit, offset, sort, ...params } = request.query as Paged;
        const query = toEventQuery(params, ctx.clusterByDefault);
        return { ...store.listEvents(query, { limit, offset, sort }), limit, offset, clustered: query.clustered };
      },
    },
    {
      method: 'GET', url: '/api/events/:id', summary: 'One event (c<n>) or mention (m<n>) with the evidence sentence of every mention', params: ID_PARAMS,
      handler: async (request, reply) => {
        const { id } = request.params as { id: string };
        return store.getEvent(id) ?? sendProblem(reply, problem(404, 'E_NOT_FOUND', `no event "${id}"`));
      },
    },
    {
      method: 'GET', url: '/api/actors', summary: 'Actors by code, most widely reported first', querystring: ACTORS_QUERY,
      handler: async (request) => {
        const { q, limit, offset } = request.query as { q?: string; limit: number; offset: number };
        return { ...store.listActors(q, limit, offset), limit, offset };
      },
    },
    {
      method: 'GET', url: '/api/stats/timeline', summary: 'Events per day by quad class, for the filters', querystring: FILTER_QUERY,
      handler: async (request) => {
        const query = toEventQuery(request.query as FilterParams, ctx.clusterByDefault);
        return { days: store.timeline(query), clustered: query.clustered };
      },
    },
    {
      method: 'GET', url: '/api/network', summary: 'Who → whom: actor codes and directed edges with cooperation/conflict counts', querystring: NETWORK_QUERY,
      handler: async (request) => {
        const { maxEdges, ...params } = request.query as FilterParams & { maxEdges: number };
        const query = toEventQuery(params, ctx.clusterByDefault);
        return { ...store.network(query, maxEdges), clustered: query.clustered };
      },
    },
    {
      method: 'GET', url: '/api/stats', summary: 'Totals: documents, events, mentions, actors, date range',
      handler: async () => store.stats(),
    },
    {
      method: 'GET', url: '/api/documents/:id', summary: 'A stored coded document (the output contract) with its metadata', params: ID_PARAMS,
      handler: async (request, reply) => {
        const { id } = request.params as { id: string };
        return store.getDocument(id) ?? sendProblem(reply, problem(404, 'E_NOT_FOUND', `no document "${id}"`));
      },
    },
  ];
}
