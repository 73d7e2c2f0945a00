import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PACKAGE_ROOT } from '../resources/paths.js';
import type { ServerContext } from './context.js';
import { codingRoutes } from './coding-routes.js';
import { corpusRoutes } from './corpus-routes.js';
import { exportRoutes } from './export-routes.js';
import { buildOpenApi } from './openapi.js';
import { notFound, sendProblem, toProblem } from './problems.js';
import { registerRoutes, type ApiRoute } from './registry.js';

export const WEB_ROOT = `${PACKAGE_ROOT}web/dist`;

export interface AppOptions {
  /** Where the built UI lives (web/dist); the API works without it. */
  readonly webRoot?: string;
  /** Server-side log of unexpected errors (never sent to clients). */
  readonly log?: (message: string) => void;
  readonly requestTimeoutMs?: number;
}

/** The workbench: JSON API under /api, the UI at /. */
export async function buildApp(ctx: ServerContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const log = options.log ?? ((message: string) => process.stderr.write(`dyad serve: ${message}\n`));
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionTimeout: 60_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true, allErrors: false } },
  });
  app.setErrorHandler((error, _request, reply) => sendProblem(reply, toProblem(error, log)));
  app.setNotFoundHandler((request, reply) => sendProblem(reply, notFound(request)));

  const routes: ApiRoute[] = [...codingRoutes(ctx), ...corpusRoutes(ctx), ...exportRoutes(ctx)];
  const openapi = buildOpenApi(
    [...routes, { method: 'GET', url: '/api/openapi.json', summary: 'This document', handler: async () => null }],
    ctx.version,
  );
  routes.push({ method: 'GET', url: '/api/openapi.json', summary: 'This document', handler: async () => openapi });
  registerRoutes(app, routes);

  const webRoot = options.webRoot ?? WEB_ROOT;
  if (existsSync(`${webRoot}/index.html`)) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'] });
  } else {
    app.get('/', async (_request, reply) => reply.type('text/plain').send('The workbench UI is not built: run "npm run build".\n'));
  }
  return app;
}
