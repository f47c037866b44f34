import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// '/notifications/unsubscribe' only: the web app owns the /notifications page itself.
const API_PREFIXES = ['/graphql', '/socket.io', '/dev/mail/api', '/ics', '/health', '/metrics', '/notifications/unsubscribe', '/directory/export.csv', '/downloads/certificates', '/events-export'];

/** Serves the built React app and falls back to index.html for client-side routes. */
export function webAppHandlers(distDir: string): express.RequestHandler[] {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    return [
      (req: Request, res: Response, next: NextFunction) => {
        if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
        res.status(503).type('text/plain').send('The web app is not built yet: run `npm run build` (npm start does it for you).');
      },
    ];
  }
  return [
    express.static(distDir, { index: false, maxAge: '1y', immutable: true, setHeaders: (res, path) => {
      if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
    } }),
    (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
      if (!req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    },
  ];
}
