import { io, Socket } from 'socket.io-client';
import { logInWithCookie, TestDb } from './fixtures';
import { fail, ok, rnd, sleep } from './forum-fixtures';
import type { GqlError } from './forum-fixtures';
import { startTestApp, TestApp, TestClient, uniqueEmail } from './test-app';

/**
 * Events fixtures: events, sessions, ticket types, bundles and promo codes arranged in SQL (staff
 * tools come later); buying, waiting and watching go through /graphql and socket.io like a browser.
 */

export { fail, ok, rnd, sleep };
export type { GqlError };

export const MADE_UP_ID = '5b0e7c1a-3d2f-4c8e-9a61-2f4d8e0b1c39';

export interface Buyer {
  id: string;
  email: string;
  displayName: string;
  client: TestClient;
  cookie: string;
}

export interface EventOptions {
  kind?: 'conference' | 'residency' | 'webinar' | 'other';
  status?: 'draft' | 'published' | 'cancelled';
  title?: string;
  timeZone?: string;
  startsAt?: Date;
  endsAt?: Date;
  cancellationDeadline?: Date | null;
  questions?: unknown[];
  joinUrl?: string | null;
}

export interface TicketOptions {
  name?: string;
  listPriceCents?: number;
  capacity?: number | null;
  taken?: number;
  audience?: 'anyone' | 'premium';
  inPerson?: boolean;
  includedInPremium?: boolean;
  maxPerOrder?: number;
  saleStartsAt?: Date | null;
  saleEndsAt?: Date | null;
}

export const ORDER = `id state subtotalCents discountCents totalCents discountReason explanation holdExpiresAt invoiceNumber paymentProvider
  confirmedAt paidAt cancelledAt refundedAt refundCents
  lines { ticketTypeId quantity unitListCents unitDiscountCents lineTotalCents }
  registrations { id eventId ticketTypeId attendeeName attendeeEmail attendeeCredentials attendeeOrganization answers { questionId value } status }`;

export const QUOTE = `ticketTypeId quantity buyerTier unitListCents unitDiscountCents unitTotalCents listPriceCents discountCents totalCents reason explanation promoCode promoProblem`;

export const EQ = {
  events: `query($kind: EventKind) { events(kind: $kind) { id slug kind title status timeZone startsAt endsAt } }`,
  event: `query($slug: String!) { event(slug: $slug) { id slug kind title status timeZone startsAt endsAt venueName joinUrl recordingUrl
    questions { id label kind options required }
    ticketTypes { id kind name listPriceCents capacity seatsLeft soldOut onSale audience inPerson includedInPremium maxPerOrder bundleEventIds } } }`,
  agenda: `query($slug: String!) { event(slug: $slug) { id timeZone agenda { date tracks { name sessions { id type title track room startsAt endsAt venueStart venueEnd speakers { userId displayName credentials } } } } } }`,
  quote: `query($input: PriceQuoteInput!) { priceQuote(input: $input) { ${QUOTE} } }`,
  checkout: `mutation($input: CheckoutInput!) { checkout(input: $input) { ${ORDER} } }`,
  confirm: `mutation($id: ID!) { confirmOrder(orderId: $id) { ${ORDER} } }`,
  cancel: `mutation($id: ID!, $reason: String) { cancelOrder(orderId: $id, reason: $reason) { ${ORDER} } }`,
  markPaid: `mutation($id: ID!, $reference: String) { markOrderPaid(orderId: $id, reference: $reference) { ${ORDER} } }`,
  order: `query($id: ID!) { order(id: $id) { ${ORDER} } }`,
  myOrders: `{ myOrders { ${ORDER} } }`,
  joinWaitlist: `mutation($id: ID!) { joinWaitlist(ticketTypeId: $id) { id status position ticketTypeId eventId offerExpiresAt } }`,
  myWaitlist: `{ myWaitlist { id status position ticketTypeId eventId offerExpiresAt orderId } }`,
  leaveWaitlist: `mutation($id: ID!) { leaveWaitlist(entryId: $id) { ok } }`,
  acceptOffer: `mutation($input: AcceptWaitlistOfferInput!) { acceptWaitlistOffer(input: $input) { ${ORDER} } }`,
  declineOffer: `mutation($id: ID!) { declineWaitlistOffer(entryId: $id) { ok } }`,
  setCapacity: `mutation($id: ID!, $capacity: Int!) { setTicketTypeCapacity(ticketTypeId: $id, capacity: $capacity) { id capacity seatsLeft } }`,
};

