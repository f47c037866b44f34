import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, resolveDatabase } from './bootstrap';
import { ConfigError, loadConfig } from './core/config/app-config';
import { EmbeddedPgError } from './core/database/embedded-postgres';
import { drainHttp } from './core/http/graceful-shutdown';
import { DemoDataService } from './demo/demo-data.service';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = new Logger('Confer');
  const { url, embedded } = await resolveDatabase(config);
  const app = await createApp(config, url);
  if (config.demoData) {
    const logins = await app.get(DemoDataService).seedIfEmpty();
    if (logins) {
      const lines = logins.people.map((p) => `  ${p.email.padEnd(28)} ${p.label}`);
      logger.log(`Demo log-ins (password for all: ${logins.password}):\n${lines.join('\n')}`);
    }
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return; // a second signal while draining changes nothing
    stopping = true;
    const drainMs = config.shutdown.drainSeconds * 1000;
    logger.log(`${signal} received: shutting down (drain up to ${config.shutdown.drainSeconds} s)`);
    // A hook that never returns must not keep a stopping process alive.
    setTimeout(() => {
      logger.error('shutdown did not finish in time: exiting');
      process.exit(1);
    }, 3 * drainMs + 30_000).unref();
    try {
      const drained = await drainHttp(app, drainMs);
      if (drained.cutConnections) logger.warn(`requests still running after ${config.shutdown.drainSeconds} s were cut off`);
      // Job workers stop (in flight: finish or go back to the queue), then pools and Redis close.
      await app.close();
      if (embedded) await embedded.stop();
      logger.log('stopped cleanly');
      process.exit(0);
    } catch (e) {
      logger.error(e);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  await app.listen(config.port, config.host).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new ConfigError(`port ${config.port} is already in use; set PORT to a free port`);
    throw e;
  });
  logger.log(`Confer is ready at ${config.publicUrl} in ${Date.now() - started} ms${embedded ? ' (embedded PostgreSQL)' : ''}`);
  if (config.devTools) logger.log(`Captured emails: ${config.publicUrl}/dev/mail`);
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof EmbeddedPgError) {
    console.error(`Confer cannot start: ${e.message}`);
  } else {
    console.error(e);
  }
  process.exit(1);
});
