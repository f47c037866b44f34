import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger as Pino } from 'pino';
import { requestContext, requestIdFrom } from './request-context';

/** What the GraphQL layer leaves on `res.locals` for the request's log line. */
export interface GraphqlRequestInfo {
  operation: string;
  operationType: string;
  outcome: string;
}

export interface FinishedRequest {
  method: string;
  routeClass: string;
  status: number;
  durationSeconds: number;
}

// A small fixed set (metrics labels and log fields must not grow with what clients send).
const CLASSES: [RegExp, string][] = [
  [/^\/graphql(\/|$)/, 'graphql'],
  [/^\/health(\/|$)/, 'health'],
  [/^\/metrics$/, 'metrics'],
  [/^\/ics\//, 'calendar-feed'],
  [/^\/dev\/mail(\/|$)/, 'dev'],
  [/^\/notifications\/unsubscribe/, 'unsubscribe'],
  [/^\/(directory\/export\.csv|events-export|downloads)(\/|$)/, 'download'],
  [/^\/(assets\/|favicon|robots\.txt)/, 'static'],
];

export function routeClassOf(req: Request): string {
  const path = req.path;
  for (const [pattern, name] of CLASSES) if (pattern.test(path)) return name;
  return req.method === 'GET' ? 'web' : 'other';
}

/**
 * First handler of every HTTP request: gives it a request id (a sane incoming X-Request-Id, else a
 * new one), echoes it, makes it visible to every log line written while serving the request, and
 * writes one line when the response is done. Never the body, the query string or headers: the route
 * is the matched pattern (`/ics/feed/:file`), so tokens in paths stay out too.
 */
export function requestLoggingMiddleware(logger: Pino, onFinish: (r: FinishedRequest) => void): RequestHandler {
  const log = logger.child({ context: 'HTTP' });
  return (req: Request, res: Response, next: NextFunction) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    (req as Request & { id?: string }).id = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const routeClass = routeClassOf(req);
    res.once('finish', () => {
      const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      onFinish({ method: req.method, routeClass, status: res.statusCode, durationSeconds });
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (!log.isLevelEnabled(level)) return;
      const graphql = res.locals.graphql as GraphqlRequestInfo | undefined;
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : routeClass;
      log[level](
        { requestId, method: req.method, route, status: res.statusCode, durationMs: Math.round(durationSeconds * 10_000) / 10, ...(graphql ?? {}) },
        'request completed',
      );
    });
    requestContext.run({ requestId }, next);
  };
}
