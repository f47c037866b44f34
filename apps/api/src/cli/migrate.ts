import 'reflect-metadata';
import { resolveDatabase } from '../bootstrap';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { migrateDatabase } from '../core/database/migrate';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const { url, embedded } = await resolveDatabase(config);
  try {
    const applied = await migrateDatabase(url);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    if (embedded) await embedded.stop();
  }
}

migrate().catch((e) => {
  console.error(e instanceof ConfigError ? `Cannot migrate: ${e.message}` : e);
  process.exit(1);
});
