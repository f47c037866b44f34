import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { resolveDatabase } from '../bootstrap';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { dataSourceOptions } from '../core/database/data-source-options';
import { runMigrations } from '../core/database/migrate';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const { url, embedded } = await resolveDatabase(config);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await runMigrations(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await dataSource.destroy();
    if (embedded) await embedded.stop();
  }
}

migrate().catch((e) => {
  console.error(e instanceof ConfigError ? `Cannot migrate: ${e.message}` : e);
  process.exit(1);
});
