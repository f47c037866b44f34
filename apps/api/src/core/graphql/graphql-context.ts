import type { Request, Response } from 'express';
import { RequestLoaders } from '../loaders/request-loaders';

export interface SessionData {
  userId?: string;
  authenticatedAt?: number;
}

export type AppRequest = Request & { session: Request['session'] & SessionData; id?: string };

/** What every resolver receives as its GraphQL context. */
export interface GqlContext {
  req: AppRequest;
  res: Response;
  loaders: RequestLoaders;
}

export function clientIp(req: AppRequest): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}
