import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client, PoolClient } from 'pg';
import PgBoss from 'pg-boss';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { DataSource, MigrationExecutor, QueryRunner } from 'typeorm';
import { MIGRATIONS } from '../../../../../migrations';
import { dataSourceOptions } from './data-source-options';

/**
 * A backup made through an ordinary connection, for servers whose own pg_dump is missing or too old
 * (the embedded PostgreSQL ships none). One gzip file: a manifest line, then each table's rows in
 * COPY text format (one row per line) closed by `\.`, then an end line. The schema is not stored: the
 * migrations named in the manifest rebuild it.
 */
export const BACKUP_FORMAT = 'confer-logical-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** pg-boss's schema, as the app creates it. */
export const JOB_SCHEMA = 'pgboss';
/** The job queue's tables that are kept; its archive (finished jobs' history) is not. */
export const JOB_TABLES = ['queue', 'schedule', 'subscription', 'job'] as const;
const MIGRATIONS_TABLE = 'schema_migrations';
const END_OF_TABLE = '\\.';
const BATCH_CHARS = 64 * 1024;

export interface BackupTable {
  schema: string;
  name: string;
  columns: string[];
  rows: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  /** Migrations applied to the source, in order: the schema the rows fit. */
  migrations: string[];
  /** pg-boss's schema version, or null when the source never started the job queue. */
  jobQueueSchemaVersion: number | null;
  tables: BackupTable[];
  /** Sequence positions; restored with setval so new rows never reuse an id. */
  sequences: { schema: string; name: string; lastValue: string }[];
}

export interface BackupEnd {
  end: true;
  tables: number;
  rows: number;
}

/** The file cannot be restored (damaged, truncated, another format, or made by a newer version). */
export class BackupFileError extends Error {}
/** The target database is not fit for a restore; nothing was changed. */
export class RestoreRefusedError extends Error {}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const qualified = (t: { schema: string; name: string }): string => `${ident(t.schema)}.${ident(t.name)}`;

/** `confer-20261121T200102Z.backup.gz` */
export function defaultBackupFileName(now: Date): string {
  return `confer-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.backup.gz`;
}

/** Checks the manifest line's shape, so a foreign or damaged file is refused before anything is written. */
export function parseManifest(line: string): BackupManifest {
  let value: Partial<BackupManifest>;
  try {
    value = JSON.parse(line) as Partial<BackupManifest>;
  } catch {
    throw new BackupFileError('This is not a Confer backup (its first line is not a manifest).');
  }
  if (value?.format !== BACKUP_FORMAT) throw new BackupFileError('This is not a Confer backup (unknown format).');
  if (value.version !== BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(`This backup uses format version ${String(value.version)}; this version of Confer reads version ${BACKUP_FORMAT_VERSION}.`);
  }
  const tablesOk =
    Array.isArray(value.tables) &&
    value.tables.every((t) => typeof t?.schema === 'string' && typeof t.name === 'string' && Array.isArray(t.columns) && t.columns.length > 0 && Number.isInteger(t.rows) && t.rows >= 0);
  if (!tablesOk || !Array.isArray(value.migrations) || !Array.isArray(value.sequences)) throw new BackupFileError('The backup manifest is damaged.');
  return value as BackupManifest;
}

/**
 * The backup's migrations must be the first ones this version knows, in order; the rest run after
 * the rows are in (so a backup from an older version is upgraded like a live database would be).
 */
export function migrationsToReplay(backup: string[], known: string[]): { upTo: string[]; after: string[] } {
  const prefix = known.slice(0, backup.length);
  if (backup.length > known.length || backup.some((name, i) => name !== prefix[i])) {
    const unknown = backup.find((name) => !known.includes(name));
    throw new BackupFileError(
      unknown
        ? `This backup was made by a newer version of Confer (migration ${unknown} is unknown here); restore it with that version.`
        : 'This backup\'s migrations are not in the order this version applies them.',
    );
  }
  return { upTo: prefix, after: known.slice(backup.length) };
}

/** pg-boss's construction script wraps itself in BEGIN/COMMIT; the restore runs it inside its own transaction. */
export function withoutTransaction(script: string): string {
  const body = script.trim();
  if (!/^BEGIN;/i.test(body) || !/COMMIT;$/i.test(body)) throw new Error('Unexpected shape of pg-boss\'s construction script');
  return body.replace(/^BEGIN;/i, '').replace(/COMMIT;$/i, '');
}

