import { ChildProcess, fork, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { seedBenchData } from './bench-fixture';
import { API_NODE_FLAGS, apiEnv, freePort, gql, load, LoadResult, logIn, THREAD_QUERY, waitForHttp } from './bench-support';

/**
 * Server CPU per `thread_page` request, for comparing versions on a busy machine:
 *   DATABASE_URL=postgres://… node dist/bench/tests/bench/profile-thread-page.js
 * Env: API_MAIN (built main.js, default dist/apps/api/src/main.js), API_NODE_ARGS (e.g. "--cpu-prof
 * --cpu-prof-dir=/tmp/prof"), ROUNDS (default 5) of AMOUNT requests (default 2000) after a warm-up,
 * BASELINE=1 to measure the bare http + pg server the same way; BENCH_NODE_ENV as for the bench.
 */
const ROOT = resolve(__dirname, '../../../..');
const ROUNDS = Number(process.env.ROUNDS || 5);
const AMOUNT = Number(process.env.AMOUNT || 2000);

async function rounds(url: string, body: string, cookie: string, pid: number | undefined): Promise<LoadResult[]> {
  await load(url, body, cookie, { amount: 1000 });
  const out: LoadResult[] = [];
  for (let i = 0; i < ROUNDS; i++) out.push(await load(url, body, cookie, { amount: AMOUNT, serverPid: pid }));
  return out;
}

function summary(name: string, results: LoadResult[]): void {
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cpu = results.map((r) => r.cpu_ms_per_req ?? NaN);
  console.log(
    `${name}: cpu ms/req median ${med(cpu)} (min ${Math.min(...cpu)}, rounds ${cpu.join(' ')}); req/s median ${med(results.map((r) => r.rps))}; p50 ${med(results.map((r) => r.p50_ms))} p99 ${med(results.map((r) => r.p99_ms))}; non-2xx ${results.reduce((n, r) => n + r.non2xx, 0)}`,
  );
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('set DATABASE_URL');
  const dbName = `confer_prof_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const dbUrl = serverUrl.replace(/\/[^/]*$/, `/${dbName}`);
  const children: ChildProcess[] = [];
  try {
    const apiPort = await freePort();
    const main = process.env.API_MAIN || join(ROOT, 'dist/apps/api/src/main.js');
    const nodeArgs = [...API_NODE_FLAGS, ...(process.env.API_NODE_ARGS || '').split(' ').filter(Boolean)];
    const api = spawn(process.execPath, [...nodeArgs, main], {
      cwd: ROOT,
      env: { ...process.env, ...apiEnv(), DATABASE_URL: dbUrl, PORT: String(apiPort), DEMO_DATA: 'false', LOG_LEVEL: 'error', SCHEMA_FILE: join(tmpdir(), `${dbName}.gql`) },
      stdio: 'inherit',
    });
    children.push(api);
    const base = `http://127.0.0.1:${apiPort}`;
    await waitForHttp(`${base}/graphql`);
    const fixture = await seedBenchData(dbUrl);
    const cookie = await logIn(base, fixture.readerEmail);
    const body = JSON.stringify({ query: THREAD_QUERY, variables: { id: fixture.threadId } });
    const check = await gql(base, THREAD_QUERY, { id: fixture.threadId }, cookie);
    if (check.body.data?.forumThread?.posts?.nodes?.length !== 50) throw new Error(`thread page is wrong: ${JSON.stringify(check.body).slice(0, 300)}`);
    if (process.env.DUMP) console.log(JSON.stringify(check.body));
    summary('thread_page', await rounds(`${base}/graphql`, body, cookie, api.pid));

    if (process.env.BASELINE) {
      const basePort = await freePort();
      const baseline = fork(join(__dirname, 'baseline-server.js'), [], { env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(basePort) }, stdio: 'inherit' });
      children.push(baseline);
      await new Promise((r) => baseline.once('message', r));
      summary('baseline', await rounds(`http://127.0.0.1:${basePort}/`, body, cookie, baseline.pid));
    }
  } finally {
    // SIGINT lets the API close cleanly, which --cpu-prof needs to write its profile.
    children.forEach((c) => c.kill('SIGINT'));
    await new Promise((r) => setTimeout(r, 2500));
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
