import { createServer, Server, Socket as NetSocket, connect } from 'node:net';
import request from 'supertest';
import { scratchDatabase } from '../../utils/demo-app';
import { io, Socket } from 'socket.io-client';
import { TestDb } from '../../utils/fixtures';
import { freePort } from '../../utils/api-process';
import { startTestApp, TestApp, uniqueEmail, GOOD_PASSWORD } from '../../utils/test-app';

const TOKEN = 'metrics-token-for-the-test-0123456789';

/** One sample's value from Prometheus text, or 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const labelText = /\{([^}]*)\}/.exec(line)?.[1] ?? '';
    const found = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

async function scrape(t: TestApp): Promise<string> {
  const res = await request(t.baseUrl).get('/metrics');
  expect(res.status).toBe(200);
  return res.text;
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A TCP pass-through that can be cut (every open connection dropped, new ones refused) and restored on the same port. */
class CuttableProxy {
  private server: Server | null = null;
  private readonly open = new Set<NetSocket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async start(): Promise<void> {
    if (this.server) return;
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.open.add(s);
        s.on('close', () => this.open.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    const server = this.server;
    // While cut, the port is free: an outgoing connection may take it as its local port for a moment.
    // Listening then fails (EADDRINUSE) instead of calling back; try again rather than wait forever.
    for (let attempt = 1; ; attempt++) {
      try {
        await new Promise<void>((res, rej) => {
          server.once('error', rej);
          server.listen(this.port, '127.0.0.1', () => {
            server.off('error', rej);
            res();
          });
        });
        return;
      } catch (e) {
        if (attempt >= 50) {
          this.server = null;
          throw e;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.open) s.destroy();
    await new Promise<void>((res) => server?.close(() => res()) ?? res());
  }
}

describe('health and metrics', () => {
  let t: TestApp;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  it('answers /health/live and /health/ready without a session and never cached', async () => {
    const live = await request(t.baseUrl).get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    expect(live.headers['cache-control']).toBe('no-store');

    const ready = await request(t.baseUrl).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.headers['cache-control']).toBe('no-store');
    expect(ready.headers['set-cookie']).toBeUndefined();
    expect(ready.body).toMatchObject({ status: 'ok', checks: { database: { status: 'ok' }, queue: { status: 'ok' } } });
    // Redis is not configured for this app: it is not a check.
    expect(ready.body.checks.redis).toBeUndefined();
  });

  it('opens /metrics to this host, to the bearer token, and to no one else', async () => {
    const local = await request(t.baseUrl).get('/metrics');
    expect(local.status).toBe(200);
    expect(local.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(local.text).toMatch(/^# HELP confer_process_cpu_user_seconds_total/m);

    // Through a proxy on this host: counts as outside.
    const outside = await request(t.baseUrl).get('/metrics').set('X-Forwarded-For', '203.0.113.7');
    expect(outside.status).toBe(404);
    expect(outside.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(outside.text).not.toMatch(/confer_/);

    const wrong = await request(t.baseUrl).get('/metrics').set('X-Forwarded-For', '203.0.113.7').set('Authorization', `Bearer ${TOKEN.replace(/.$/, 'x')}`);
    expect(wrong.status).toBe(404);

    const withToken = await request(t.baseUrl).get('/metrics').set('X-Forwarded-For', '203.0.113.7').set('Authorization', `Bearer ${TOKEN}`);
    expect(withToken.status).toBe(200);
    expect(withToken.text).toMatch(/confer_graphql_operations_total|confer_http_requests_total/);
  });

  it('counts GraphQL operations by name, type and outcome, with a latency histogram', async () => {
    const client = t.client();
    const before = await scrape(t);
    const labels = { operation: 'HealthProbeMe', type: 'query', outcome: 'success' };

    await client.gql(`query HealthProbeMe { me { id } }`);
    await client.gql(`query HealthProbeMe { me { id } }`);
    await client.gql(`{ me { id } }`);
    const failed = await client.gql(`mutation HealthProbeLogIn($input: LogInInput!) { logIn(input: $input) { id } }`, {
      input: { email: uniqueEmail('nobody'), password: GOOD_PASSWORD },
    });
    expect(failed.errors?.length).toBe(1);
    await client.gql(`query { this is not graphql`);

    const after = await scrape(t);
    expect(sample(after, 'confer_graphql_operations_total', labels) - sample(before, 'confer_graphql_operations_total', labels)).toBe(2);
    expect(
      sample(after, 'confer_graphql_operation_duration_seconds_count', labels) - sample(before, 'confer_graphql_operation_duration_seconds_count', labels),
    ).toBe(2);
    expect(sample(after, 'confer_graphql_operation_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBeGreaterThanOrEqual(2);
    expect(sample(after, 'confer_graphql_operations_total', { operation: 'anonymous', type: 'query', outcome: 'success' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'confer_graphql_operations_total', { operation: 'HealthProbeLogIn', type: 'mutation', outcome: 'error' })).toBe(1);
    expect(sample(after, 'confer_graphql_operations_total', { operation: 'invalid', type: 'unknown', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'confer_http_requests_total', { route: 'graphql', method: 'POST', status: '2xx' })).toBeGreaterThan(
      sample(before, 'confer_http_requests_total', { route: 'graphql', method: 'POST', status: '2xx' }),
    );
    expect(sample(after, 'confer_job_queue_depth', { queue: 'mail.send' })).toBeGreaterThanOrEqual(0);
    expect(after).toMatch(/^confer_job_queue_depth\{queue="mail\.send"\} \d+$/m);
  });

  it('keeps operation-name labels bounded however many names clients invent', async () => {
    const client = t.client();
    for (let i = 0; i < 210; i++) await client.gql(`query Invented${i} { __typename }`);
    const text = await scrape(t);
    const names = new Set([...text.matchAll(/^confer_graphql_operations_total\{operation="([^"]+)"/gm)].map((m) => m[1]));
    // 200 names as sent, then the fixed groups: anonymous, invalid (did not parse) and other.
    expect(names.size).toBeLessThanOrEqual(203);
    expect(sample(text, 'confer_graphql_operations_total', { operation: 'other', type: 'query', outcome: 'success' })).toBeGreaterThan(0);
  });

  it('reports connected sockets of this process', async () => {
    const gauge = async () => sample(await scrape(t), 'confer_sockets_connected', { pid: String(process.pid) });
    const before = await gauge();
    const socket = io(t.baseUrl, { path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    await new Promise<void>((res, rej) => {
      socket.once('connect', () => res());
      socket.once('connect_error', rej);
    });
    expect(await gauge()).toBe(before + 1);
    socket.disconnect();
    expect(await until(gauge, (n) => n === before)).toBe(before);
  });

  it('counts emails sent by kind', async () => {
    const labels = { kind: 'verify-email' };
    const before = sample(await scrape(t), 'confer_emails_sent_total', labels);
    const email = uniqueEmail('metrics');
    const res = await t.client().gql(`mutation($input: SignUpInput!) { signUp(input: $input) { ok } }`, {
      input: { email, password: GOOD_PASSWORD, displayName: 'Metric Member', timeZone: 'America/Chicago' },
    });
    expect(res.data).toEqual({ signUp: { ok: true } });
    await t.mailbox.waitFor(email, { subject: /Verify/ });
    const after = await until(
      async () => sample(await scrape(t), 'confer_emails_sent_total', labels),
      (n) => n > before,
    );
    expect(after).toBe(before + 1);
  });

  it('echoes a sane X-Request-Id and replaces one that is not', async () => {
    const kept = await request(t.baseUrl).get('/health/live').set('X-Request-Id', 'edge-1234abcd.5');
    expect(kept.headers['x-request-id']).toBe('edge-1234abcd.5');
    const replaced = await request(t.baseUrl).get('/health/live').set('X-Request-Id', 'evil\tid with spaces and "quotes"');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await t.client().gql(`{ __typename }`);
    expect(String(fresh.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('readiness when a dependency goes away', () => {
  let t: TestApp;
  let pg: CuttableProxy;
  let redis: CuttableProxy;
  let scratch: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    // A database of its own: cutting this app's connections must not strand jobs or locks the run's
    // other apps need (a job fetched just before a cut stays active until it expires).
    scratch = await scratchDatabase('health');
    const dbUrl = new URL(scratch.url);
    pg = new CuttableProxy(await freePort(), { host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
    redis = new CuttableProxy(await freePort(), { host: '127.0.0.1', port: 6379 });
    await pg.start();
    await redis.start();
    dbUrl.hostname = '127.0.0.1';
    dbUrl.port = String(pg.port);
    t = await startTestApp({
      DATABASE_URL: dbUrl.toString(),
      REDIS_URL: `redis://127.0.0.1:${redis.port}`,
      REDIS_PREFIX: `test-health-${process.pid}-${Date.now()}:`,
    });
  });
  afterAll(async () => {
    // Reconnected first, so the app closes cleanly instead of waiting on dead connections.
    await pg?.start().catch(() => undefined);
    await redis?.start().catch(() => undefined);
    // Bounded: this file checks readiness, not shutdown (tests/processes/shutdown.proc-spec.ts does);
    // a close still waiting on a connection from before the outage must not fail the file.
    const closed = await Promise.race([t ? t.close().then(() => true) : Promise.resolve(true), new Promise<boolean>((r) => setTimeout(() => r(false), 60_000).unref())]);
    if (!closed) console.warn('readiness test: the app did not finish closing within 60 s after the outages');
    await pg?.cut();
    await redis?.cut();
    await scratch?.drop();
  }, 120_000);

  const ready = () => request(t.baseUrl).get('/health/ready');

  it('fails readiness (503, per-check status) while the database is unreachable, and recovers', async () => {
    const first = await ready();
    expect(first.status).toBe(200);
    expect(first.body.checks).toMatchObject({ database: { status: 'ok' }, queue: { status: 'ok' }, redis: { status: 'ok' } });

    await pg.cut();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'fail', code: 'SERVICE_UNAVAILABLE', checks: { database: { status: 'fail' }, redis: { status: 'ok' } } });
    // Liveness does not depend on the database.
    expect((await request(t.baseUrl).get('/health/live')).status).toBe(200);

    await pg.start();
    const back = await until(ready, (r) => r.status === 200);
    expect(back.status).toBe(200);
  });

  it('fails readiness while Redis is unreachable, and recovers', async () => {
    await redis.cut();
    const down = await until(ready, (r) => r.status === 503);
    expect(down.status).toBe(503);
    expect(down.body.checks).toMatchObject({ database: { status: 'ok' }, redis: { status: 'fail' } });

    await redis.start();
    const back = await until(ready, (r) => r.status === 200);
    expect(back.body.checks.redis).toMatchObject({ status: 'ok' });
  });
});

describe('failed emails', () => {
  let t: TestApp;
  let db: TestDb;

  beforeAll(async () => {
    // Nothing listens on port 9: every send fails at once, and with no retries the failure is final.
    t = await startTestApp({ SMTP_URL: 'smtp://127.0.0.1:9', MAIL_RETRY_LIMIT: '0' });
    db = await new TestDb().connect();
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  it('counts a failed email by kind, final when no retry is left', async () => {
    const labels = { kind: 'password-reset', final: 'true' };
    const before = sample(await scrape(t), 'confer_emails_failed_total', labels);
    const user = await db.createUser();
    const res = await t.client().gql(`mutation($email: String!) { requestPasswordReset(email: $email) { ok } }`, { email: user.email });
    expect(res.data).toEqual({ requestPasswordReset: { ok: true } });
    const after = await until(
      async () => sample(await scrape(t), 'confer_emails_failed_total', labels),
      (n) => n > before,
    );
    expect(after).toBe(before + 1);
    expect(sample(await scrape(t), 'confer_emails_sent_total', { kind: 'password-reset' })).toBe(0);
  });
});
