import { attendee, EQ, eventsSuite, fail, key, ok } from '../../utils/events-fixtures';

/** The list of bad input: each a clear code, and nothing written (the tables are compared). */
describe('events: bad input leaves nothing behind', () => {
  const suite = eventsSuite();
  const DAY = 86_400_000;

  async function refused(client: Parameters<typeof fail>[0], query: string, variables: Record<string, unknown>, expected: { code: string; reason?: string }) {
    const before = await suite.w.counts();
    const err = await fail(client, query, variables);
    expect(err.extensions).toMatchObject(expected);
    expect(err.message).not.toMatch(/select|insert|update|stack|at \w+ \(/i);
    expect(await suite.w.counts()).toEqual(before);
    return err;
  }

  it.each([
    ['quantity below 1', 0, 'INVALID_QUANTITY'],
    ['quantity above the ticket’s limit', 5, 'INVALID_QUANTITY'],
  ])('%s', async (_n, quantity, reason) => {
    const { w } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id, { maxPerOrder: 4 });
    const member = await w.member();
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(ticket, quantity) }, { code: 'BAD_USER_INPUT', reason });
    await refused(member.client, EQ.quote, { input: { ticketTypeId: ticket, quantity } }, { code: 'BAD_USER_INPUT', reason });
  });

  it('sold out, sale not started, sale closed, event not open', async () => {
    const { w } = suite;
    const member = await w.member();
    const event = await w.event();
    const full = await w.ticket(event.id, { capacity: 3, taken: 3 });
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(full, 1) }, { code: 'CONFLICT', reason: 'SOLD_OUT' });
    const early = await w.ticket(event.id, { saleStartsAt: new Date(Date.now() + DAY) });
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(early, 1) }, { code: 'CONFLICT', reason: 'SALE_NOT_STARTED' });
    const late = await w.ticket(event.id, { saleStartsAt: new Date(Date.now() - 2 * DAY), saleEndsAt: new Date(Date.now() - DAY) });
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(late, 1) }, { code: 'CONFLICT', reason: 'SALE_CLOSED' });
    const cancelled = await w.event({ status: 'cancelled' });
    const gone = await w.ticket(cancelled.id);
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(gone, 1) }, { code: 'CONFLICT', reason: 'EVENT_NOT_OPEN' });
  });

  it('a draft event’s ticket, or a made-up one, looks like nothing', async () => {
    const { w } = suite;
    const member = await w.member({ premium: true });
    const draft = await w.event({ status: 'draft' });
    const hidden = await w.ticket(draft.id);
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(hidden, 1) }, { code: 'NOT_FOUND', reason: 'TICKET_TYPE_NOT_FOUND' });
    await refused(member.client, EQ.checkout, { input: w.checkoutInput('5b0e7c1a-3d2f-4c8e-9a61-2f4d8e0b1c39', 1) }, { code: 'NOT_FOUND', reason: 'TICKET_TYPE_NOT_FOUND' });
    await refused(w.visitor(), EQ.event, { slug: draft.slug }, { code: 'NOT_FOUND', reason: 'EVENT_NOT_FOUND' });
  });

  it('a guest cannot buy a premium-only ticket; a premium member can', async () => {
    const { w } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id, { audience: 'premium' });
    await refused((await w.member()).client, EQ.checkout, { input: w.checkoutInput(ticket, 1) }, { code: 'FORBIDDEN', reason: 'PREMIUM_ONLY' });
    await ok((await w.member({ premium: true })).client, EQ.checkout, { input: w.checkoutInput(ticket, 1) });
  });

  it('promo codes: unknown, for another event, expired, used up, limited to another ticket', async () => {
    const { w } = suite;
    const member = await w.member();
    const event = await w.event();
    const other = await w.event();
    const ticket = await w.ticket(event.id);
    const otherTicket = await w.ticket(event.id, { name: 'Other ticket' });
    const cases: [string, string][] = [
      ['NOPE-' + key().slice(-6).toUpperCase(), 'PROMO_NOT_FOUND'],
      [await w.promo({ percentOff: 20, eventId: other.id }), 'PROMO_OTHER_EVENT'],
      [await w.promo({ percentOff: 20, expiresAt: new Date(Date.now() - 1000) }), 'PROMO_EXPIRED'],
      [await w.promo({ percentOff: 20, maxUses: 1 }), ''],
      [await w.promo({ percentOff: 20, ticketTypeIds: [otherTicket] }), 'PROMO_NOT_APPLICABLE'],
    ];
    // Use the single-use code once, so it is used up for the next buyer.
    await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { promoCode: cases[3][0] }) });
    cases[3][1] = 'PROMO_USED_UP';
    for (const [code, reason] of cases) {
      await refused(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { promoCode: code }) }, { code: 'BAD_USER_INPUT', reason });
    }
    // The quote explains instead of refusing, so checkout can show why.
    const { priceQuote } = await ok(member.client, EQ.quote, { input: { ticketTypeId: ticket, quantity: 1, promoCode: cases[1][0] } });
    expect(priceQuote).toMatchObject({ promoProblem: 'OTHER_EVENT', reason: 'NONE' });
  });

  it('attendees and answers: one per ticket, required questions answered, choices from the list', async () => {
    const { w } = suite;
    const member = await w.member();
    const event = await w.event({
      questions: [
        { id: 'dietary', label: 'Dietary needs', kind: 'choice', options: ['None', 'Vegetarian', 'Vegan'], required: true },
        { id: 'access', label: 'Accessibility needs', kind: 'text', required: false },
      ],
    });
    const ticket = await w.ticket(event.id);
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 2, { attendees: [attendee(0)] }) }, { code: 'BAD_USER_INPUT', reason: 'ATTENDEES_MISMATCH' });
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1) }, { code: 'BAD_USER_INPUT', reason: 'ANSWER_REQUIRED' });
    await refused(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { answers: [{ questionId: 'dietary', value: 'Pizza' }] }) }, { code: 'BAD_USER_INPUT', reason: 'INVALID_ANSWER' });
    const { checkout } = await ok(member.client, EQ.checkout, {
      input: w.checkoutInput(ticket, 2, {
        answers: [{ questionId: 'dietary', value: 'None' }],
        attendees: [attendee(0, { answers: [{ questionId: 'dietary', value: 'Vegan' }, { questionId: 'access', value: 'Step-free seat' }] }), attendee(1)],
      }),
    });
    const answers = checkout.registrations.map((r: any) => Object.fromEntries(r.answers.map((a: any) => [a.questionId, a.value])));
    expect(answers).toEqual([{ dietary: 'Vegan', access: 'Step-free seat' }, { dietary: 'None' }]);
  });

  it('malformed input is refused by validation with per-field messages', async () => {
    const { w } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id);
    const member = await w.member();
    const err = await refused(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 1, { idempotencyKey: 'x', attendees: [attendee(0, { email: 'not-an-email' })] }) }, { code: 'BAD_USER_INPUT' });
    expect(Object.keys(err.extensions?.fields ?? {})).toEqual(expect.arrayContaining(['idempotencyKey', 'attendees.0.email']));
    await refused(member.client, EQ.checkout, { input: w.checkoutInput('not-a-uuid', 1) }, { code: 'BAD_USER_INPUT' });
  });

  it('paying or confirming an expired order is refused; its seats are already back', async () => {
    const { w, db } = suite;
    const event = await w.event();
    const ticket = await w.ticket(event.id, { capacity: 5 });
    const member = await w.member();
    const staff = await w.staff();
    const { checkout } = await ok(member.client, EQ.checkout, { input: w.checkoutInput(ticket, 2) });
    // The hold ran out a minute ago (the expiry job has not run yet).
    await db.query(`update orders set hold_expires_at = now() - interval '1 minute' where id = $1`, [checkout.id]);
    expect((await fail(member.client, EQ.confirm, { id: checkout.id })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORDER_EXPIRED' });
    expect((await ok(member.client, EQ.order, { id: checkout.id })).order).toMatchObject({ state: 'EXPIRED', holdExpiresAt: null });
    expect(await w.taken(ticket)).toBe(0);
    await refused(staff.client, EQ.markPaid, { id: checkout.id }, { code: 'CONFLICT', reason: 'ORDER_EXPIRED' });
    await refused(member.client, EQ.cancel, { id: checkout.id }, { code: 'CONFLICT', reason: 'INVALID_ORDER_STATE' });
  });
});
