import type { NextFunction, Request, Response } from 'express';

const ANSWERS: Record<string, { status: number; reason: string; message: string }> = {
  'entity.too.large': { status: 413, reason: 'REQUEST_TOO_LARGE', message: 'The request is too large.' },
  'entity.parse.failed': { status: 400, reason: 'MALFORMED_REQUEST', message: 'The request body is not valid JSON.' },
  'encoding.unsupported': { status: 415, reason: 'MALFORMED_REQUEST', message: 'The request body has an unsupported encoding.' },
  'charset.unsupported': { status: 415, reason: 'MALFORMED_REQUEST', message: 'The request body has an unsupported character set.' },
  'request.aborted': { status: 400, reason: 'MALFORMED_REQUEST', message: 'The request was aborted.' },
};

/**
 * Answers a body the JSON parser refused in the API's error shape (a code, no internals) instead of
 * letting it reach the framework's catch-all, which logs it as a server error.
 */
export function bodyErrorMiddleware(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const answer = ANSWERS[(err as { type?: string } | null)?.type ?? ''];
  if (!answer) return next(err);
  res.status(answer.status).json({ errors: [{ message: answer.message, extensions: { code: 'BAD_USER_INPUT', reason: answer.reason } }] });
}
