import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The API as real operating-system processes (built output, production mode), for what only
 * processes can show: several of them behind a balancer, `kill -9`, SIGTERM. Integration tests that
 * need one app in the test's own process use startTestApp instead.
 */

export const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');

export const freePort = () =>
  new Promise<number>((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '__tests__') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the API unless dist is newer than every source file (CI builds first; a fresh clone does not). */
export function ensureApiBuilt(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'apps/api/src')), newestMtime(join(ROOT, 'libs')));
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return;
  execFileSync('npm', ['run', 'build:api'], { cwd: ROOT, stdio: 'inherit' });
}

/** What every test process needs to run as in production on plain http, without sending real mail. */
export function productionEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    COOKIE_SECURE: 'false',
    SMTP_URL: 'smtp://127.0.0.1:9',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'info',
  };
}

export interface ApiProcess {
  readonly name: string;
  readonly port: number;
  readonly baseUrl: string;
  readonly pid: number;
  /** Everything the process wrote to stdout and stderr so far. */
  logs(): string;
  kill(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (or the signal's name) once the process has gone. */
  exited(timeoutMs?: number): Promise<number | string>;
}

export interface StartOptions {
  name?: string;
  env?: Record<string, string>;
  port?: number;
  /** Milliseconds to wait for /graphql to answer. */
  readyTimeoutMs?: number;
}

/** Starts `node dist/apps/api/src/main.js` and waits until it answers. Call ensureApiBuilt() first. */
export async function startApiProcess(opts: StartOptions = {}): Promise<ApiProcess> {
  const port = opts.port ?? (await freePort());
  const name = opts.name ?? `api-${port}`;
  const logDir = mkdtempSync(join(tmpdir(), 'confer-proc-'));
  const logFile = join(logDir, `${name}.log`);
  const out = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=64', MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...productionEnv(), ...opts.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  const exit = new Promise<number | string>((res) => child.once('exit', (code, signal) => res(code ?? signal ?? 'unknown')));
  const proc: ApiProcess = {
    name,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    logs: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    exited: (timeoutMs = 30_000) =>
      Promise.race([exit, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`${name} did not exit in ${timeoutMs} ms`)), timeoutMs).unref())]),
  };
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${proc.logs().slice(-4000)}`);
    try {
      const res = await fetch(`${proc.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
        body: '{"query":"{__typename}"}',
      });
      if (res.status < 500) return proc;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`${name} did not answer in time:\n${proc.logs().slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Stops every process still running (SIGKILL: tests that care about SIGTERM send it themselves). */
export async function stopAll(procs: readonly (ApiProcess | undefined)[]): Promise<void> {
  await Promise.all(
    procs.map(async (p) => {
      if (!p) return;
      p.kill('SIGKILL');
      await p.exited(10_000).catch(() => undefined);
    }),
  );
}
