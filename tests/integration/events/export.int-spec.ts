import { parse } from 'csv-parse/sync';
import type { TestDb } from '../../utils/fixtures';
import { attendee, eventsSuite, EventsWorld, MADE_UP_ID } from '../../utils/events-fixtures';
import type { TestApp } from '../../utils/test-app';
import { register, self } from './registration-fixtures';

const QUESTIONS = [{ id: 'diet', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegan'], required: true }];

/** CSV of an event's registrations and orders: staff only, parsed back with csv-parse. */
describe('events CSV export', () => {
  const suite = eventsSuite();
  let t: TestApp;
  let db: TestDb;
  let w: EventsWorld;
  beforeAll(() => {
    ({ t, db, w } = suite);
  });

  const get = (cookie: string | null, path: string) => fetch(`${t.baseUrl}${path}`, { headers: cookie ? { cookie } : {} });

  it('staff download registrations (with answers and check-in) and orders (with totals and refunds); nobody else can', async () => {
    const event = await w.event({ questions: QUESTIONS });
    const ticket = await w.ticket(event.id, { listPriceCents: 79500 });
    const staff = await w.staff();
    const member = await w.member({ premium: true });
    const guest = attendee(1, { name: 'Robin "Rob" O’Neil, RN', organization: 'Mayo Clinic, Jacksonville' });
    const order = await register(w, member, ticket, { attendees: [self(member), guest], answers: [{ questionId: 'diet', value: 'Vegan' }], paid: staff });
    await db.query(`update registrations set checked_in_at = '2027-11-14T13:02:00Z' where order_id = $1 and seat_index = 0`, [order.id]);

    const res = await get(staff.cookie, `/events-export/${event.id}/registrations.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="event-.*-registrations\.csv"/);
    const rows: Record<string, string>[] = parse(await res.text(), { columns: true });
    expect(rows).toHaveLength(2);
    const rob = rows.find((r) => r.attendee_email === guest.email)!;
    expect(rob).toMatchObject({ attendee_name: 'Robin "Rob" O’Neil, RN', organization: 'Mayo Clinic, Jacksonville', 'Dietary needs': 'Vegan', status: 'confirmed', checked_in_at: '' });
    expect(rows.find((r) => r.attendee_email === member.email)!.checked_in_at).toBe('2027-11-14T13:02:00.000Z');

    const orders: Record<string, string>[] = parse(await (await get(staff.cookie, `/events-export/${event.id}/orders.csv`)).text(), { columns: true });
    expect(orders).toEqual([
      expect.objectContaining({ order_id: order.id, state: 'paid', buyer_email: member.email, subtotal_usd: '1590.00', discount_usd: '397.50', total_usd: '1192.50', discount_reason: 'premium_member', items: 'General admission x2', refund_usd: '' }),
    ]);

    expect((await get(member.cookie, `/events-export/${event.id}/registrations.csv`)).status).toBe(403);
    expect(await (await get(member.cookie, `/events-export/${event.id}/orders.csv`)).json()).toEqual({ errors: [{ message: 'Only staff can do that.', extensions: { code: 'FORBIDDEN', reason: 'NOT_STAFF' } }] });
    expect((await get(null, `/events-export/${event.id}/orders.csv`)).status).toBe(401);
    expect((await get(staff.cookie, `/events-export/${MADE_UP_ID}/orders.csv`)).status).toBe(404);
    expect((await get(staff.cookie, `/events-export/not-an-id/orders.csv`)).status).toBe(404);
  });
});
