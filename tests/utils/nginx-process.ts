import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT } from './api-process';

/**
 * Debian's nginx in front of API processes, configured from deploy/nginx.conf itself: only the
 * addresses change (the test's ports, plain http on loopback), so what is tested is what is shipped.
 */

export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx';
export const DEPLOY_CONF = join(ROOT, 'deploy/nginx.conf');

/**
 * Whether nginx can be used here. Missing nginx skips the balancer part with a warning on a
 * developer's machine, and fails under CI (CI=true), where it must be installed.
 */
export function nginxAvailable(what: string): boolean {
  if (existsSync(NGINX_BIN)) return true;
  if (process.env.CI === 'true') throw new Error(`${NGINX_BIN} is missing: CI must install nginx to run ${what}`);
  console.warn(`${NGINX_BIN} is missing: skipping the nginx part of ${what} (apt-get install nginx-light)`);
  return false;
}

/**
 * deploy/nginx.conf with the test's addresses: every upstream lists `upstreams` (keeping the shipped
 * parameters), the https server listens on plain http at 127.0.0.1:`listen`, and the redirect
 * server and TLS lines go. Throws if the file no longer has the shape this relies on.
 */
export function renderNginxSite(template: string, opts: { listen: number; upstreams: readonly number[] }): string {
  let site = template.replace(/^.*redirect:begin\n[\s\S]*?^.*redirect:end\n/m, '');
  let upstreamBlocks = 0;
  site = site.replace(/(upstream\s+\w+\s*\{)([\s\S]*?)(\n\})/g, (_all, head: string, body: string, tail: string) => {
    upstreamBlocks += 1;
    const lines = body.split('\n');
    const first = lines.findIndex((l) => /^\s*server\s+\S+:\d+/.test(l));
    if (first < 0) throw new Error('deploy/nginx.conf: an upstream block lists no server');
    const [, indent, params] = /^(\s*)server\s+\S+:\d+(.*);\s*$/.exec(lines[first])!;
    const servers = opts.upstreams.map((p) => `${indent}server 127.0.0.1:${p}${params};`);
    const rest = lines.filter((l) => !/^\s*server\s+\S+:\d+/.test(l));
    rest.splice(first, 0, ...servers);
    return head + rest.join('\n') + tail;
  });
  const before = site;
  site = site
    .replace(/^(\s*)listen 443 ssl[^;]*;\n/m, `$1listen 127.0.0.1:${opts.listen};\n`)
    .replace(/^\s*listen \[::\]:443[^;]*;\n/m, '')
    .replace(/^\s*ssl_\w+\s[^;]*;\n/gm, '');
  if (upstreamBlocks !== 2 || site === before || /\bssl\b|listen 80|redirect/.test(site.replace(/#.*$/gm, ''))) {
    throw new Error('deploy/nginx.conf changed shape: update renderNginxSite');
  }
  return site;
}

export interface NginxProcess {
  readonly port: number;
  readonly baseUrl: string;
  readonly pid: number;
  /** Upstreams as the config lists them (for checks). */
  readonly site: string;
  logs(): string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground (a child of this process) with a config of its own in a temp folder. */
export async function startNginx(upstreams: readonly number[], opts: { port?: number; deployConf?: string } = {}): Promise<NginxProcess> {
  const port = opts.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'confer-nginx-'));
  // Workers run as an unprivileged user when the master is root: they must reach their temp folders.
  chmodSync(dir, 0o755);
  const site = renderNginxSite(readFileSync(opts.deployConf ?? DEPLOY_CONF, 'utf8'), { listen: port, upstreams });
  writeFileSync(join(dir, 'confer.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 4096; }',
      'http {',
      `  access_log off;`,
      temp,
      `  include ${join(dir, 'confer.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  let output = '';
  const child: ChildProcess = spawn(NGINX_BIN, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<void>((res) => child.once('exit', () => res()));
  const logs = () => output + (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  const proc: NginxProcess = {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    site,
    logs,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exit, new Promise((r) => setTimeout(r, 5000).unref())]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${logs()}`);
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
      await proc.stop();
      throw new Error(`nginx did not answer in time:\n${logs()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
