import autocannon from 'autocannon';
import { ChildProcess, fork, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import { startEmbeddedPostgres } from '../../apps/api/src/core/database/embedded-postgres';
import { BENCH_PASSWORD, seedBenchData } from './bench-fixture';

// Compiled to dist/bench/tests/bench: the repository root is four levels up.
const ROOT = resolve(__dirname, '../../../..');
const DURATION_S = Number(process.env.BENCH_SECONDS || 10);
const FANOUT_CLIENTS = Number(process.env.BENCH_FANOUT_CLIENTS || 1000);
const FANOUT_POSTS = Number(process.env.BENCH_FANOUT_POSTS || 20);

const THREAD_QUERY = `query ThreadPage($id: ID!) { forumThread(id: $id) { id title posts(first: 50) { nodes { id seq bodyHtml createdAt
  author { displayName credentials credentialsVerified anonymous isYou } reactions { kind count mine } } } } }`;

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function waitForHttp(url: string, timeoutMs = 60000): Promise<void> {
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

async function gql(base: string, query: string, variables: object, cookie = ''): Promise<{ body: any; cookie: string }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.get('set-cookie');
  return { body: await res.json(), cookie: setCookie ? setCookie.split(';')[0] : cookie };
}

async function logIn(base: string, email: string): Promise<string> {
  const { body, cookie } = await gql(base, `mutation($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { id } }`, { e: email, p: BENCH_PASSWORD });
  if (body.errors) throw new Error(`log-in failed: ${JSON.stringify(body.errors)}`);
  return cookie;
}

async function load(url: string, body: string, cookie: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    duration: DURATION_S,
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', cookie },
    body,
  });
  return { rps: Math.round(result.requests.average), p50_ms: result.latency.p50, p99_ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function fanout(base: string, readerCookie: string, posterCookie: string, threadId: string) {
  const sockets: Socket[] = [];
  const received = new Map<string, number[]>();
  const connectOne = () =>
    new Promise<void>((res, rej) => {
      const s = io(base, { path: '/socket.io', transports: ['websocket'], extraHeaders: { cookie: readerCookie }, reconnection: false, forceNew: true });
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
  const postIds: string[] = [];
  for (let i = 0; i < FANOUT_POSTS; i++) {
    const { body } = await gql(base, `mutation($t: ID!, $b: String!) { createForumPost(input: { threadId: $t, body: $b }) { post { id } held } }`, { t: threadId, b: `Live reply number ${i} for the fan-out bench.` }, posterCookie);
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

async function main(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  let embedded: { stop(): Promise<void> } | null = null;
  if (!serverUrl) {
    const handle = await startEmbeddedPostgres({ port: await freePort(), dataDir: join(ROOT, '.data/bench-pg'), user: 'confer', password: 'confer', database: 'postgres' });
    embedded = handle;
    serverUrl = handle.url;
  }
  const dbName = `confer_bench_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const dbUrl = serverUrl.replace(/\/[^/]*$/, `/${dbName}`);
  const children: ChildProcess[] = [];
  try {
    const apiPort = await freePort();
    const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(apiPort), DEMO_DATA: 'false', LOG_LEVEL: 'error', NODE_ENV: 'development', DEV_TOOLS: 'false' },
      stdio: 'inherit',
    });
    children.push(api);
    const base = `http://127.0.0.1:${apiPort}`;
    await waitForHttp(`${base}/graphql`);
    const fixture = await seedBenchData(dbUrl);
    const readerCookie = await logIn(base, fixture.readerEmail);
    const posterCookie = await logIn(base, fixture.posterEmail);
    const body = JSON.stringify({ query: THREAD_QUERY, variables: { id: fixture.threadId } });
    const check = await gql(base, THREAD_QUERY, { id: fixture.threadId }, readerCookie);
    if (check.body.data?.forumThread?.posts?.nodes?.length !== 50) throw new Error(`thread page is wrong: ${JSON.stringify(check.body).slice(0, 300)}`);

    console.log(`thread_page: ${DURATION_S}s at 10 connections…`);
    const threadPage = await load(`${base}/graphql`, body, readerCookie);

    const basePort = await freePort();
    const baseline = fork(join(__dirname, 'baseline-server.js'), [], { env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(basePort) }, stdio: 'inherit' });
    children.push(baseline);
    await new Promise((r) => baseline.once('message', r));
    const baselineCheck: any = await (await fetch(`http://127.0.0.1:${basePort}/`, { method: 'POST', headers: { cookie: readerCookie }, body })).json();
    if (baselineCheck.data?.forumThread?.posts?.nodes?.length !== 50) throw new Error('baseline answers differently');
    console.log('baseline (bare http + pg, same reads)…');
    const base0 = await load(`http://127.0.0.1:${basePort}/`, body, readerCookie);
    baseline.kill();

    console.log(`fanout_1000: ${FANOUT_CLIENTS} readers, ${FANOUT_POSTS} posts…`);
    const fan = await fanout(base, readerCookie, posterCookie, fixture.threadId);

    const results = {
      thread_page: { ...threadPage, baseline_rps: base0.rps, baseline_p99_ms: base0.p99_ms, ratio: Number((threadPage.rps / base0.rps).toFixed(2)), target: 'ratio >= 0.4, p99 <= 50 ms' },
      fanout_1000: { ...fan, target: 'p99 <= 60 ms, lost = 0' },
      machine: { cores: require('node:os').cpus().length, node: process.version, measured_at: new Date().toISOString() },
    };
    writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
    console.table({
      thread_page: { 'req/s': threadPage.rps, 'p50 ms': threadPage.p50_ms, 'p99 ms': threadPage.p99_ms, 'baseline req/s': base0.rps, ratio: results.thread_page.ratio, 'non-2xx': threadPage.non2xx },
      fanout_1000: { 'p50 ms': fan.p50_ms, 'p99 ms': fan.p99_ms, lost: fan.lost, recipients: fan.recipients, posts: fan.posts },
    });
    console.log('wrote bench-results.json');
  } finally {
    children.forEach((c) => c.kill('SIGTERM'));
    await new Promise((r) => setTimeout(r, 1500));
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    await admin.end();
    if (embedded) await embedded.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
