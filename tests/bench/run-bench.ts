import { ChildProcess, fork, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../apps/api/src/core/database/embedded-postgres';
import { seedBenchData } from './bench-fixture';
import { API_NODE_FLAGS, apiEnv, freePort, gql, load, logIn, percentile, THREAD_QUERY, waitForHttp } from './bench-support';
import { bookingContention, feed500 } from './consultations.bench';
import { registrationContention } from './registration-contention.bench';
import { fanout, mixedLoad, redisAnswers, startCluster } from './scale-out.bench';

// Compiled to dist/bench/tests/bench: the repository root is four levels up.
const ROOT = resolve(__dirname, '../../../..');
const DURATION_S = Number(process.env.BENCH_SECONDS || 10);
const WARM_UP_REQUESTS = 1000;
const FANOUT_CLIENTS = Number(process.env.BENCH_FANOUT_CLIENTS || 1000);
const FANOUT_POSTS = Number(process.env.BENCH_FANOUT_POSTS || 20);
const REDIS_URL = process.env.BENCH_REDIS_URL || process.env.REDIS_URL || 'redis://127.0.0.1:6379';

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
    const api = spawn(process.execPath, [...API_NODE_FLAGS, join(ROOT, 'dist/apps/api/src/main.js')], {
      cwd: ROOT,
      env: { ...process.env, ...apiEnv(), DATABASE_URL: dbUrl, PORT: String(apiPort), DEMO_DATA: 'false', LOG_LEVEL: 'error' },
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

    // Steady state, as a server that has been up a while: the first requests compile code paths and
    // grow the heap (the same warm-up for the baseline below).
    await load(`${base}/graphql`, body, readerCookie, { amount: WARM_UP_REQUESTS });
    console.log(`thread_page: ${DURATION_S}s at 10 connections…`);
    const threadPage = await load(`${base}/graphql`, body, readerCookie, { duration: DURATION_S, serverPid: api.pid });

    const basePort = await freePort();
    const baseline = fork(join(__dirname, 'baseline-server.js'), [], { env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(basePort) }, stdio: 'inherit' });
    children.push(baseline);
    await new Promise((r) => baseline.once('message', r));
    const baselineCheck: any = await (await fetch(`http://127.0.0.1:${basePort}/`, { method: 'POST', headers: { cookie: readerCookie }, body })).json();
    if (baselineCheck.data?.forumThread?.posts?.nodes?.length !== 50) throw new Error('baseline answers differently');
    console.log('baseline (bare http + pg, same reads)…');
    await load(`http://127.0.0.1:${basePort}/`, body, readerCookie, { amount: WARM_UP_REQUESTS });
    const base0 = await load(`http://127.0.0.1:${basePort}/`, body, readerCookie, { duration: DURATION_S, serverPid: baseline.pid });
    baseline.kill();

    console.log(`fanout_1000: ${FANOUT_CLIENTS} readers, ${FANOUT_POSTS} posts…`);
    const fan = await fanout(base, base, readerCookie, posterCookie, fixture.threadId);

    console.log('registration_contention: 500 concurrent checkouts for 100 seats…');
    const contention = await registrationContention(base, dbUrl);

    console.log('booking_contention: 100 concurrent bookings of one consultation slot…');
    const booking = await bookingContention(base, dbUrl);
    console.log('feed_500: a personal calendar feed of 500 items…');
    const feed = await feed500(base, dbUrl);

    // Two processes sharing one Redis; the single process above stops first so it takes no CPU.
    api.kill('SIGTERM');
    await new Promise((r) => (api.exitCode !== null ? r(null) : api.once('exit', r)));
    let fan2: Awaited<ReturnType<typeof fanout>> | { skipped: string };
    let mixed: Awaited<ReturnType<typeof mixedLoad>> | { skipped: string };
    if (await redisAnswers(REDIS_URL)) {
      const cluster = await startCluster(ROOT, dbUrl, REDIS_URL);
      try {
        console.log(`fanout_2proc: ${FANOUT_CLIENTS} readers on process B, ${FANOUT_POSTS} posts through A…`);
        fan2 = await fanout(cluster.b.base, cluster.a.base, await logIn(cluster.a.base, fixture.readerEmail), await logIn(cluster.a.base, fixture.posterEmail), fixture.threadId);
        console.log(`mixed_load: 80% reads, 15% posts, 5% checkouts at 50 connections ${cluster.nginx ? 'through nginx' : 'to both processes'}…`);
        mixed = await mixedLoad(cluster, dbUrl, fixture);
      } finally {
        await cluster.stop();
      }
    } else {
      console.warn(`no Redis at ${REDIS_URL}: fanout_2proc and mixed_load skipped (set BENCH_REDIS_URL)`);
      fan2 = mixed = { skipped: `no Redis at ${REDIS_URL}` };
    }

    const results = {
      thread_page: { ...threadPage, baseline_rps: base0.rps, baseline_p99_ms: base0.p99_ms, baseline_cpu_ms_per_req: base0.cpu_ms_per_req, ratio: Number((threadPage.rps / base0.rps).toFixed(2)), target: 'ratio >= 0.4, p99 <= 50 ms' },
      fanout_1000: { ...fan, target: 'p99 <= 60 ms, lost = 0' },
      registration_contention: { ...contention, target: 'orders = 100, all answered within 3 s, >= 1,000 tickets/min' },
      booking_contention: { ...booking, target: 'bookings = 1, other = 0' },
      feed_500: { ...feed, target: 'p99 <= 20 ms, repeat_status = 304' },
      fanout_2proc: { ...fan2, target: 'p99 <= 100 ms, lost = 0' },
      mixed_load: { ...mixed, target: 'errors = 0' },
      machine: { cores: require('node:os').cpus().length, node: process.version, api_node_env: apiEnv().NODE_ENV, measured_at: new Date().toISOString() },
    };
    writeFileSync(join(ROOT, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');
    console.table({
      thread_page: { 'req/s': threadPage.rps, 'p50 ms': threadPage.p50_ms, 'p99 ms': threadPage.p99_ms, 'baseline req/s': base0.rps, ratio: results.thread_page.ratio, 'CPU ms/req': threadPage.cpu_ms_per_req, 'baseline CPU ms/req': base0.cpu_ms_per_req, 'non-2xx': threadPage.non2xx },
      fanout_1000: { 'p50 ms': fan.p50_ms, 'p99 ms': fan.p99_ms, lost: fan.lost, recipients: fan.recipients, posts: fan.posts },
      booking_contention: { bookings: booking.bookings, 'slot taken': booking.slot_taken, other: booking.other, 'p50 ms': booking.p50_ms, 'p99 ms': booking.p99_ms },
      feed_500: { items: feed.items, 'p50 ms': feed.p50_ms, 'p99 ms': feed.p99_ms, 'after a change p50 ms': feed.changed_p50_ms, 'repeat status': feed.repeat_status },
      fanout_2proc: 'skipped' in fan2 ? { skipped: fan2.skipped } : { 'p50 ms': fan2.p50_ms, 'p99 ms': fan2.p99_ms, lost: fan2.lost, recipients: fan2.recipients, posts: fan2.posts },
      mixed_load:
        'skipped' in mixed
          ? { skipped: mixed.skipped }
          : { 'req/s': mixed.rps, 'p50 ms': mixed.p50_ms, 'p99 ms': mixed.p99_ms, errors: mixed.errors, via: mixed.via, 'peak RSS A MB': mixed.memory_mb.a?.peak_rss, 'peak RSS B MB': mixed.memory_mb.b?.peak_rss },
      registration_contention: { orders: contention.orders, 'p50 ms': contention.p50_ms, 'p99 ms': contention.p99_ms, 'tickets/min': contention.tickets_per_min, 'sold out': contention.sold_out, other: contention.other },
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
