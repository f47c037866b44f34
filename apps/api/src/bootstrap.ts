import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module';
import { SESSION_MIDDLEWARE } from './core/auth/auth-core.module';
import type { AppConfig } from './core/config/app-config';
import { EmbeddedPgHandle, startEmbeddedPostgres } from './core/database/embedded-postgres';
import { bodyErrorMiddleware } from './core/http/body-error.middleware';
import { robotsMiddleware } from './core/http/robots.middleware';
import { webAppHandlers } from './core/http/web-app.middleware';
import { useRealtimeAdapter } from './core/realtime/redis-io.adapter';
import { useAppLogger } from './core/logging/pino-logger.service';
import { observabilityHandlers } from './core/metrics/observability.middleware';

export interface RunningApp {
  app: INestApplication;
  databaseUrl: string;
  close(): Promise<void>;
}

/** Resolves the database: DATABASE_URL, or an embedded PostgreSQL started (or reused) under ./.data. */
export async function resolveDatabase(config: AppConfig): Promise<{ url: string; embedded: EmbeddedPgHandle | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  useAppLogger(config);
  const logger = new Logger('Database');
  const embedded = await startEmbeddedPostgres({ ...config.embeddedPg, log: (m) => logger.log(m) });
  return { url: embedded.url, embedded };
}

/** Builds the whole app (HTTP, GraphQL, socket.io, web) without listening; tests and main share it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    logger: useAppLogger(config),
    bodyParser: false,
  });
  app.set('trust proxy', config.cookieSecure ? 1 : false);
  app.disable('x-powered-by');
  // API answers are per viewer and never cached, so hashing every body for an ETag is wasted work on
  // the hot path; calendar feeds set their own ETag, static files get theirs from serve-static.
  app.set('etag', false);
  app.use(observabilityHandlers(app, config, useAppLogger(config)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // Vite's build has no inline scripts; Mantine injects styles at runtime.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use(robotsMiddleware);
  app.useBodyParser('json', { limit: '256kb' });
  app.use(bodyErrorMiddleware);
  app.use(app.get<RequestHandler>(SESSION_MIDDLEWARE));
  // No enableShutdownHooks(): main.ts owns SIGTERM/SIGINT and shuts down in order (Nest's own handler
  // would close the app at once and then re-raise the signal, so the process never exited 0).
  await useRealtimeAdapter(app, config);
  // Before init: Nest adds its own 404 handler at init, which would shadow the web app's routes.
  for (const handler of webAppHandlers(config.webDistDir)) app.use(handler);
  await app.init();
  return app;
}
