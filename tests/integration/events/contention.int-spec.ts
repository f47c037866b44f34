import { Buyer, eventsSuite, rush, seatsHeld } from '../../utils/events-fixtures';

/** No oversell, ever: 200 buyers at once for 50 seats through /graphql against real PostgreSQL. */
describe('registration contention', () => {
  const suite = eventsSuite();

  it('200 concurrent checkouts for 50 seats: exactly 50 orders, everyone else told SOLD_OUT, nothing half-written', async () => {
    const { w, db } = suite;
    const event = await w.event({ kind: 'conference' });
    const ticket = await w.ticket(event.id, { capacity: 50, listPriceCents: 129900 });
    const buyers: Buyer[] = [];
    for (let i = 0; i < 20; i++) buyers.push(await w.member());

    const result = await rush(w, ticket, buyers, 200);

    expect(result.other).toEqual([]);
    expect(result.orders).toBe(50);
    expect(result.soldOut).toBe(150);
    expect(await w.taken(ticket)).toBe(50);
    expect(await seatsHeld(db, ticket)).toBe(50);
    const [rows] = await db.query(
      `select (select count(*)::int from orders o join order_lines l on l.order_id = o.id where l.ticket_type_id = $1) as orders,
              (select count(*)::int from registrations where ticket_type_id = $1) as registrations`,
      [ticket],
    );
    // Refused checkouts left no order, line or registration behind.
    expect(rows).toEqual({ orders: 50, registrations: 50 });
  });
});
