import { Clock } from '../../../apps/api/src/core/clock/clock';
import { JobQueueService } from '../../../apps/api/src/core/jobs/job-queue.service';
import { attendee, Buyer, EQ, eventsSuite, fail, key, nextMessage, ok } from '../../utils/events-fixtures';

/** The waiting list: join when sold out, offers by email that hold the seat, accept, decline, lapse, live positions. */
describe('events waiting list', () => {
  const suite = eventsSuite();
  const HOUR = 3_600_000;

  const places = async (b: Buyer) => (await ok(b.client, EQ.myWaitlist)).myWaitlist;
  const join = async (b: Buyer, ticket: string) => (await ok(b.client, EQ.joinWaitlist, { id: ticket })).joinWaitlist;

  /** Moves the app's clock forward and lets the queued sweep job run, as it would a minute later. */
  async function later(ms: number, run: () => Promise<void>): Promise<void> {
    const clock = suite.t.app.get(Clock);
    const real = clock.now.bind(clock);
    clock.now = () => new Date(Date.now() + ms);
    try {
      await run();
    } finally {
      clock.now = real;
    }
  }

  async function sweep(): Promise<void> {
    const { db } = suite;
    const jobs = suite.t.app.get(JobQueueService);
    const id = await jobs.send('events.sweep', {});
    for (let i = 0; i < 100; i++) {
      const [row] = await db.query(`select state from pgboss.job where id = $1 union all select state from pgboss.archive where id = $1`, [id]);
      if (row?.state === 'completed') return;
      if (row?.state === 'failed') throw new Error('sweep failed');
      jobs.nudge('events.sweep');
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('sweep did not run');
  }

  it('a cancellation offers the seat to the first in line; decline and lapse pass it on; accept makes an order', async () => {
    const { w, t } = suite;
    const event = await w.event({ title: 'Residency waitlist test' });
    const ticket = await w.ticket(event.id, { capacity: 1, listPriceCents: 9500, inPerson: false });
    const [holder, first, second, third, late] = [await w.member(), await w.member(), await w.member(), await w.member(), await w.member()];

    expect((await fail(first.client, EQ.joinWaitlist, { id: ticket })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_SOLD_OUT' });
    const bought = (await ok(holder.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) })).checkout;
    await ok(holder.client, EQ.confirm, { id: bought.id });

    expect(await join(first, ticket)).toMatchObject({ status: 'WAITING', position: 1 });
    expect(await join(second, ticket)).toMatchObject({ status: 'WAITING', position: 2 });
    expect(await join(third, ticket)).toMatchObject({ status: 'WAITING', position: 3 });
    expect((await fail(first.client, EQ.joinWaitlist, { id: ticket })).extensions).toMatchObject({ reason: 'ALREADY_WAITLISTED' });

    // The second in line watches their position live.
    const socket = await w.socket(second.cookie);
    const moved = nextMessage(socket, 'events:waitlist', (m) => m.places.some((p: any) => p.ticketTypeId === ticket && p.position === 1));

    await ok(holder.client, EQ.cancel, { id: bought.id });
    const [offerMail] = await t.mailbox.waitFor(first.email, { subject: /A seat is free for Residency waitlist test/ });
    expect(offerMail.text).toContain('We keep it for you until');
    const firstPlace = (await places(first)).find((p: any) => p.ticketTypeId === ticket);
    expect(firstPlace).toMatchObject({ status: 'OFFERED', position: null });
    expect(new Date(firstPlace.offerExpiresAt).getTime() - Date.now()).toBeGreaterThan(47 * HOUR);
    expect((await moved).places.find((p: any) => p.ticketTypeId === ticket)).toMatchObject({ status: 'WAITING', position: 1 });
    // The seat is kept for the offer: nobody else can buy it meanwhile.
    expect(await w.taken(ticket)).toBe(1);
    expect((await fail(late.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) })).extensions).toMatchObject({ reason: 'SOLD_OUT' });
    // Another member cannot act on someone else's place.
    expect((await fail(second.client, EQ.declineOffer, { id: firstPlace.id })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'WAITLIST_ENTRY_NOT_FOUND' });

    // Declining passes the seat to the next person.
    await ok(first.client, EQ.declineOffer, { id: firstPlace.id });
    await t.mailbox.waitFor(second.email, { subject: /A seat is free/ });
    const secondPlace = (await places(second)).find((p: any) => p.ticketTypeId === ticket);
    expect(secondPlace.status).toBe('OFFERED');
    expect((await places(third)).find((p: any) => p.ticketTypeId === ticket)).toMatchObject({ status: 'WAITING', position: 1 });

    // Letting it lapse (48 hours later, the sweep job runs) passes it on again.
    await later(49 * HOUR, sweep);
    expect((await places(second)).find((p: any) => p.ticketTypeId === ticket).status).toBe('LAPSED');
    await t.mailbox.waitFor(third.email, { subject: /A seat is free/ });
    const thirdPlace = (await places(third)).find((p: any) => p.ticketTypeId === ticket);
    expect(thirdPlace.status).toBe('OFFERED');
    expect((await fail(second.client, EQ.acceptOffer, { input: { entryId: secondPlace.id, attendees: [attendee(0)], answers: [], idempotencyKey: key() } })).extensions).toMatchObject({
      reason: 'NO_OFFER',
    });

    // Accepting turns the held seat into an order, without taking a second seat.
    const { acceptWaitlistOffer } = await ok(third.client, EQ.acceptOffer, { input: { entryId: thirdPlace.id, attendees: [attendee(0)], answers: [], idempotencyKey: key() } });
    expect(acceptWaitlistOffer).toMatchObject({ state: 'PENDING', totalCents: 9500 });
    expect(await w.taken(ticket)).toBe(1);
    expect((await ok(third.client, EQ.confirm, { id: acceptWaitlistOffer.id })).confirmOrder.state).toBe('AWAITING_PAYMENT');
    expect((await places(third)).find((p: any) => p.ticketTypeId === ticket)).toMatchObject({ status: 'ACCEPTED', orderId: acceptWaitlistOffer.id });
  });

  it('an expired hold and a raised capacity free seats for the waiting list too', async () => {
    const { w, t } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id, { capacity: 1, listPriceCents: 9500 });
    const [holder, waiting, next] = [await w.member(), await w.member(), await w.member()];
    const staff = await w.staff();
    const held = (await ok(holder.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) })).checkout;
    await join(waiting, ticket);
    await join(next, ticket);

    // The pending order's own expiry job is queued for the end of its hold.
    const [job] = await suite.db.query(`select start_after from pgboss.job where name = 'events.expire-hold' and data->>'orderId' = $1`, [held.id]);
    expect(Math.abs(new Date(job.start_after).getTime() - new Date(held.holdExpiresAt).getTime())).toBeLessThan(1000);

    await later(16 * 60_000, sweep);
    expect((await ok(holder.client, EQ.order, { id: held.id })).order.state).toBe('EXPIRED');
    await t.mailbox.waitFor(waiting.email, { subject: /A seat is free/ });
    expect(await w.taken(ticket)).toBe(1);

    expect((await fail(holder.client, EQ.setCapacity, { id: ticket, capacity: 2 })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect((await fail(staff.client, EQ.setCapacity, { id: ticket, capacity: 0 })).extensions).toMatchObject({ reason: 'CAPACITY_BELOW_TAKEN' });
    const raised = (await ok(staff.client, EQ.setCapacity, { id: ticket, capacity: 2 })).setTicketTypeCapacity;
    expect(raised).toMatchObject({ capacity: 2, seatsLeft: 0 });
    await t.mailbox.waitFor(next.email, { subject: /A seat is free/ });
    expect((await places(next)).find((p: any) => p.ticketTypeId === ticket).status).toBe('OFFERED');
  });

  it('leaving the list moves everyone behind up', async () => {
    const { w } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id, { capacity: 0 });
    const [a, b] = [await w.member(), await w.member()];
    const placeA = await join(a, ticket);
    expect(await join(b, ticket)).toMatchObject({ position: 2 });
    await ok(a.client, EQ.leaveWaitlist, { id: placeA.id });
    expect((await places(b)).find((p: any) => p.ticketTypeId === ticket).position).toBe(1);
    expect((await places(a)).find((p: any) => p.ticketTypeId === ticket).status).toBe('LEFT');
    expect((await fail(w.visitor(), EQ.myWaitlist)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
