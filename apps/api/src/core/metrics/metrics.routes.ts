import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read /metrics: everyone when METRICS_PUBLIC=true; a caller with the METRICS_TOKEN bearer
 * token; or a scraper on this host (loopback) whose request did not pass through a proxy — a proxy on
 * the same host also connects from loopback, so a forwarded request counts as coming from outside.
 */
export function mayReadMetrics(req: Request, config: Pick<AppConfig, 'metrics'>): boolean {
  if (config.metrics.public) return true;
  const token = config.metrics.token;
  const auth = req.headers.authorization;
  if (token && auth?.startsWith('Bearer ')) {
    const given = Buffer.from(auth.slice(7).trim());
    const wanted = Buffer.from(token);
    if (given.length === wanted.length && timingSafeEqual(given, wanted)) return true;
  }
  const forwarded = req.headers['x-forwarded-for'] !== undefined || req.headers['x-real-ip'] !== undefined || req.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/** GET /metrics (Prometheus text format). Anyone else gets the same 404 as an unknown path. */
export function metricsRoutes(metrics: MetricsService, config: Pick<AppConfig, 'metrics'>): Router {
  const router = Router();
  router.get('/metrics', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!mayReadMetrics(req, config)) {
      res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const body = await metrics.render();
    // Exactly Prometheus' content type (Express's res.type would add a charset before the version).
    res.setHeader('Content-Type', metrics.contentType);
    res.end(body);
  });
  return router;
}
