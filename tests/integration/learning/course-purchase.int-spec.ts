import type { TestDb } from '../../utils/fixtures';
import { Buyer, EQ, eventsSuite, EventsWorld, fail, key, MADE_UP_ID, ok } from '../../utils/events-fixtures';
import { createCourse, L, TestCourse } from './course-fixtures';

const PRODUCT = `query($slug: String!) { courseProduct(courseSlug: $slug) { id kind name listPriceCents includedInPremium maxPerOrder onSale } }`;

/** The certificate course bought on its own through the events checkout: granted when paid, revoked on refund. */
describe('buying the certificate course', () => {
  const suite = eventsSuite();
  let db: TestDb;
  let w: EventsWorld;
  let course: TestCourse;
  let product: string;
  let staff: Buyer;

  beforeAll(async () => {
    ({ db, w } = suite);
    course = await createCourse(db, { modules: 1, questions: 2 });
    const [row] = await db.query<{ id: string }>(
      `insert into ticket_types (kind, course_id, name, list_price_cents, included_in_premium, max_per_order) values ('course', $1, 'Social for Healthcare Certificate', 25000, true, 1) returning id`,
      [course.id],
    );
    product = row.id;
    staff = await w.staff();
  });

  const access = async (b: Buyer) => (await ok(b.client, L.course, { slug: course.slug })).course.access;
  const buy = (b: Buyer, over: Record<string, unknown> = {}) => ({ input: { ticketTypeId: product, quantity: 1, attendees: [], answers: [], idempotencyKey: key(), ...over } });
  const activeGrants = (userId: string) => db.query<{ source: string; reference: string }>(`select source, reference from course_access_grants where user_id = $1 and course_id = $2 and revoked_at is null`, [userId, course.id]);

  it('the course page finds its product; a course with none for sale answers null', async () => {
    expect((await ok(w.visitor(), PRODUCT, { slug: course.slug })).courseProduct).toEqual({
      id: product,
      kind: 'COURSE',
      name: 'Social for Healthcare Certificate',
      listPriceCents: 25000,
      includedInPremium: true,
      maxPerOrder: 1,
      onSale: true,
    });
    const other = await createCourse(db, { modules: 1, questions: 1 });
    expect((await ok(w.visitor(), PRODUCT, { slug: other.slug })).courseProduct).toBeNull();
  });

  it('$250 on invoice: no access until staff mark it paid, then the course opens; a refund closes it again', async () => {
    const buyer = await w.member();
    expect(await access(buyer)).toMatchObject({ canStudy: false, missing: 'MEMBERSHIP_OR_PURCHASE' });
    const { priceQuote } = await ok(buyer.client, EQ.quote, { input: { ticketTypeId: product, quantity: 1 } });
    expect(priceQuote).toMatchObject({ buyerTier: 'guest', totalCents: 25000, reason: 'NONE' });

    const { checkout } = await ok(buyer.client, EQ.checkout, buy(buyer));
    expect(checkout).toMatchObject({ state: 'PENDING', totalCents: 25000, registrations: [] });
    const { confirmOrder } = await ok(buyer.client, EQ.confirm, { id: checkout.id });
    expect(confirmOrder).toMatchObject({ state: 'AWAITING_PAYMENT', paymentProvider: 'invoice' });
    expect(confirmOrder.invoiceNumber).toMatch(/^INV-\d{4}-\d+$/);
    // An unpaid invoice opens nothing.
    expect(await access(buyer)).toMatchObject({ canStudy: false });
    expect(await activeGrants(buyer.id)).toHaveLength(0);

    expect((await fail(buyer.client, EQ.markPaid, { id: checkout.id })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    expect((await ok(staff.client, EQ.markPaid, { id: checkout.id, reference: 'Wire 250' })).markOrderPaid).toMatchObject({ state: 'PAID' });
    expect(await access(buyer)).toMatchObject({ canStudy: true, via: 'PURCHASE' });
    expect(await activeGrants(buyer.id)).toEqual([{ source: 'purchase', reference: checkout.id }]);
    const { courseModule } = await ok(buyer.client, L.module, { course: course.slug, slug: course.modules[0].slug });
    expect(courseModule.contentHtml).toContain('Secret content of module 1');

    // Bought once is enough: a second purchase is refused before any order is written.
    expect((await fail(buyer.client, EQ.checkout, buy(buyer))).extensions).toMatchObject({ code: 'CONFLICT', reason: 'COURSE_ALREADY_OPEN' });
    expect(await db.query(`select 1 from orders where buyer_id = $1`, [buyer.id])).toHaveLength(1);

    // A paid course is refunded by staff only; the refund ends access (the grant is revoked, not deleted).
    expect((await fail(buyer.client, EQ.cancel, { id: checkout.id })).extensions).toMatchObject({ reason: 'CANCELLATION_CLOSED' });
    expect((await ok(staff.client, EQ.cancel, { id: checkout.id, reason: 'Refund requested' })).cancelOrder).toMatchObject({ state: 'REFUNDED', refundCents: 25000 });
    expect(await access(buyer)).toMatchObject({ canStudy: false, missing: 'MEMBERSHIP_OR_PURCHASE' });
    expect(await activeGrants(buyer.id)).toHaveLength(0);
    expect(await db.query(`select 1 from course_access_grants where user_id = $1 and reference = $2 and revoked_at is not null`, [buyer.id, checkout.id])).toHaveLength(1);
    expect((await fail(buyer.client, L.module, { course: course.slug, slug: course.modules[0].slug })).extensions).toMatchObject({ reason: 'COURSE_ACCESS_REQUIRED' });
  });

  it('an unpaid invoice dropped by the buyer never opened the course', async () => {
    const buyer = await w.member();
    const { checkout } = await ok(buyer.client, EQ.checkout, buy(buyer));
    await ok(buyer.client, EQ.confirm, { id: checkout.id });
    expect((await ok(buyer.client, EQ.cancel, { id: checkout.id })).cancelOrder).toMatchObject({ state: 'CANCELLED', refundCents: null });
    expect((await fail(staff.client, EQ.markPaid, { id: checkout.id })).extensions).toMatchObject({ reason: 'INVALID_ORDER_STATE' });
    expect(await db.query(`select 1 from course_access_grants where user_id = $1`, [buyer.id])).toHaveLength(0);
  });

  it('premium members and Residency registrants already have the course: they are never charged $250', async () => {
    const premium = await w.member({ premium: true });
    const resident = await w.member();
    await db.query(`insert into course_access_grants (course_id, user_id, source, reference) values ($1, $2, 'residency', $3)`, [course.id, resident.id, MADE_UP_ID]);
    for (const b of [premium, resident]) {
      expect(await access(b)).toMatchObject({ canStudy: true });
      expect((await fail(b.client, EQ.quote, { input: { ticketTypeId: product, quantity: 1 } })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'COURSE_ALREADY_OPEN' });
      expect((await fail(b.client, EQ.checkout, buy(b))).extensions).toMatchObject({ code: 'CONFLICT', reason: 'COURSE_ALREADY_OPEN' });
    }
    const orders = await db.query(`select 1 from orders where buyer_id = any($1)`, [[premium.id, resident.id]]);
    expect(orders).toHaveLength(0);
  });

  it('bad input is refused with a reason and writes nothing', async () => {
    const buyer = await w.member();
    expect((await fail(w.visitor(), EQ.checkout, buy(buyer))).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await fail(buyer.client, EQ.checkout, buy(buyer, { quantity: 2 }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_QUANTITY' });
    expect((await fail(buyer.client, EQ.quote, { input: { ticketTypeId: product, quantity: 0 } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const someone = { name: 'A Colleague', email: 'colleague@confer.test', credentials: null, organization: null, answers: [] };
    expect((await fail(buyer.client, EQ.checkout, buy(buyer, { attendees: [someone] }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ATTENDEES_MISMATCH' });
    expect((await fail(buyer.client, EQ.checkout, buy(buyer, { ticketTypeId: MADE_UP_ID }))).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'TICKET_TYPE_NOT_FOUND' });
    expect((await fail(buyer.client, EQ.checkout, buy(buyer, { ticketTypeId: 'not-an-id' }))).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(buyer.client, EQ.checkout, buy(buyer, { idempotencyKey: '' }))).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await db.query(`select 1 from orders where buyer_id = $1`, [buyer.id])).toHaveLength(0);
    expect((await ok(w.visitor(), PRODUCT, { slug: 'x'.repeat(5000) })).courseProduct).toBeNull();
  });

  it('the database refuses a course product without a course, and a second active product for the same course', async () => {
    await expect(db.query(`insert into ticket_types (kind, name, list_price_cents) values ('course', 'No course', 25000)`)).rejects.toThrow(/ticket_types_course/);
    await expect(db.query(`insert into ticket_types (kind, course_id, name, list_price_cents) values ('course', $1, 'Twice', 25000)`, [course.id])).rejects.toThrow(/ticket_types_one_course_product/);
    await expect(db.query(`insert into ticket_types (kind, course_id, event_id, name, list_price_cents) values ('event', $1, null, 'Mixed', 25000)`, [course.id])).rejects.toThrow(/ticket_types_/);
  });
});
