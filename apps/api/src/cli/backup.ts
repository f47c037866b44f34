import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../bootstrap';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { defaultBackupFileName, writeLogicalBackup } from '../core/database/logical-backup';

/**
 * `npm run backup [-- --out FILE]`: a consistent backup of DATABASE_URL or the embedded database.
 * An embedded server that `npm start` is using is only connected to, never stopped.
 */
async function backup(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', short: 'o' } } });
  const config = loadConfig();
  // Beside the embedded data (DATA_DIR, which git ignores) unless told otherwise.
  const file = resolve(values.out ?? join(dirname(config.embeddedPg.dataDir), 'backups', defaultBackupFileName(new Date())));
  const { url, embedded } = await resolveDatabase(config);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const started = Date.now();
    const manifest = await writeLogicalBackup(url, file);
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`Backed up ${manifest.tables.length} tables (${rows} rows) to ${file} in ${Date.now() - started} ms.`);
  } finally {
    if (embedded && !embedded.reused) await embedded.stop();
  }
}

backup().catch((e) => {
  if (e instanceof ConfigError) console.error(`Cannot back up: ${e.message}`);
  else console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
