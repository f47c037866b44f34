import type { INestApplication } from '@nestjs/common';
import type { RequestHandler } from 'express';
import type { AppConfig } from '../config/app-config';
import { healthRoutes } from '../health/health.routes';
import { HealthService } from '../health/health.service';
import type { PinoLoggerService } from '../logging/pino-logger.service';
import { requestLoggingMiddleware } from '../logging/request-logging.middleware';
import { metricsRoutes } from './metrics.routes';
import { MetricsService } from './metrics.service';

/** The first handlers of the app: request id and log line, then /health/* and /metrics (before the session). */
export function observabilityHandlers(app: INestApplication, config: AppConfig, logger: PinoLoggerService): RequestHandler[] {
  const metrics = app.get(MetricsService);
  return [
    requestLoggingMiddleware(logger.pino, (r) => metrics.httpRequest(r)),
    healthRoutes(app.get(HealthService)),
    metricsRoutes(metrics, config),
  ];
}
