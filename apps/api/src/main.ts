import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, resolveDatabase } from './bootstrap';
import { ConfigError, loadConfig } from './core/config/app-config';
import { EmbeddedPgError } from './core/database/embedded-postgres';
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
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`);
    await app.close().catch((e) => logger.error(e));
    if (embedded) await embedded.stop().catch((e) => logger.error(e));
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
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
