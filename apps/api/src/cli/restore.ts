import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../bootstrap';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { BackupFileError, restoreLogicalBackup, RestoreRefusedError } from '../core/database/logical-backup';

/**
 * `npm run restore -- FILE [--force]`: restores a backup made by `npm run backup` into DATABASE_URL or
 * the embedded database, which must be empty unless --force (then everything in it is dropped first).
 */
async function restore(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new ConfigError('usage: npm run restore -- FILE [--force]');
  const file = resolve(positionals[0]);
  const config = loadConfig();
  const { url, embedded } = await resolveDatabase(config);
  try {
    const started = Date.now();
    const summary = await restoreLogicalBackup(url, file, { force: values.force, log: (m) => console.log(m) });
    const upgraded = summary.upgradedWith.length ? `, then applied ${summary.upgradedWith.join(', ')}` : '';
    console.log(`Restored ${summary.manifest.tables.length} tables (${summary.rows} rows) from ${file}${upgraded} in ${Date.now() - started} ms.`);
  } finally {
    if (embedded && !embedded.reused) await embedded.stop();
  }
}

restore().catch((e) => {
  if (e instanceof ConfigError) console.error(`Cannot restore: ${e.message}`);
  else if (e instanceof BackupFileError || e instanceof RestoreRefusedError) console.error(`Restore refused: ${e.message}`);
  else console.error(e);
  process.exit(1);
});
