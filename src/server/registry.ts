import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

/** One API route: registered with Fastify and described in the OpenAPI document from the same object. */
export interface ApiRoute {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly summary: string;
  readonly querystring?: object;
  readonly params?: object;
  readonly body?: object;
  readonly bodyLimit?: number;
  /** Media types of a successful response. */
  readonly produces?: readonly string[];
  readonly handler: RouteHandlerMethod;
}

export function registerRoutes(app: FastifyInstance, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    const schema: Record<string, object> = {};
    if (route.querystring) schema.querystring = route.querystring;
    if (route.params) schema.params = route.params;
    if (route.body) schema.body = route.body;
    app.route({
      method: route.method,
      url: route.url,
      schema,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      handler: route.handler,
    });
  }
}
