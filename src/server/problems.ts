import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDyadError, type ErrorCode } from '../core/errors.js';

/** An RFC 9457 problem document. `code` is Dyad's stable error code. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
}

/** The one place where Dyad error codes become HTTP statuses. */
export function statusFor(code: ErrorCode): number {
  switch (code) {
    case 'E_USAGE':
    case 'E_JSONL':
      return 400;
    case 'E_DATE':
    case 'E_EMPTY':
    case 'E_UTF8':
      return 422;
    case 'E_TOO_LARGE':
      return 413;
    case 'E_READ':
    case 'E_PIPELINE':
    case 'E_DATA':
    case 'E_INTERNAL':
      return 500;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
  501: 'Not implemented',
  503: 'Service unavailable',
};

export function problem(status: number, code: string, detail: string): Problem {
  return { type: `urn:dyad:problem:${code}`, title: TITLES[status] ?? 'Error', status, detail, code };
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p);
}

/**
 * Every error becomes problem+json. Client errors say what was wrong; server errors never show
 * a stack or internal message to the client (they are logged instead).
 */
export function toProblem(error: unknown, log: (message: string) => void): Problem {
  if (isDyadError(error)) {
    const status = statusFor(error.code);
    if (status >= 500) log(error.stack ?? error.message);
    return problem(status, error.code, status >= 500 ? 'the server could not complete the request' : error.message);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return problem(400, 'E_REQUEST', `request ${fastifyError.validationContext ?? ''} ${fastifyError.message.replace(/^(body|querystring|params) ?/, '')}`.replace(/\s+/g, ' ').trim());
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = status === 413 ? 'E_TOO_LARGE' : status === 415 ? 'E_MEDIA_TYPE' : 'E_REQUEST';
    return problem(status, code, fastifyError.message);
  }
  log((error as Error).stack ?? String(error));
  return problem(500, 'E_INTERNAL', 'the server could not complete the request');
}

export function notFound(request: FastifyRequest): Problem {
  return problem(404, 'E_NOT_FOUND', `no such resource: ${request.method} ${request.url.split('?')[0]}`);
}
