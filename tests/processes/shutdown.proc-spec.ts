import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiProcess, ensureApiBuilt, freePort, startApiProcess, stopAll } from '../utils/api-process';
import { EQ } from '../utils/events-fixtures';
import type { TestDb } from '../utils/fixtures';
import { eventually, ownDatabase, OwnDatabase, processWorld, sleep, testDbAt } from '../utils/process-world';
import { SmtpSink } from '../utils/smtp-sink';

/** SIGTERM: stop accepting, finish what is in flight (requests, jobs), close everything, exit 0. */
describe('graceful shutdown', () => {
  const procs: ApiProcess[] = [];
  let sink: SmtpSink;
  let own: OwnDatabase;
  let db: TestDb;
  let embeddedDir: string | null = null;

  beforeAll(async () => {
    ensureApiBuilt();
    sink = await new SmtpSink().start();
    own = await ownDatabase('shutdown');
  });

  afterAll(async () => {
    await stopAll(procs);
    await db?.close().catch(() => undefined);
    await sink?.stop();
    await own?.drop();
    // A failed embedded run must not leave its postmaster behind.
    const pidFile = embeddedDir && join(embeddedDir, 'pg', 'postmaster.pid');
    if (pidFile && existsSync(pidFile)) {
      try {
        process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  });

  const refused = async (url: string) => {
    try {
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' });
      return false;
    } catch (e) {
      return ((e as { cause?: { code?: string } }).cause?.code ?? '') === 'ECONNREFUSED';
    }
  };

  it('lets a slow request and an email in flight finish, refuses new connections, and exits 0', async () => {
    const api = await startApiProcess({ name: 'shutdown', env: { DATABASE_URL: own.url, SMTP_URL: sink.url, SHUTDOWN_DRAIN_SECONDS: '20' } });
    procs.push(api);
    db = await testDbAt(own.url);
    const w = processWorld(() => api, db);
    const member = await w.member();
    const event = await w.event();
    const free = await w.ticket(event.id, { listPriceCents: 0, capacity: 10 });
    const paid = await w.ticket(event.id, { listPriceCents: 5000, capacity: 10 });

    // A job in flight: a confirmation email whose mail server answers slowly.
    sink.delayMs = 4000;
    const freeInput = w.checkoutInput(free, 1);
    const freeOrder = await member.client.gql(EQ.checkout, { input: freeInput });
    expect(freeOrder.data?.checkout.state).toBe('PAID');
    await eventually('the email to be on its way', () => sink.holding === 1, 20_000, 50);

    // A request in flight: a checkout waiting on the ticket row, which the test holds locked.
    const locker = await testDbAt(own.url);
    await locker.query('begin');
    await locker.query('select id from ticket_types where id = $1 for update', [paid]);
    const slow = member.client.gql(EQ.checkout, { input: w.checkoutInput(paid, 1) });
    await eventually(
      'the checkout to wait on the lock',
      async () => (await db.query(`select 1 from pg_stat_activity where application_name = 'confer' and wait_event_type = 'Lock'`)).length > 0,
      10_000,
      50,
    );

    api.kill('SIGTERM');
    await eventually('new connections to be refused', () => refused(api.baseUrl), 5_000, 50);
    await sleep(500);
    await locker.query('commit');
    await locker.close();

    const answered = await slow;
    expect(answered.status).toBe(200);
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.checkout).toMatchObject({ state: 'PENDING' });
    expect(await api.exited(60_000)).toBe(0);

    // The email in flight was delivered once and recorded as sent; no job was left active.
    expect(sink.countFor(freeInput.attendees[0].email)).toBe(1);
    expect(await db.query(`select status from mail_messages`)).toEqual([{ status: 'sent' }]);
    expect((await db.query(`select count(*)::int as n from pgboss.job where state = 'active'`))[0].n).toBe(0);
    const logs = api.logs();
    expect(logs).toContain('stopped cleanly');
    expect(logs).not.toMatch(/terminating connection|queue error|Connection terminated/i);
  });

  it('with the embedded PostgreSQL: stops it cleanly and leaves no postmaster behind', async () => {
    embeddedDir = mkdtempSync(join(tmpdir(), 'confer-shutdown-'));
    const api = await startApiProcess({
      name: 'shutdown-embedded',
      env: { DATABASE_URL: '', DATA_DIR: embeddedDir, EMBEDDED_PG_PORT: String(await freePort()), SHUTDOWN_DRAIN_SECONDS: '10' },
      readyTimeoutMs: 120_000,
    });
    procs.push(api);
    const pidFile = join(embeddedDir, 'pg', 'postmaster.pid');
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    expect(() => process.kill(postmaster, 0)).not.toThrow();
    const res = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
      body: '{"query":"{ events { id } }"}',
    });
    expect(res.status).toBe(200);

    api.kill('SIGTERM');
    expect(await api.exited(60_000)).toBe(0);
    expect(() => process.kill(postmaster, 0)).toThrow();
    expect(existsSync(pidFile)).toBe(false);
    const logs = api.logs();
    expect(logs).toContain('stopped cleanly');
    expect(logs).not.toMatch(/terminating connection|queue error|Connection terminated/i);
  });
});
