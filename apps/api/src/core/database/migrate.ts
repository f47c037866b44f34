import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Arbitrary constant: serialises migrations when several processes boot at once.
const MIGRATION_LOCK_KEY = 7_210_331;

/** Runs pending migrations under an advisory lock so two booting processes never race. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Opens a connection just for migrating (the `migrate` command), applies what is pending, closes it. */
export async function migrateDatabase(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
