import { Buyer, eventsSuite, rush, seatsHeld } from '../../utils/events-fixtures';

/**
 * The control run for contention.int-spec: the same rush with the seat guard switched off
 * (EVENTS_UNGUARDED_SEATS, a test-only read-then-write path). It must oversell, which proves the
 * contention test really exercises the race it says it guards against.
 */
describe('registration contention, control run without the guard', () => {
  const suite = eventsSuite({ EVENTS_UNGUARDED_SEATS: 'true' });

  it('without the guard the same rush sells more seats than exist', async () => {
    const { w, db } = suite;
    const event = await w.event({ kind: 'conference' });
    const ticket = await w.ticket(event.id, { capacity: 50, listPriceCents: 129900 });
    const buyers: Buyer[] = [];
    for (let i = 0; i < 20; i++) buyers.push(await w.member());

    const result = await rush(w, ticket, buyers, 200);

    expect(result.other).toEqual([]);
    expect(result.orders).toBeGreaterThan(50);
    // The counter lost updates: it says fewer seats are taken than orders hold.
    expect(await seatsHeld(db, ticket)).toBe(result.orders);
    expect(await w.taken(ticket)).toBeLessThan(result.orders);
  });
});
