import { Router } from 'express';
import type { Request, Response } from 'express';
import { HealthService } from './health.service';

/**
 * GET /health/live and /health/ready: plain handlers mounted before the session and the rest, so a
 * probe neither touches the session store nor depends on anything the check is about. Never cached.
 */
export function healthRoutes(health: HealthService): Router {
  const router = Router();
  router.get('/health/live', (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(health.live());
  });
  router.get('/health/ready', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const readiness = await health.ready();
    if (readiness.status === 'ok') {
      res.json(readiness);
    } else {
      res.status(503).json({ ...readiness, code: 'SERVICE_UNAVAILABLE' });
    }
  });
  return router;
}