export function attendee(n = 0, over: Record<string, unknown> = {}) {
  return { name: `Attendee ${n} ${rnd()}`, email: uniqueEmail('attendee'), credentials: 'RN', organization: 'Mercy Health', ...over };
}

export const key = () => `checkout-${rnd()}-${rnd()}-${Date.now().toString(36)}`;

const DAY = 86_400_000;

export class EventsWorld {
  readonly sockets: Socket[] = [];

  constructor(
    readonly t: TestApp,
    readonly db: TestDb,
  ) {}

  visitor(): TestClient {
    return this.t.client();
  }

  async member(opts: { premium?: boolean; roles?: string[]; displayName?: string } = {}): Promise<Buyer> {
    const displayName = opts.displayName ?? `Buyer ${rnd()}`;
    const user = await this.db.createUser({ displayName, roles: opts.roles ?? ['member'], email: uniqueEmail('events') });
    if (opts.premium) {
      await this.db.query(`insert into premium_grants (user_id, starts_at, ends_at, source) values ($1, now() - interval '1 day', now() + interval '30 days', 'staff')`, [user.id]);
    }
    const client = this.t.client();
    const cookie = await logInWithCookie(client, user.email);
    return { ...user, displayName, client, cookie };
  }

  staff(): Promise<Buyer> {
    return this.member({ roles: ['member', 'staff'], displayName: `Staff ${rnd()}` });
  }

  async event(opts: EventOptions = {}): Promise<{ id: string; slug: string }> {
    const startsAt = opts.startsAt ?? new Date(Date.now() + 60 * DAY);
    const slug = `event-${Date.now().toString(36)}-${rnd()}`;
    const [row] = await this.db.query<{ id: string }>(
      `insert into events (slug, kind, title, time_zone, starts_at, ends_at, status, cancellation_deadline, questions, join_url, venue_name)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'Jacksonville campus') returning id`,
      [
        slug,
        opts.kind ?? 'conference',
        opts.title ?? `Event ${rnd()}`,
        opts.timeZone ?? 'America/New_York',
        startsAt,
        opts.endsAt ?? new Date(startsAt.getTime() + DAY),
        opts.status ?? 'published',
        opts.cancellationDeadline === undefined ? new Date(startsAt.getTime() - 7 * DAY) : opts.cancellationDeadline,
        JSON.stringify(opts.questions ?? []),
        opts.joinUrl ?? null,
      ],
    );
    return { id: row.id, slug };
  }

