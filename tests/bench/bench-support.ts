import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { BENCH_PASSWORD } from './bench-fixture';

/** The benchmarked page: one query for a 50-post thread with authors and reactions. */
export const THREAD_QUERY = `query ThreadPage($id: ID!) { forumThread(id: $id) { id title posts(first: 50) { nodes { id seq bodyHtml createdAt
  author { displayName credentials credentialsVerified anonymous isYou } reactions { kind count mine } } } } }`;

/**
 * The API runs as it does in production (BENCH_NODE_ENV=development to compare): graphql-js checks
 * every field for a second copy of itself outside production, which costs ~0.3 ms per 50-post page.
 * Plain http on loopback, so the cookie is not Secure; the bench sends no mail, so the SMTP address
 * that production requires is never dialled.
 */
export function apiEnv(): Record<string, string> {
  const nodeEnv = process.env.BENCH_NODE_ENV || 'production';
  if (nodeEnv !== 'production') return { NODE_ENV: nodeEnv, DEV_TOOLS: 'false' };
  return { NODE_ENV: 'production', SESSION_SECRET: randomBytes(32).toString('hex'), COOKIE_SECURE: 'false', SMTP_URL: 'smtp://127.0.0.1:9' };
}

/**
 * Node flags the API starts with (as in package.json's start scripts): a 64 MB young generation.
 * With the default 16 MB, a 50-post page loop ran ~900 scavenges per 9,500 requests (~6 ms pause
 * each, 5.3 s in all); with 64 MB, ~230 (1.6 s in all), so fewer requests in flight are paused.
 */
export const API_NODE_FLAGS = ['--max-semi-space-size=64'];

export const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export async function waitForHttp(url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' }, body: '{"query":"{__typename}"}' });
      if (res.status < 500) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function gql(base: string, query: string, variables: object, cookie = ''): Promise<{ body: any; cookie: string }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.get('set-cookie');
  return { body: await res.json(), cookie: setCookie ? setCookie.split(';')[0] : cookie };
}

export async function logIn(base: string, email: string): Promise<string> {
  const { body, cookie } = await gql(base, `mutation($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { id } }`, { e: email, p: BENCH_PASSWORD });
  if (body.errors) throw new Error(`log-in failed: ${JSON.stringify(body.errors)}`);
  return cookie;
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere.
 * Sampled before and after a load run it gives the server's CPU per request, which a busy shared
 * machine disturbs far less than req/s.
 */
export function processCpuMs(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name; clock ticks are 100 Hz on Linux.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

export interface LoadResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Server CPU per answered request (user + system), when the server's pid is known. */
  cpu_ms_per_req: number | null;
}

/** Closed loop at 10 connections for a duration (or a fixed number of requests), with the server's CPU per request. */
export async function load(url: string, body: string, cookie: string, opts: { duration?: number; amount?: number; serverPid?: number }): Promise<LoadResult> {
  const cpuBefore = processCpuMs(opts.serverPid);
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
    body,
  });
  const cpuAfter = processCpuMs(opts.serverPid);
  const requests = result.requests.total;
  return {
    rps: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    requests,
    non2xx: result.non2xx,
    errors: result.errors,
    cpu_ms_per_req: cpuBefore !== null && cpuAfter !== null && requests > 0 ? Number(((cpuAfter - cpuBefore) / requests).toFixed(2)) : null,
  };
}
