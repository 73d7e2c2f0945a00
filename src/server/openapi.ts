import type { ApiRoute } from './registry.js';

/** OpenAPI 3.1 description of the API, built from the route table (so it cannot drift from the code). */
export function buildOpenApi(routes: readonly ApiRoute[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...toParameters(route.params, 'path'),
      ...toParameters(route.querystring, 'query'),
    ];
    const operation: Record<string, unknown> = {
      summary: route.summary,
      parameters,
      responses: {
        200: { description: 'OK', content: Object.fromEntries((route.produces ?? ['application/json']).map((type) => [type, {}])) },
        '4XX': { description: 'Bad request, not found or too large', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        '5XX': { description: 'Server error (no details are disclosed)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
    if (route.body) operation.requestBody = { required: true, content: { 'application/json': { schema: route.body } } };
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Dyad workbench API', version, description: 'Political event data coded from news text, with evidence spans.' },
    paths,
    components: {
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'code'],
          properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' } },
        },
      },
    },
  };
}

function toParameters(schema: object | undefined, where: 'path' | 'query'): object[] {
  const { properties = {}, required = [] } = (schema ?? {}) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: where, required: where === 'path' || required.includes(name), schema: rest, ...(description ? { description } : {}) };
  });
}