  async ticket(eventId: string, opts: TicketOptions = {}): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      `insert into ticket_types (kind, event_id, name, list_price_cents, capacity, taken, audience, in_person, included_in_premium, max_per_order, sale_starts_at, sale_ends_at)
       values ('event', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
      [
        eventId,
        opts.name ?? 'General admission',
        opts.listPriceCents ?? 79500,
        opts.capacity === undefined ? 100 : opts.capacity,
        opts.taken ?? 0,
        opts.audience ?? 'anyone',
        opts.inPerson ?? true,
        opts.includedInPremium ?? false,
        opts.maxPerOrder ?? 10,
        opts.saleStartsAt ?? null,
        opts.saleEndsAt ?? null,
      ],
    );
    return row.id;
  }

  async bundle(componentIds: string[], opts: TicketOptions = {}): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      `insert into ticket_types (kind, name, list_price_cents, capacity, in_person, max_per_order) values ('bundle', $1, $2, $3, true, $4) returning id`,
      [opts.name ?? 'Residency + Conference', opts.listPriceCents ?? 179500, opts.capacity === undefined ? null : opts.capacity, opts.maxPerOrder ?? 10],
    );
    for (const id of componentIds) await this.db.query(`insert into bundle_items (bundle_id, ticket_type_id) values ($1, $2)`, [row.id, id]);
    return row.id;
  }

  async membershipProduct(priceCents = 49900, months = 12): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      `insert into ticket_types (kind, name, list_price_cents, capacity, membership_months, max_per_order) values ('membership', 'Premium Individual membership', $1, null, $2, 1) returning id`,
      [priceCents, months],
    );
    return row.id;
  }

  async promo(opts: { code?: string; percentOff?: number; amountOffCents?: number; maxUses?: number; expiresAt?: Date; eventId?: string; ticketTypeIds?: string[] }): Promise<string> {
    const code = opts.code ?? `SAVE${rnd().toUpperCase()}`;
    const [row] = await this.db.query<{ id: string }>(
      `insert into promo_codes (code, percent_off, amount_off_cents, max_uses, expires_at, event_id) values ($1, $2, $3, $4, $5, $6) returning id`,
      [code, opts.percentOff ?? null, opts.amountOffCents ?? null, opts.maxUses ?? null, opts.expiresAt ?? null, opts.eventId ?? null],
    );
    for (const id of opts.ticketTypeIds ?? []) await this.db.query(`insert into promo_code_ticket_types (promo_code_id, ticket_type_id) values ($1, $2)`, [row.id, id]);
    return code;
  }

  async taken(ticketTypeId: string): Promise<number> {
    return (await this.db.query<{ taken: number }>(`select taken from ticket_types where id = $1`, [ticketTypeId]))[0].taken;
  }

  /** Rows that show what a checkout wrote: compare before and after a failed call. */
  async counts(): Promise<Record<string, number>> {
    const [row] = await this.db.query(
      `select (select count(*)::int from orders) as orders, (select count(*)::int from order_lines) as lines,
              (select count(*)::int from registrations) as registrations, (select coalesce(sum(taken),0)::int from ticket_types) as taken,
              (select coalesce(sum(uses),0)::int from promo_codes) as promo_uses, (select count(*)::int from waitlist_entries) as waitlist,
              (select count(*)::int from premium_grants where source = 'purchase') as purchased_grants`,
    );
    return row;
  }

  checkoutInput(ticketTypeId: string, quantity = 1, over: Record<string, unknown> = {}) {
    return { ticketTypeId, quantity, attendees: Array.from({ length: quantity }, (_, i) => attendee(i)), answers: [], idempotencyKey: key(), ...over };
  }

  async socket(cookie?: string): Promise<Socket> {
    const s = io(this.t.baseUrl, { path: '/socket.io', transports: ['websocket'], extraHeaders: cookie ? { cookie } : {}, forceNew: true });
    this.sockets.push(s);
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
    return s;
  }

  disconnectAll(): void {
    for (const s of this.sockets.splice(0)) s.disconnect();
  }
}

/** Resolves with the next payload of `event` on `socket` that matches, or rejects after `ms`. */
export function nextMessage<T = any>(socket: Socket, event: string, match: (m: T) => boolean = () => true, ms = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const handler = (m: T) => {
      if (!match(m)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(m);
    };
    socket.on(event, handler);
  });
}

export interface EventsSuite {
  t: TestApp;
  db: TestDb;
  w: EventsWorld;
}

/** Boots the app once for a spec file (with extra settings, if any) and closes everything after it. */
export function eventsSuite(env: Record<string, string> = {}): EventsSuite {
  const suite = {} as EventsSuite;
  beforeAll(async () => {
    suite.t = await startTestApp(env);
    suite.db = await new TestDb().connect();
    suite.w = new EventsWorld(suite.t, suite.db);
  });
  afterEach(() => suite.w?.disconnectAll());
  afterAll(async () => {
    suite.w?.disconnectAll();
    await suite.db?.close();
    await suite.t?.close();
  });
  return suite;
}

export interface RushResult {
  orders: number;
  soldOut: number;
  /** Any answer that was neither an order nor SOLD_OUT (must stay empty). */
  other: unknown[];
  ms: number[];
}

/** `requests` checkouts of one seat each, all at once, spread over `buyers` signed-in members. */
export async function rush(w: EventsWorld, ticketTypeId: string, buyers: Buyer[], requests: number): Promise<RushResult> {
  const result: RushResult = { orders: 0, soldOut: 0, other: [], ms: [] };
  await Promise.all(
    Array.from({ length: requests }, async (_, i) => {
      const started = Date.now();
      const res = await buyers[i % buyers.length].client.gql(EQ.checkout, { input: w.checkoutInput(ticketTypeId, 1) });
      result.ms.push(Date.now() - started);
      if (res.data?.checkout?.id) result.orders += 1;
      else if (res.errors?.[0]?.extensions?.reason === 'SOLD_OUT') result.soldOut += 1;
      else result.other.push(res.errors ?? res.status);
    }),
  );
  return result;
}

/** Seats actually held by live orders and offers, counted from the rows (not from the counter). */
export async function seatsHeld(db: TestDb, ticketTypeId: string): Promise<number> {
  const [row] = await db.query(
    `select coalesce(sum(l.quantity), 0)::int as n from order_lines l join orders o on o.id = l.order_id
      where l.ticket_type_id = $1 and o.state in ('pending','awaiting_payment','paid')`,
    [ticketTypeId],
  );
  return row.n;
}
