import argon2 from 'argon2';
import { Client } from 'pg';
import { BENCH_PASSWORD } from './bench-fixture';
import { gql, logIn, percentile } from './bench-support';

const CHECKOUTS = Number(process.env.BENCH_CHECKOUTS || 500);
const SEATS = Number(process.env.BENCH_SEATS || 100);
const BUYERS = Number(process.env.BENCH_BUYERS || 50);

const CHECKOUT = `mutation($input: CheckoutInput!) { checkout(input: $input) { id state totalCents } }`;

export interface ContentionResult {
  checkouts: number;
  seats: number;
  /** Orders holding a seat, counted in the database afterwards (must equal `seats`). */
  orders: number;
  sold_out: number;
  /** Answers that were neither an order nor SOLD_OUT (must be 0). */
  other: number;
  /** Seats the counter says are taken (must equal `orders`). */
  taken: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Seats sold per minute: orders ÷ the time from the start of the rush to the last order's answer. */
  tickets_per_min: number;
  /** Every answer (orders and refusals) per minute over the whole rush. */
  answers_per_min: number;
  elapsed_ms: number;
}

/** Buyers and a 100-seat conference ticket, arranged in SQL; the checkouts themselves go through /graphql. */
async function seed(dbUrl: string): Promise<{ ticketId: string; emails: string[] }> {
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const emails = Array.from({ length: BUYERS }, (_, i) => `buyer${i}@bench.example.org`);
    await db.query(
      `insert into users (email, password_hash, display_name, time_zone, email_verified_at)
       select e, $2, 'Bench Buyer', 'America/New_York', now() from unnest($1::text[]) as e`,
      [emails, hash],
    );
    const { rows: event } = await db.query(
      `insert into events (slug, kind, title, time_zone, starts_at, ends_at, status, venue_name)
       values ('bench-conference', 'conference', 'Bench Annual Conference', 'America/New_York', now() + interval '60 days', now() + interval '61 days', 'published', 'Jacksonville') returning id`,
    );
    const { rows: ticket } = await db.query(
      `insert into ticket_types (kind, event_id, name, list_price_cents, capacity, in_person, max_per_order) values ('event', $1, 'Conference pass', 129900, $2, true, 10) returning id`,
      [event[0].id, SEATS],
    );
    return { ticketId: ticket[0].id, emails };
  } finally {
    await db.end();
  }
}

/** 500 checkouts of one seat, all at once, for 100 seats: exactly 100 orders, each answer timed. */
export async function registrationContention(base: string, dbUrl: string): Promise<ContentionResult> {
  const { ticketId, emails } = await seed(dbUrl);
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await logIn(base, email));
  const ms: number[] = [];
  let soldOut = 0;
  let other = 0;
  let ordered = 0;
  let lastOrderAt = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CHECKOUTS }, async (_, i) => {
      const t0 = Date.now();
      const input = {
        ticketTypeId: ticketId,
        quantity: 1,
        attendees: [{ name: `Bench Attendee ${i}`, email: `attendee${i}@bench.example.org`, answers: [] }],
        answers: [],
        idempotencyKey: `bench-checkout-${i}`,
      };
      const { body } = await gql(base, CHECKOUT, { input }, cookies[i % cookies.length]);
      ms.push(Date.now() - t0);
      if (body.data?.checkout?.id) {
        ordered += 1;
        lastOrderAt = Date.now();
      }
      else if (body.errors?.[0]?.extensions?.reason === 'SOLD_OUT') soldOut += 1;
      else other += 1;
    }),
  );
  const elapsedMs = Date.now() - started;
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  const { rows } = await db.query(
    `select (select count(*)::int from orders o join order_lines l on l.order_id = o.id
              where l.ticket_type_id = $1 and o.state in ('pending','awaiting_payment','paid')) as orders,
            (select taken from ticket_types where id = $1) as taken`,
    [ticketId],
  );
  await db.end();
  if (rows[0].orders !== ordered) throw new Error(`answers (${ordered} orders) and database (${rows[0].orders}) disagree`);
  return {
    checkouts: CHECKOUTS,
    seats: SEATS,
    orders: rows[0].orders,
    sold_out: soldOut,
    other,
    taken: rows[0].taken,
    p50_ms: percentile(ms, 50),
    p99_ms: percentile(ms, 99),
    max_ms: Math.max(...ms),
    tickets_per_min: Math.round((rows[0].orders / Math.max(lastOrderAt - started, 1)) * 60_000),
    answers_per_min: Math.round((CHECKOUTS / elapsedMs) * 60_000),
    elapsed_ms: elapsedMs,
  };
}