async function write(stream: Writable, chunk: string | Buffer): Promise<void> {
  // A failed stream never drains: report its error instead of waiting.
  if (stream.errored) throw stream.errored;
  if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), finished(stream)]);
}

async function listTables(client: Client): Promise<BackupTable[]> {
  const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
    `select n.nspname as schema, c.relname as name,
            array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where c.relkind in ('r', 'p') and not c.relispartition
        and ((n.nspname = 'public' and c.relname <> $1) or (n.nspname = $2 and c.relname = any($3)))
      group by n.nspname, c.relname`,
    [MIGRATIONS_TABLE, JOB_SCHEMA, [...JOB_TABLES]],
  );
  // Public tables first; the queues before their jobs (a job's partition is made with its queue).
  const rank = (t: { schema: string; name: string }) => (t.schema === 'public' ? -1 : JOB_TABLES.indexOf(t.name as (typeof JOB_TABLES)[number]));
  rows.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const tables: BackupTable[] = [];
  for (const t of rows) {
    const { rows: counted } = await client.query<{ n: string }>(`select count(*) as n from ${qualified(t)}`);
    tables.push({ ...t, rows: Number(counted[0].n) });
  }
  return tables;
}

/**
 * Writes a consistent backup of the database at `url` to `file`: every table is read in one
 * REPEATABLE READ snapshot, so rows written meanwhile are either all in or all out. The file only
 * appears under its name once complete.
 */
