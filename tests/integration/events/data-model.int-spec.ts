import type { TestDb } from '../../utils/fixtures';
import { eventsSuite, EventsWorld } from '../../utils/events-fixtures';

/** The database itself refuses what must never happen, whatever code writes to it. */
describe('events data model', () => {
  const suite = eventsSuite();
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ db, w } = suite);
  });

  const refused = (sql: string, params: unknown[] = []) => expect(db.query(sql, params)).rejects.toThrow(/violates/);

  it('never lets taken exceed capacity, nor go negative', async () => {
    const event = await w.event();
    const ticket = await w.ticket(event.id, { capacity: 2 });
    await db.query(`update ticket_types set taken = 2 where id = $1`, [ticket]);
    await refused(`update ticket_types set taken = 3 where id = $1`, [ticket]);
    await refused(`update ticket_types set taken = -1 where id = $1`, [ticket]);
    await refused(`update ticket_types set capacity = 1 where id = $1`, [ticket]);
    await refused(`update ticket_types set list_price_cents = -1 where id = $1`, [ticket]);
  });

  it('keeps kinds consistent: event tickets have an event, membership products have a length', async () => {
    await refused(`insert into ticket_types (kind, name, list_price_cents) values ('event', 'No event', 100)`);
    await refused(`insert into ticket_types (kind, name, list_price_cents) values ('membership', 'No months', 100)`);
  });

  it('an idempotency key is one order per buyer; totals add up', async () => {
    const buyer = await db.createUser();
    const insert = `insert into orders (buyer_id, state, subtotal_cents, discount_cents, total_cents, buyer_tier, idempotency_key, hold_expires_at) values ($1, 'pending', 100, 0, 100, 'guest', $2, now())`;
    await db.query(insert, [buyer.id, 'same-key-123']);
    await refused(insert, [buyer.id, 'same-key-123']);
    await refused(`insert into orders (buyer_id, state, subtotal_cents, discount_cents, total_cents, buyer_tier, idempotency_key, hold_expires_at) values ($1, 'pending', 100, 10, 100, 'guest', 'other-key-123', now())`, [buyer.id]);
  });

  it('promo codes are percent or amount, never both, and never used beyond their cap', async () => {
    await refused(`insert into promo_codes (code, percent_off, amount_off_cents) values ('BOTH1', 10, 1000)`);
    await refused(`insert into promo_codes (code, percent_off, max_uses, uses) values ('OVER1', 10, 1, 2)`);
  });

  it('one live waiting-list place per member and ticket type', async () => {
    const event = await w.event();
    const ticket = await w.ticket(event.id);
    const member = await db.createUser();
    const insert = `insert into waitlist_entries (event_id, ticket_type_id, user_id) values ($1, $2, $3)`;
    await db.query(insert, [event.id, ticket, member.id]);
    await refused(insert, [event.id, ticket, member.id]);
  });
});
