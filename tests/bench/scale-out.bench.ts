import argon2 from 'argon2';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createClient } from 'redis';
import { io, Socket } from 'socket.io-client';
import { NGINX_BIN, NginxProcess, startNginx } from '../utils/nginx-process';
import { BENCH_PASSWORD } from './bench-fixture';
import { API_NODE_FLAGS, apiEnv, freePort, gql, logIn, percentile, THREAD_QUERY, waitForHttp } from './bench-support';

const FANOUT_CLIENTS = Number(process.env.BENCH_FANOUT_CLIENTS || 1000);
const FANOUT_POSTS = Number(process.env.BENCH_FANOUT_POSTS || 20);
const MIXED_CONNECTIONS = Number(process.env.BENCH_MIXED_CONNECTIONS || 50);
// 60 s at the default BENCH_SECONDS (10); a quick run with BENCH_SECONDS=2 takes 12 s.
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS || 6 * Number(process.env.BENCH_SECONDS || 10));
const MIXED_BUYERS = 10;

export interface FanoutResult {
  recipients: number;
  posts: number;
  p50_ms: number;
  p99_ms: number;
  lost: number;
}

/**
 * `FANOUT_CLIENTS` socket.io readers of one thread connected to `readerBase`; `FANOUT_POSTS` replies
 * made through `postBase`, 250 ms apart. The server stamps each live post (sentAt); per post the
 * time to its *last* recipient counts. Lost: recipients that never got a post.
 */
export async function fanout(readerBase: string, postBase: string, readerCookie: string, posterCookie: string, threadId: string): Promise<FanoutResult> {
  const sockets: Socket[] = [];
  const received = new Map<string, number[]>();
  const connectOne = () =>
    new Promise<void>((res, rej) => {
      const s = io(readerBase, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie: readerCookie }, reconnection: false, forceNew: true });
      s.on('forum:post', (e: { post: { id: string }; sentAt: number }) => {
        const list = received.get(e.post.id) ?? [];
        list.push(Date.now() - e.sentAt);
        received.set(e.post.id, list);
      });
      s.once('connect', async () => {
        const ack = await s.timeout(30000).emitWithAck('forum:join', { threadId });
        if (!ack.ok) rej(new Error(JSON.stringify(ack)));
        else res();
      });
      s.once('connect_error', rej);
      sockets.push(s);
    });
  for (let i = 0; i < FANOUT_CLIENTS; i += 50) await Promise.all(Array.from({ length: Math.min(50, FANOUT_CLIENTS - i) }, connectOne));
  // Reader counts for the last joins settle before the first post.
  await new Promise((r) => setTimeout(r, 500));
  const postIds: string[] = [];
  for (let i = 0; i < FANOUT_POSTS; i++) {
    const { body } = await gql(postBase, `mutation($t: ID!, $b: String!) { createForumPost(input: { threadId: $t, body: $b }) { post { id } held } }`, { t: threadId, b: `Live reply number ${i} for the fan-out bench.` }, posterCookie);
    if (body.errors || body.data.createForumPost.held) throw new Error(`post failed: ${JSON.stringify(body)}`);
    postIds.push(body.data.createForumPost.post.id);
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 2000));
  const lastRecipient = postIds.map((id) => Math.max(...(received.get(id) ?? [NaN])));
  const lost = postIds.reduce((n, id) => n + (FANOUT_CLIENTS - (received.get(id)?.length ?? 0)), 0);
  sockets.forEach((s) => s.close());
  return { recipients: FANOUT_CLIENTS, posts: FANOUT_POSTS, p50_ms: percentile(lastRecipient, 50), p99_ms: percentile(lastRecipient, 99), lost };
}

export interface Cluster {
  a: { base: string; pid: number };
  b: { base: string; pid: number };
  /** nginx in front of both (deploy/nginx.conf), when installed. */
  nginx: NginxProcess | null;
  redisUrl: string;
  stop(): Promise<void>;
}