export async function writeLogicalBackup(url: string, file: string): Promise<BackupManifest> {
  const client = new Client({ connectionString: url, application_name: 'confer-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  let out: WriteStream | null = null;
  try {
    await client.query('begin isolation level repeatable read read only');
    const known = await client.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [`public.${MIGRATIONS_TABLE}`]);
    if (!known.rows[0].ok) throw new Error('This database has no Confer schema (no migrations table): nothing to back up.');
    const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by timestamp, id`)).rows.map((r) => r.name);
    const hasJobs = (await client.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [`${JOB_SCHEMA}.version`])).rows[0].ok;
    const jobQueueSchemaVersion = hasJobs ? Number((await client.query<{ v: number }>(`select max(version) as v from ${JOB_SCHEMA}.version`)).rows[0].v) : null;
    const tables = (await listTables(client)).filter((t) => t.schema === 'public' || hasJobs);
    const sequences = (
      await client.query<{ schema: string; name: string; lastValue: string }>(
        `select schemaname as schema, sequencename as name, last_value::text as "lastValue"
           from pg_sequences where schemaname in ('public', $1) and last_value is not null order by 1, 2`,
        [JOB_SCHEMA],
      )
    ).rows;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ v: string }>('show server_version')).rows[0].v,
      migrations,
      jobQueueSchemaVersion,
      tables,
      sequences,
    };

    const gzip = createGzip();
    out = createWriteStream(partial);
    const written = finished(gzip.pipe(out));
    // Keeps an early write error from going unhandled while a COPY is still being awaited.
    written.catch(() => undefined);
    await write(gzip, `${JSON.stringify(manifest)}\n`);
    for (const t of tables) {
      const rows = client.query(copyTo(`copy (select ${t.columns.map(ident).join(', ')} from ${qualified(t)}) to stdout`));
      for await (const chunk of rows) await write(gzip, chunk as Buffer);
      await write(gzip, `${END_OF_TABLE}\n`);
    }
    const end: BackupEnd = { end: true, tables: tables.length, rows: tables.reduce((n, t) => n + t.rows, 0) };
    gzip.end(`${JSON.stringify(end)}\n`);
    await written;
    await client.query('commit');
    await rename(partial, file);
    return manifest;
  } catch (e) {
    if (out) {
      out.destroy();
      await finished(out).catch(() => undefined);
    }
    await rm(partial, { force: true });
    throw e;
  } finally {
    await client.end();
  }
}

interface ArchiveVisitor {
  manifest(m: BackupManifest): Promise<void> | void;
  /** Called with batches of whole rows (each line ends with a newline). */
  rows(t: BackupTable, batch: string): Promise<void> | void;
  tableEnd(t: BackupTable, lines: number): Promise<void> | void;
}

/** Reads a backup file front to back, checking its framing; throws BackupFileError on any damage. */
async function readArchive(file: string, visit: ArchiveVisitor): Promise<BackupManifest> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  input.on('error', (e) => gunzip.destroy(e));
  let manifest: BackupManifest | null = null;
  let index = 0;
  let count = 0;
  let batch = '';
  let ended = false;
  try {
    for await (const line of lines) {
      if (ended) throw new BackupFileError('The backup has data after its end.');
      if (!manifest) {
        manifest = parseManifest(line);
        await visit.manifest(manifest);
        continue;
      }
      const table = manifest.tables[index];
      if (!table) {
        let end: Partial<BackupEnd> | null = null;
        try {
          end = JSON.parse(line) as Partial<BackupEnd>;
        } catch {
          // Reported below.
        }
        if (end?.end !== true || end.tables !== manifest.tables.length) throw new BackupFileError('The backup is damaged (its end line is wrong).');
        ended = true;
        continue;
      }
      if (line === END_OF_TABLE) {
        if (batch) await visit.rows(table, batch);
        batch = '';
        if (count !== table.rows) throw new BackupFileError(`The backup is damaged: ${table.schema}.${table.name} holds ${count} rows, its manifest says ${table.rows}.`);
        await visit.tableEnd(table, count);
        index += 1;
        count = 0;
        continue;
      }
      count += 1;
      batch += `${line}\n`;
      if (batch.length >= BATCH_CHARS) {
        await visit.rows(table, batch);
        batch = '';
      }
    }
  } catch (e) {
    // zlib's errors (Z_BUF_ERROR for a cut file, Z_DATA_ERROR for altered bytes); not instanceof-checked, as
    // errors from Node's internals may come from another realm.
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
    if (!code.startsWith('Z_')) throw e;
    throw new BackupFileError(`The backup file is damaged or truncated (${(e as Error).message}).`);
  } finally {
    lines.close();
    input.destroy();
  }
  if (!manifest) throw new BackupFileError('The backup file is empty.');
  if (!ended) throw new BackupFileError('The backup file is truncated (it has no end line).');
  return manifest;
}

/** Reads the whole file and checks it, writing nothing: a damaged file is refused before a restore starts. */
export function verifyLogicalBackup(file: string): Promise<BackupManifest> {
  return readArchive(file, { manifest: () => undefined, rows: () => undefined, tableEnd: () => undefined });
}

export interface RestoreOptions {
  /** Drop everything in the target database first (otherwise a database with tables is refused). */
  force?: boolean;
  log?: (message: string) => void;
}

export interface RestoreSummary {
  manifest: BackupManifest;
  rows: number;
  /** Migrations newer than the backup, applied after its rows. */
  upgradedWith: string[];
}

async function refuseUnlessEmpty(client: Client, force: boolean): Promise<void> {
  const busy = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  if (busy.rows[0].n > 0) {
    throw new RestoreRefusedError(`${busy.rows[0].n} other session(s) are connected to this database. Stop the app (and anything else using it) before restoring.`);
  }
  if (force) return;
  const { rows } = await client.query<{ name: string }>(
    `select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname in ('public', $1) order by 1`,
    [JOB_SCHEMA],
  );
  if (rows.length > 0) {
    const some = rows.slice(0, 3).map((r) => r.name).join(', ');
    throw new RestoreRefusedError(
      `The target database is not empty (${rows.length} tables, e.g. ${some}). Restore into an empty database, or pass --force to drop everything in it first.`,
    );
  }
}

async function openMigrations(url: string, names: string[]): Promise<DataSource> {
  const wanted = new Set(names);
  return new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.filter((m) => wanted.has(m.name)), extra: { max: 1, application_name: 'confer-restore' } }).initialize();
}

async function runMigrationsIn(dataSource: DataSource, runner: QueryRunner): Promise<string[]> {
  const executor = new MigrationExecutor(dataSource, runner);
  // The restore's own transaction holds them: a failure anywhere leaves the database as it was.
  executor.transaction = 'none';
  return (await executor.executePendingMigrations()).map((m) => m.name);
}

/**
 * Restores a backup into the database at `url`, all in one transaction: the file is first read and
 * checked whole, then the backup's migrations rebuild the schema, the rows are copied in with
 * triggers and foreign-key checks off (they held in the source), sequences are set, counts are
 * checked against the manifest, and newer migrations run last. Any failure rolls everything back.
 */
export async function restoreLogicalBackup(url: string, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const log = options.log ?? (() => undefined);
  const manifest = await verifyLogicalBackup(file);
  const known = MIGRATIONS.map((m) => m.name);
  const { upTo, after } = migrationsToReplay(manifest.migrations, known);
  log(`The backup of ${manifest.createdAt} is whole: ${manifest.tables.length} tables, ${manifest.tables.reduce((n, t) => n + t.rows, 0)} rows.`);

  const check = new Client({ connectionString: url, application_name: 'confer-restore' });
  await check.connect();
  try {
    await refuseUnlessEmpty(check, options.force === true);
  } finally {
    await check.end();
  }

  const atBackup = await openMigrations(url, upTo);
  const latest = await openMigrations(url, known);
  const runner = atBackup.createQueryRunner();
  await runner.connect();
  let rows = 0;
  let upgradedWith: string[] = [];
  try {
    await runner.startTransaction();
    if (options.force) {
      await runner.query(`drop schema if exists ${ident(JOB_SCHEMA)} cascade`);
      await runner.query('drop schema if exists public cascade');
      await runner.query('create schema public');
    }
    await runMigrationsIn(atBackup, runner);
    if (manifest.jobQueueSchemaVersion !== null) {
      await runner.query(withoutTransaction(PgBoss.getConstructionPlans(JOB_SCHEMA)));
      const made = Number((await runner.query(`select max(version) as v from ${ident(JOB_SCHEMA)}.version`))[0].v);
      if (made !== manifest.jobQueueSchemaVersion) {
        throw new BackupFileError(`The backup's job queue is at schema version ${manifest.jobQueueSchemaVersion}, this version of Confer makes ${made}; restore it with the version that made it.`);
      }
      await runner.query(`create temp table restore_queue (like ${ident(JOB_SCHEMA)}.queue) on commit drop`);
    }
    // Rows already satisfied their constraints in the source; triggers (counters, stamps) already ran there.
    await runner.query('set local session_replication_role = replica');
    const publicTables = manifest.tables.filter((t) => t.schema === 'public');
    // Migrations may seed rows; the backup holds those tables whole.
    if (publicTables.length) await runner.query(`truncate ${publicTables.map(qualified).join(', ')}`);

    const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
    let copy: { stream: Writable; done: Promise<void> } | null = null;
    try {
      await readArchive(file, {
        manifest: () => undefined,
        rows: async (t, batch) => {
          if (!copy) {
            const target = t.schema === JOB_SCHEMA && t.name === 'queue' ? 'pg_temp.restore_queue' : qualified(t);
            const stream = client.query(copyFrom(`copy ${target} (${t.columns.map(ident).join(', ')}) from stdin`));
            copy = { stream, done: finished(stream) };
            copy.done.catch(() => undefined);
          }
          await write(copy.stream, batch);
        },
        tableEnd: async (t, lines) => {
          if (copy) {
            const { stream, done } = copy;
            copy = null;
            stream.end();
            await done;
            const copied = (stream as unknown as { rowCount: number }).rowCount;
            if (copied !== lines) throw new BackupFileError(`${t.schema}.${t.name}: ${copied} rows copied, ${lines} in the file.`);
          }
          rows += lines;
          if (t.schema === JOB_SCHEMA && t.name === 'queue') {
            // A queue owns a partition of the job table, which pg-boss's own function creates.
            await runner.query(
              `select ${ident(JOB_SCHEMA)}.create_queue(name, json_build_object('policy', policy, 'retryLimit', retry_limit, 'retryDelay', retry_delay,
                  'retryBackoff', retry_backoff, 'expireInSeconds', expire_seconds, 'retentionMinutes', retention_minutes, 'deadLetter', dead_letter))
                 from restore_queue order by name`,
            );
            await runner.query(`update ${ident(JOB_SCHEMA)}.queue q set created_on = r.created_on, updated_on = r.updated_on from restore_queue r where q.name = r.name`);
          }
        },
      });
    } finally {
      // An unfinished COPY is cancelled (CopyFail), so the connection can roll back.
      if (copy) (copy as { stream: Writable }).stream.destroy(new Error('restore aborted'));
    }

    for (const s of manifest.sequences) await runner.query('select setval($1::regclass, $2::bigint, true)', [qualified(s), s.lastValue]);
    for (const t of manifest.tables) {
      const [{ n }] = await runner.query(`select count(*)::int as n from ${qualified(t)}`);
      if (n !== t.rows) throw new BackupFileError(`${t.schema}.${t.name} holds ${n} rows after the restore; the backup says ${t.rows}.`);
    }
    await runner.query('set local session_replication_role = origin');
    upgradedWith = await runMigrationsIn(latest, runner);
    await runner.commitTransaction();
  } catch (e) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw e;
  } finally {
    await runner.release();
    await atBackup.destroy();
    await latest.destroy();
  }
  return { manifest, rows, upgradedWith };
}
