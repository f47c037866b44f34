import { randomBytes } from 'node:crypto';
import { ApiProcess, ensureApiBuilt, startApiProcess, stopAll } from '../utils/api-process';
import { Buyer, EQ, EventsWorld } from '../utils/events-fixtures';
import type { TestDb } from '../utils/fixtures';
import { ForumWorld, ok } from '../utils/forum-fixtures';
import { NQ } from '../utils/notification-fixtures';
import { eventually, ownDatabase, OwnDatabase, processApp, processWorld, sleep, testDbAt } from '../utils/process-world';
import { SmtpSink } from '../utils/smtp-sink';

/**
 * `kill -9` of the API in the middle of work, then a restart: the database's guarantees (one
 * transaction per checkout, the outbox row and its job committed with the change) must leave no seat
 * lost or sold twice, holds that still run out, and every email sent exactly once.
 */
describe('crash safety (kill -9 and restart)', () => {
  const procs: ApiProcess[] = [];
  let api: ApiProcess;
  let sink: SmtpSink;
  let own: OwnDatabase;
  let db: TestDb;
  let env: Record<string, string>;

  beforeAll(async () => {
    ensureApiBuilt();
    sink = await new SmtpSink().start();
    own = await ownDatabase('crash');
    env = {
      DATABASE_URL: own.url,
      REDIS_URL: '',
      // One secret across restarts, so the buyers' session cookies stay valid.
      SESSION_SECRET: randomBytes(32).toString('hex'),
      SMTP_URL: sink.url,
      EVENT_HOLD_MINUTES: '1',
      NOTIFY_EMAIL_DELAY_SECONDS: '0',
      JOB_POLL_SECONDS: '0.5',
      // A job the killed process had in hand is retried this soon after the restart.
      JOB_EXPIRE_SECONDS: '8',
      JOB_MAINTENANCE_SECONDS: '2',
      MAIL_RETRY_DELAY_SECONDS: '2',
    };
    api = await startApiProcess({ name: 'crash-1', env });
    procs.push(api);
    db = await testDbAt(own.url);
  });

  afterAll(async () => {
    await stopAll(procs);
    await db?.close();
    await sink?.stop();
    await own?.drop();
  });

  async function crash(): Promise<void> {
    api.kill('SIGKILL');
    expect(await api.exited(10_000)).toBe('SIGKILL');
  }

  /** The same build on the same port: the clients' cookies still name live sessions. */
  async function restart(name: string): Promise<void> {
    api = await startApiProcess({ name, env, port: api.port });
    procs.push(api);
  }

  const mailsQueued = async () => (await db.query<{ n: number }>(`select count(*)::int as n from mail_messages where status <> 'sent'`))[0].n;

  /** Seats the counter says are taken, against the seats of live orders counted from the rows. */
  async function seatBook(ticket: string) {
    const [row] = await db.query(
      `select t.capacity, t.taken,
              (select coalesce(sum(l.quantity), 0)::int from order_lines l join orders o on o.id = l.order_id
                where l.ticket_type_id = t.id and o.state in ('pending', 'awaiting_payment', 'paid')) as live,
              (select count(*)::int from registrations r where r.ticket_type_id = t.id and r.status in ('held', 'confirmed')) as seats,
              (select count(*)::int from orders o join order_lines l on l.order_id = o.id where l.ticket_type_id = t.id and o.state = 'pending') as pending
         from ticket_types t where t.id = $1`,
      [ticket],
    );
    return row as { capacity: number; taken: number; live: number; seats: number; pending: number };
  }

  it('a checkout rush: no seat lost or sold twice, holds still expire, each confirmation emailed once', async () => {
    const w: EventsWorld = processWorld(() => api, db);
    const event = await w.event({ title: 'Crash-day conference' });
    const ticket = await w.ticket(event.id, { listPriceCents: 5000, capacity: 40, maxPerOrder: 2 });
    const buyers: Buyer[] = [];
    for (let i = 0; i < 16; i += 1) buyers.push(await w.member());

    // Each buyer buys one or two seats again and again; about a third of the orders stay pending (their hold must run out).
    sink.delayMs = 250;
    const stats = { orders: 0, confirmed: 0, soldOut: 0, cut: 0, other: [] as unknown[] };
    let loading = true;
    const loops = buyers.map(async (b, i) => {
      while (loading) {
        try {
          const res = await b.client.gql(EQ.checkout, { input: w.checkoutInput(ticket, 1 + (i % 2)) });
          if (res.data?.checkout) {
            stats.orders += 1;
            if (Math.random() < 0.65) {
              const c = await b.client.gql(EQ.confirm, { id: res.data.checkout.id });
              if (c.data?.confirmOrder?.state === 'AWAITING_PAYMENT') stats.confirmed += 1;
              else if (c.status >= 500 || c.errors) stats.other.push(c.errors ?? c.status);
            }
          } else if (res.errors?.[0]?.extensions?.reason === 'SOLD_OUT') {
            stats.soldOut += 1;
            await sleep(100);
          } else stats.other.push(res.errors ?? res.status);
        } catch {
          stats.cut += 1; // the process is gone
          await sleep(50);
        }
      }
    });
    // Killed while confirmations are still queued and one is on its way to the mail server.
    await eventually('confirmations under way', () => stats.confirmed >= 6 && sink.holding === 1, 60_000, 10);
    await crash();
    loading = false;
    await Promise.all(loops);
    expect(stats.other).toEqual([]);

    const atCrash = await seatBook(ticket);
    expect(atCrash.taken).toBe(atCrash.live);
    expect(atCrash.seats).toBe(atCrash.live);
    expect(atCrash.taken).toBeLessThanOrEqual(atCrash.capacity);
    expect(atCrash.pending).toBeGreaterThan(0);
    expect(await mailsQueued()).toBeGreaterThan(0);
    await restart('crash-2');

    // The holds run out after the restart (their jobs, or the minute's sweep) and give the seats back.
    await eventually('every hold to run out', async () => (await seatBook(ticket)).pending === 0, 150_000, 1000);
    const after = await seatBook(ticket);
    expect(after.taken).toBe(after.live);
    expect(after.seats).toBe(after.live);
    expect(after.taken).toBeLessThan(atCrash.taken);
    const [{ n: expiredSeats }] = await db.query(`select count(*)::int as n from registrations where ticket_type_id = $1 and status = 'expired'`, [ticket]);
    expect(expiredSeats).toBe(atCrash.taken - after.taken);

    // The returned seats sell again, and the new buyer is emailed too.
    const late = buyers[0];
    const input = w.checkoutInput(ticket, 1);
    const { checkout } = await ok(late.client, EQ.checkout, { input });
    expect((await ok(late.client, EQ.confirm, { id: checkout.id })).confirmOrder.state).toBe('AWAITING_PAYMENT');
    expect((await seatBook(ticket)).taken).toBe(after.taken + 1);

    // Every confirmed seat's attendee got exactly one confirmation; nobody whose hold ran out got one.
    await eventually('the outbox to drain', async () => (await mailsQueued()) === 0, 120_000, 500);
    const regs = await db.query<{ attendee_email: string; status: string }>(`select attendee_email, status from registrations where ticket_type_id = $1`, [ticket]);
    const confirmed = regs.filter((r) => r.status === 'confirmed');
    expect(confirmed.length).toBe(after.taken + 1);
    const counts = sink.countsByRecipient();
    expect(confirmed.filter((r) => counts.get(r.attendee_email.toLowerCase()) !== 1)).toEqual([]);
    expect(regs.filter((r) => r.status === 'expired' && counts.has(r.attendee_email.toLowerCase()))).toEqual([]);
  });

  it("a post's notification emails queued at the crash: each watcher gets exactly one after the restart", async () => {
    const fw = new ForumWorld(processApp(() => api.baseUrl), db);
    const category = await fw.category({ audience: 'premium', name: 'Crash-day board' });
    const author = await fw.premiumMember('Author');
    const watchers = [];
    for (let i = 0; i < 8; i += 1) {
      const m = await fw.premiumMember('Watcher');
      await ok(m.client, NQ.setWatch, { input: { categoryId: category.id, level: 'WATCHING' } });
      watchers.push(m);
    }
    const before = sink.messages.length;
    sink.delayMs = 400;
    await fw.thread(author, category.id, { title: 'Hospital pages on launch day', body: 'Who is posting the schedule this year?' });

    // Killed with one email on its way and the others still queued.
    await eventually('the first notification email under way', () => sink.holding === 1, 30_000, 10);
    await crash();
    expect(await mailsQueued()).toBeGreaterThan(1);
    await restart('crash-3');

    await eventually('the outbox to drain', async () => (await mailsQueued()) === 0, 120_000, 500);
    const counts = sink.countsByRecipient();
    expect(watchers.map((m) => counts.get(m.email.toLowerCase()) ?? 0)).toEqual(watchers.map(() => 1));
    expect(counts.get(author.email.toLowerCase()) ?? 0).toBe(0);
    expect(sink.messages.length - before).toBe(watchers.length);
  });
});