/** Whether Redis answers at `url` (the two-process benches need it). */
export async function redisAnswers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 2000 } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** Two API processes on one database and one Redis (same session secret), and nginx in front when installed. */
export async function startCluster(root: string, dbUrl: string, redisUrl: string): Promise<Cluster> {
  const prefix = `confer-bench-${process.pid}-${Date.now().toString(36)}:`;
  const shared = { ...apiEnv(), DATABASE_URL: dbUrl, REDIS_URL: redisUrl, REDIS_PREFIX: prefix, DEMO_DATA: 'false', LOG_LEVEL: 'error' };
  const children: ChildProcess[] = [];
  const start = async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [...API_NODE_FLAGS, join(root, 'dist/apps/api/src/main.js')], { cwd: root, env: { ...process.env, ...shared, PORT: String(port) }, stdio: 'inherit' });
    children.push(child);
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/graphql`);
    return { base, pid: child.pid! };
  };
  let nginx: NginxProcess | null = null;
  const stop = async () => {
    await nginx?.stop();
    const exits = children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r))));
    children.forEach((c) => c.kill('SIGTERM'));
    await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, 15_000))]);
    children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
    const redis = createClient({ url: redisUrl });
    redis.on('error', () => undefined);
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 200 })) if (keys.length) await redis.del(keys);
    await redis.close();
  };
  try {
    const a = await start();
    const b = await start();
    if (existsSync(NGINX_BIN)) nginx = await startNginx([Number(new URL(a.base).port), Number(new URL(b.base).port)], { deployConf: join(root, 'deploy/nginx.conf') });
    else console.warn(`${NGINX_BIN} is missing: mixed_load goes straight to the two processes, alternately`);
    return { a, b, nginx, redisUrl, stop };
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
}

/** Peak and current resident memory (MB) of a process, from /proc (Linux). */
function memoryMb(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(/\s(\d+) kB/.exec(status.split('\n').find((l) => l.startsWith(field)) ?? '')?.[1] ?? NaN);
    return { rss: Math.round(kb('VmRSS:') / 1024), hwm: Math.round(kb('VmHWM:') / 1024) };
  } catch {
    return null;
  }
}

export interface MixedLoadResult {
  via: 'nginx' | 'direct';
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Every request that did not fully succeed: non-2xx, GraphQL errors, network errors. Target 0. */
  errors: number;
  non2xx: number;
  graphql_errors: number;
  network_errors: number;
  first_error: string | null;
  by_kind: { read: number; post: number; checkout: number };
  p99_ms_by_kind: { read: number; post: number; checkout: number };
  /** Peak resident memory per process while the load ran (sampled VmRSS) and over its life (VmHWM). */
  memory_mb: { a: { peak_rss: number; hwm: number } | null; b: { peak_rss: number; hwm: number } | null };
}

const CREATE_POST = `mutation($t: ID!, $b: String!) { createForumPost(input: { threadId: $t, body: $b }) { post { id } held } }`;
const CHECKOUT = `mutation($input: CheckoutInput!) { checkout(input: $input) { id state } }`;

/** Buyers and a large conference ticket for the checkouts of the mixed load, arranged in SQL. */
async function seedCheckout(dbUrl: string): Promise<{ ticketId: string; emails: string[] }> {
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const emails = Array.from({ length: MIXED_BUYERS }, (_, i) => `mixed-buyer${i}@bench.example.org`);
    await db.query(
      `insert into users (email, password_hash, display_name, time_zone, email_verified_at)
       select e, $2, 'Mixed Buyer', 'America/New_York', now() from unnest($1::text[]) as e`,
      [emails, hash],
    );
    const { rows: event } = await db.query(
      `insert into events (slug, kind, title, time_zone, starts_at, ends_at, status, venue_name)
       values ('bench-mixed-conference', 'conference', 'Bench Mixed-Load Conference', 'America/New_York', now() + interval '90 days', now() + interval '91 days', 'published', 'Jacksonville') returning id`,
    );
    const { rows: ticket } = await db.query(
      `insert into ticket_types (kind, event_id, name, list_price_cents, capacity, in_person, max_per_order) values ('event', $1, 'Mixed-load pass', 49900, 1000000, true, 10) returning id`,
      [event[0].id],
    );
    return { ticketId: ticket[0].id, emails };
  } finally {
    await db.end();
  }
}

/**
 * A closed loop of MIXED_CONNECTIONS clients for MIXED_SECONDS: each request is a thread page read
 * (80%), a reply (15%) or an event checkout (5%), sent through nginx when it runs (else to the two
 * processes alternately). Latency is counted for every request, failed ones included.
 */
export async function mixedLoad(cluster: Cluster, dbUrl: string, fixture: { threadId: string; readerEmail: string; posterEmail: string }): Promise<MixedLoadResult> {
  const bases = cluster.nginx ? [cluster.nginx.baseUrl] : [cluster.a.base, cluster.b.base];
  const { ticketId, emails } = await seedCheckout(dbUrl);
  const readerCookie = await logIn(bases[0], fixture.readerEmail);
  const posterCookie = await logIn(bases[0], fixture.posterEmail);
  const buyerCookies: string[] = [];
  for (const email of emails) buyerCookies.push(await logIn(bases[0], email));

  const latencies: number[] = [];
  const byKind = { read: [] as number[], post: [] as number[], checkout: [] as number[] };
  let non2xx = 0;
  let graphqlErrors = 0;
  let networkErrors = 0;
  let firstError: string | null = null;
  let sequence = 0;
  const peak = { a: 0, b: 0 };
  const sampler = setInterval(() => {
    peak.a = Math.max(peak.a, memoryMb(cluster.a.pid)?.rss ?? 0);
    peak.b = Math.max(peak.b, memoryMb(cluster.b.pid)?.rss ?? 0);
  }, 250);

  const request = (kind: 'read' | 'post' | 'checkout', n: number): { query: string; variables: object; cookie: string } => {
    if (kind === 'read') return { query: THREAD_QUERY, variables: { id: fixture.threadId }, cookie: readerCookie };
    if (kind === 'post') return { query: CREATE_POST, variables: { t: fixture.threadId, b: `Mixed-load reply number ${n}.` }, cookie: posterCookie };
    const input = {
      ticketTypeId: ticketId,
      quantity: 1,
      attendees: [{ name: `Mixed Attendee ${n}`, email: `mixed-attendee${n}@bench.example.org`, answers: [] }],
      answers: [],
      idempotencyKey: `bench-mixed-${n}`,
    };
    return { query: CHECKOUT, variables: { input }, cookie: buyerCookies[n % buyerCookies.length] };
  };

  const started = Date.now();
  const deadline = started + MIXED_SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const n = sequence++;
      const roll = Math.random();
      const kind = roll < 0.8 ? 'read' : roll < 0.95 ? 'post' : 'checkout';
      const { query, variables, cookie } = request(kind, n);
      const t0 = performance.now();
      let failure: string | null = null;
      try {
        const res = await fetch(`${bases[n % bases.length]}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
          body: JSON.stringify({ query, variables }),
        });
        const text = await res.text();
        if (res.status < 200 || res.status > 299) {
          non2xx += 1;
          failure = `${kind}: HTTP ${res.status} ${text.slice(0, 200)}`;
        } else {
          const body = JSON.parse(text);
          const held = kind === 'post' && body.data?.createForumPost?.held;
          if (body.errors?.length || !body.data || held) {
            graphqlErrors += 1;
            failure = `${kind}: ${JSON.stringify(body.errors ?? body.data).slice(0, 300)}`;
          }
        }
      } catch (e) {
        networkErrors += 1;
        failure = `${kind}: ${String(e)}`;
      }
      const ms = performance.now() - t0;
      latencies.push(ms);
      byKind[kind].push(ms);
      if (failure && !firstError) firstError = failure;
    }
  };
  await Promise.all(Array.from({ length: MIXED_CONNECTIONS }, worker));
  const elapsed = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const round = (v: number) => Math.round(v * 10) / 10;
  const mem = (pid: number, peakRss: number) => {
    const m = memoryMb(pid);
    return m ? { peak_rss: Math.max(peakRss, m.rss), hwm: m.hwm } : null;
  };
  return {
    via: cluster.nginx ? 'nginx' : 'direct',
    connections: MIXED_CONNECTIONS,
    seconds: MIXED_SECONDS,
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50_ms: round(percentile(latencies, 50)),
    p99_ms: round(percentile(latencies, 99)),
    errors: non2xx + graphqlErrors + networkErrors,
    non2xx,
    graphql_errors: graphqlErrors,
    network_errors: networkErrors,
    first_error: firstError,
    by_kind: { read: byKind.read.length, post: byKind.post.length, checkout: byKind.checkout.length },
    p99_ms_by_kind: { read: round(percentile(byKind.read, 99)), post: round(percentile(byKind.post, 99)), checkout: round(percentile(byKind.checkout, 99)) },
    memory_mb: { a: mem(cluster.a.pid, peak.a), b: mem(cluster.b.pid, peak.b) },
  };
}
