import type { NextFunction, Request, Response } from 'express';

// Pages anyone may find through a search engine; everything else is members' business.
const INDEXABLE = [/^\/$/, /^\/events(\/|$)/, /^\/directory(\/submit)?\/?$/, /^\/calendar$/, /^\/learning$/, /^\/resources(\/|$)/, /^\/signup$/, /^\/login$/, /^\/assets\//, /^\/favicon/];

/**
 * Tells crawlers not to index API answers and members' pages (X-Robots-Tag: noindex), so
 * confidential content never reaches a search engine even if a URL leaks.
 */
export function robotsMiddleware(req: Request, res: Response, next: NextFunction): void {
  if (!INDEXABLE.some((pattern) => pattern.test(req.path))) res.setHeader('X-Robots-Tag', 'noindex, nofollow, noarchive');
  next();
}
