import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { dataSourceOptions } from '../../../apps/api/src/core/database/data-source-options';
import { JobQueueService } from '../../../apps/api/src/core/jobs/job-queue.service';
import { DemoDataService } from '../../../apps/api/src/demo/demo-data.service';
import {
  BackupFileError,
  BackupManifest,
  restoreLogicalBackup,
  RestoreRefusedError,
  verifyLogicalBackup,
  writeLogicalBackup,
} from '../../../apps/api/src/core/database/logical-backup';
import { ensureApiBuilt, freePort } from '../../utils/api-process';
import { scratchDatabase } from '../../utils/demo-app';
import { startTestApp } from '../../utils/test-app';

const ROOT = join(__dirname, '../../..');
const run = promisify(execFile);

type Scratch = Awaited<ReturnType<typeof scratchDatabase>>;

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Row count and an md5 of the ordered rows of every table the backup holds. */
function fingerprints(url: string, manifest: BackupManifest): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (c) => {
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of manifest.tables) {
      const cols = t.columns.map((col) => `"${col}"`).join(', ');
      const { rows } = await c.query(
        `select count(*)::int as rows, coalesce(md5(string_agg(r::text, E'\\n' order by r::text)), '') as md5 from (select ${cols} from "${t.schema}"."${t.name}") r`,
      );
      out[`${t.schema}.${t.name}`] = rows[0];
    }
    return out;
  });
}

const tableCount = (url: string) =>
  withClient(url, async (c) => (await c.query(`select count(*)::int as n from pg_tables where schemaname in ('public', 'pgboss')`)).rows[0].n as number);

