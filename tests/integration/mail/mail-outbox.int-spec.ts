import { TransactionRunner } from '../../../apps/api/src/core/database/transaction-runner';
import { MailService } from '../../../apps/api/src/modules/mail/mail.service';
import { MailTransport, OutgoingMail } from '../../../apps/api/src/modules/mail/mail-transport';
import { TestDb } from '../../utils/fixtures';
import { startTestApp, TestApp, uniqueEmail } from '../../utils/test-app';

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('mail outbox (pg-boss, same transaction as the change)', () => {
  let t: TestApp;
  let db: TestDb;
  let transport: MailTransport;
  let realSend: MailTransport['send'];

  beforeAll(async () => {
    t = await startTestApp({ MAIL_RETRY_DELAY_SECONDS: '1', MAIL_RETRY_LIMIT: '3' });
    db = await new TestDb().connect();
    transport = t.app.get(MailTransport);
    realSend = transport.send.bind(transport);
  });
  afterEach(() => {
    transport.send = realSend;
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  const mail = (to: string) => ({ kind: 'test', to, subject: `Hello ${to}`, text: 'Body that must not leak into logs' });

  it('writes nothing and sends nothing when the causing transaction rolls back', async () => {
    const to = uniqueEmail('rollback');
    await expect(
      t.app.get(TransactionRunner).run(async (tx) => {
        await t.app.get(MailService).enqueue(tx, mail(to));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.query(`select id from mail_messages where to_address = $1`, [to])).toHaveLength(0);
    expect(await db.query(`select id from pgboss.job where data::text like $1`, [`%${to}%`])).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await t.mailbox.for(to)).toHaveLength(0);
  });

  it('retries a failing transport with back-off and sends exactly once when it recovers', async () => {
    const to = uniqueEmail('flaky');
    let calls = 0;
    const callTimes: number[] = [];
    transport.send = async (m: OutgoingMail) => {
      if (m.to !== to) return realSend(m);
      calls += 1;
      callTimes.push(Date.now());
      if (calls <= 2) throw new Error('421 try again later');
      return realSend(m);
    };
    const id = await t.app.get(TransactionRunner).run((tx) => t.app.get(MailService).enqueue(tx, mail(to)));
    const row = await until(async () => (await db.query(`select * from mail_messages where id = $1 and status = 'sent'`, [id]))[0]);
    expect(row.attempts).toBe(3);
    expect(row.last_error).toBeNull();
    expect(calls).toBe(3);
    // Back-off: the gap before the third try is longer than before the second.
    expect(callTimes[2] - callTimes[1]).toBeGreaterThan(callTimes[1] - callTimes[0]);
    expect(await t.mailbox.for(to)).toHaveLength(1);
  });

  it('gives up after the retry limit and marks the message failed with the reason', async () => {
    const to = uniqueEmail('dead');
    transport.send = async (m: OutgoingMail) => {
      if (m.to === to) throw new Error('550 mailbox unavailable');
      return realSend(m);
    };
    const id = await t.app.get(TransactionRunner).run((tx) => t.app.get(MailService).enqueue(tx, mail(to)));
    const row = await until(async () => (await db.query(`select * from mail_messages where id = $1 and status = 'failed'`, [id]))[0], 40000);
    expect(row.attempts).toBe(4); // the first try and three retries
    expect(row.last_error).toContain('550');
    expect(await t.mailbox.for(to)).toHaveLength(0);
  });
});