describe('backup and restore (logical, through a connection)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'confer-backup-'));
  const file = join(dir, 'demo.backup.gz');
  const scratches: Scratch[] = [];
  let source: Scratch;
  let manifest: BackupManifest;
  let before: Record<string, { rows: number; md5: string }>;

  const scratch = async (tag: string) => {
    const s = await scratchDatabase(tag);
    scratches.push(s);
    return s;
  };

  beforeAll(async () => {
    source = await scratch('bk_src');
    // The app migrates, starts the job queue and seeds the demo: rows in every area, queued jobs too.
    const app = await startTestApp({ DATABASE_URL: source.url });
    try {
      expect(await app.app.get(DemoDataService).seedIfEmpty()).not.toBeNull();
      // A job still waiting at backup time (like a reminder due next week) must come back with the rows.
      await app.app.get(JobQueueService).send('backup-test.later', { note: 'kept' }, { startAfter: new Date(Date.now() + 7 * 86_400_000) });
    } finally {
      await app.close();
    }
    // Invoices already issued past the seed's: the restored sequence must go on from here.
    await withClient(source.url, (c) => c.query(`select nextval('order_invoice_seq') from generate_series(1, 5)`));
    manifest = await writeLogicalBackup(source.url, file);
    before = await fingerprints(source.url, manifest);
  }, 60_000);

  afterAll(async () => {
    for (const s of scratches) await s.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores every table row for row, with queued jobs and sequences that go on past the restored ids', async () => {
    const tables = manifest.tables.map((t) => `${t.schema}.${t.name}`);
    expect(tables).toEqual(expect.arrayContaining(['public.users', 'public.orders', 'pgboss.queue', 'pgboss.job']));
    expect(manifest.tables.filter((t) => t.schema === 'public' && t.rows > 0).length).toBeGreaterThan(10);
    expect(manifest.tables.find((t) => t.schema === 'pgboss' && t.name === 'job')!.rows).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.entries(before).map(([k, v]) => [k, v.rows]))).toEqual(Object.fromEntries(manifest.tables.map((t) => [`${t.schema}.${t.name}`, t.rows])));

    const target = await scratch('bk_dst');
    const summary = await restoreLogicalBackup(target.url, file);
    expect(summary.rows).toBe(manifest.tables.reduce((n, t) => n + t.rows, 0));
    expect(await fingerprints(target.url, manifest)).toEqual(before);

    await withClient(target.url, async (c) => {
      const { rows } = await c.query(`select max(split_part(invoice_number, '-', 3)::int) as top from orders where invoice_number is not null`);
      const [{ n }] = (await c.query(`select nextval('order_invoice_seq')::int as n`)).rows;
      expect(n).toBeGreaterThan(rows[0].top);
      const [{ last }] = (await withClient(source.url, (s) => s.query(`select last_value::int as last from pg_sequences where sequencename = 'order_invoice_seq'`))).rows;
      expect(n).toBe(last + 1);
      // An insert with the next number does not collide with a restored invoice.
      const [order] = (await c.query(`select * from orders where invoice_number is not null limit 1`)).rows;
      await c.query(
        `insert into orders (buyer_id, state, subtotal_cents, discount_cents, total_cents, price_breakdown, buyer_tier, idempotency_key, invoice_number, payment_provider)
         values ($1, 'awaiting_payment', 100, 0, 100, '{}', $2, 'after-restore', $3, 'invoice')`,
        [order.buyer_id, order.buyer_tier, `INV-2026-${n}`],
      );
      // Each queue's jobs sit in its own partition, made by pg-boss's function, so the app can work them.
      const { rows: parts } = await c.query(`select q.name from pgboss.queue q where to_regclass('pgboss.' || q.partition_name) is null`);
      expect(parts).toEqual([]);
      const { rows: waiting } = await c.query(`select data->>'note' as note, state from pgboss.job where name = 'backup-test.later'`);
      expect(waiting).toEqual([{ note: 'kept', state: 'created' }]);
    });
  }, 60_000);

  it('refuses a database that is not empty and leaves it as it was', async () => {
    const target = await scratch('bk_busy');
    await withClient(target.url, (c) => c.query(`create table keep_me (id int); insert into keep_me values (1), (2)`));
    await expect(restoreLogicalBackup(target.url, file)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreLogicalBackup(target.url, file)).rejects.toThrow(/not empty .*--force/);
    await withClient(target.url, async (c) => {
      expect((await c.query(`select count(*)::int as n from keep_me`)).rows[0].n).toBe(2);
    });
    expect(await tableCount(target.url)).toBe(1);

    // --force drops what is there and restores.
    await restoreLogicalBackup(target.url, file, { force: true });
    expect(await fingerprints(target.url, manifest)).toEqual(before);
    expect(await withClient(target.url, async (c) => (await c.query(`select to_regclass('keep_me') as t`)).rows[0].t)).toBeNull();
  }, 60_000);

  it('rolls everything back, the --force drop included, when the restore fails part way', async () => {
    const target = await scratch('bk_fail');
    await withClient(target.url, (c) => c.query(`create table keep_me (id int); insert into keep_me values (1), (2)`));
    // A whole, well-framed file whose rows no longer fit: the failure comes from PostgreSQL mid-restore.
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const head = JSON.parse(lines[0]) as BackupManifest;
    const orders = head.tables.find((t) => t.name === 'orders')!;
    orders.columns = orders.columns.map((c) => (c === 'total_cents' ? 'no_such_column' : c));
    const misfit = join(dir, 'misfit.backup.gz');
    writeFileSync(misfit, gzipSync(Buffer.from([JSON.stringify(head), ...lines.slice(1)].join('\n'))));

    await expect(restoreLogicalBackup(target.url, misfit, { force: true })).rejects.toThrow(/no_such_column/);
    await withClient(target.url, async (c) => {
      expect((await c.query(`select count(*)::int as n from keep_me`)).rows[0].n).toBe(2);
    });
    expect(await tableCount(target.url)).toBe(1);
  }, 60_000);

  it('refuses a truncated or altered file before writing anything', async () => {
    const whole = readFileSync(file);
    const truncated = join(dir, 'truncated.backup.gz');
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)));
    // Valid gzip whose content lost rows: a row count no longer matches the manifest.
    const lines = gunzipSync(whole).toString('utf8').split('\n');
    const users = manifest.tables.findIndex((t) => t.name === 'users');
    const firstRow = 1 + manifest.tables.slice(0, users).reduce((n, t) => n + t.rows + 1, 0);
    const altered = join(dir, 'altered.backup.gz');
    writeFileSync(altered, gzipSync(Buffer.from([...lines.slice(0, firstRow), ...lines.slice(firstRow + 1)].join('\n'))));

    const target = await scratch('bk_bad');
    for (const bad of [truncated, altered]) {
      await expect(verifyLogicalBackup(bad)).rejects.toThrow(BackupFileError);
      await expect(restoreLogicalBackup(target.url, bad)).rejects.toThrow(/damaged|truncated/);
      expect(await tableCount(target.url)).toBe(0);
    }
  }, 60_000);

  it('runs as `npm run backup` / `npm run restore` commands', async () => {
    ensureApiBuilt();
    const target = await scratch('bk_cli');
    const out = join(dir, 'cli.backup.gz');
    const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' };
    const backup = await run(process.execPath, ['dist/apps/api/src/cli/backup.js', '--out', out], { cwd: ROOT, env: { ...env, DATABASE_URL: source.url } });
    expect(backup.stdout).toMatch(/Backed up \d+ tables/);
    expect(statSync(out).size).toBeGreaterThan(0);

    const restore = await run(process.execPath, ['dist/apps/api/src/cli/restore.js', out], { cwd: ROOT, env: { ...env, DATABASE_URL: target.url } });
    expect(restore.stdout).toMatch(/Restored \d+ tables/);
    expect(await fingerprints(target.url, manifest)).toEqual(before);

    const again = run(process.execPath, ['dist/apps/api/src/cli/restore.js', out], { cwd: ROOT, env: { ...env, DATABASE_URL: target.url } });
    await expect(again).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/Restore refused: The target database is not empty/) });
  }, 180_000);

  it('restores a backup made by an older version, then applies the newer migrations', async () => {
    const older = await scratch('bk_old');
    const previous = MIGRATIONS.slice(0, -1);
    const ds = await new DataSource({ ...dataSourceOptions(older.url), migrations: previous }).initialize();
    try {
      await ds.runMigrations();
      await ds.query(`insert into users (email, display_name, password_hash, time_zone) values ('old@example.org', 'From the old version', 'x', 'UTC')`);
    } finally {
      await ds.destroy();
    }
    const oldFile = join(dir, 'older.backup.gz');
    const oldManifest = await writeLogicalBackup(older.url, oldFile);
    expect(oldManifest.migrations).toEqual(previous.map((m) => m.name));

    const target = await scratch('bk_upg');
    const summary = await restoreLogicalBackup(target.url, oldFile);
    expect(summary.upgradedWith).toEqual([MIGRATIONS[MIGRATIONS.length - 1].name]);
    await withClient(target.url, async (c) => {
      expect((await c.query(`select count(*)::int as n from schema_migrations`)).rows[0].n).toBe(MIGRATIONS.length);
      expect((await c.query(`select display_name from users`)).rows).toEqual([{ display_name: 'From the old version' }]);
    });
  }, 60_000);

  it('is one snapshot: rows committed while the backup runs are wholly in it or wholly out', async () => {
    const busy = await scratch('bk_live');
    const ds = await new DataSource(dataSourceOptions(busy.url)).initialize();
    await ds.runMigrations().finally(() => ds.destroy());
    // A writer adds a member and their token in one transaction, as fast as it can, during the backup.
    // account_tokens is copied before users: a backup that read each table at its own moment would
    // hold members without their token.
    const writer = new Client({ connectionString: busy.url });
    await writer.connect();
    let stop = false;
    let written = 0;
    const writing = (async () => {
      while (!stop) {
        await writer.query(
          `with u as (insert into users (email, display_name, password_hash, time_zone) values ($1, 'Live', 'x', 'UTC') returning id)
           insert into account_tokens (user_id, purpose, token_hash, expires_at) select id, 'verify_email', $1, now() + interval '1 day' from u`,
          [`live-${written}@example.org`],
        );
        written += 1;
      }
    })();
    try {
      while (written < 20) await new Promise((r) => setTimeout(r, 5));
      const startedAt = written;
      const liveFile = join(dir, 'live.backup.gz');
      const live = await writeLogicalBackup(busy.url, liveFile);
      const endedAt = written;
      stop = true;
      await writing;
      const users = live.tables.find((t) => t.name === 'users')!.rows;
      expect(users).toBe(live.tables.find((t) => t.name === 'account_tokens')!.rows);
      expect(users).toBeGreaterThanOrEqual(startedAt);
      expect(users).toBeLessThanOrEqual(endedAt);
      expect(endedAt).toBeGreaterThan(startedAt);

      const target = await scratch('bk_live_dst');
      await restoreLogicalBackup(target.url, liveFile);
      await withClient(target.url, async (c) => {
        const { rows } = await c.query(`select count(*)::int as n from users u where not exists (select 1 from account_tokens t where t.user_id = u.id)`);
        expect(rows[0].n).toBe(0);
      });
    } finally {
      stop = true;
      await writing.catch(() => undefined);
      await writer.end();
    }
  }, 60_000);

  it('with the embedded database: starts and stops an idle server, and leaves one that is in use running', async () => {
    ensureApiBuilt();
    const home = mkdtempSync(join(tmpdir(), 'confer-embedded-backup-'));
    // mkdtemp makes 0700 folders; as root, PostgreSQL runs as its own user and must reach the data.
    chmodSync(home, 0o755);
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', DATA_DIR: join(home, 'data'), EMBEDDED_PG_PORT: String(port) };
    delete env.DATABASE_URL;
    const pidFile = join(home, 'data', 'pg', 'postmaster.pid');
    try {
      await run(process.execPath, ['dist/apps/api/src/cli/restore.js', file], { cwd: ROOT, env });
      expect(existsSync(pidFile)).toBe(false);
      const idle = await run(process.execPath, ['dist/apps/api/src/cli/backup.js'], { cwd: ROOT, env });
      expect(idle.stdout).toContain(join(home, 'data', 'backups'));
      expect(existsSync(pidFile)).toBe(false);

      // As if `npm start` held the server: another process runs it and a client stays connected.
      const holder = spawn(
        process.execPath,
        [
          '-e',
          `require('./dist/apps/api/src/core/database/embedded-postgres.js')
             .startEmbeddedPostgres(${JSON.stringify({ dataDir: join(home, 'data', 'pg'), port, user: 'confer', password: 'confer', database: 'confer' })})
             .then((h) => { console.log('ready ' + h.url); process.on('SIGTERM', () => h.stop().then(() => process.exit(0))); })`,
        ],
        { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const exited = once(holder, 'exit');
      try {
        const [line] = (await once(holder.stdout!, 'data')) as [Buffer];
        const app = new Client({ connectionString: line.toString().trim().slice('ready '.length) });
        await app.connect();
        try {
          const busy = await run(process.execPath, ['dist/apps/api/src/cli/backup.js', '--out', join(home, 'busy.backup.gz')], { cwd: ROOT, env });
          expect(busy.stdout).toMatch(/Backed up/);
          expect((await app.query('select count(*)::int as n from users')).rows[0].n).toBe(manifest.tables.find((t) => t.name === 'users')!.rows);
          // Restoring under a running app is refused, naming the way out.
          await expect(run(process.execPath, ['dist/apps/api/src/cli/restore.js', join(home, 'busy.backup.gz'), '--force'], { cwd: ROOT, env })).rejects.toMatchObject({
            stderr: expect.stringMatching(/other session\(s\) are connected.*Stop the app/),
          });
        } finally {
          await app.end();
        }
      } finally {
        holder.kill('SIGTERM');
        await exited;
      }
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 180_000);
});
