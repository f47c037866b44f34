import argon2 from 'argon2';
import { Agent, get } from 'node:http';
import { Client } from 'pg';
import { BENCH_PASSWORD } from './bench-fixture';
import { gql, logIn, percentile } from './bench-support';

const BOOKERS = Number(process.env.BENCH_BOOKERS || 100);
const FEED_ITEMS = Number(process.env.BENCH_FEED_ITEMS || 500);
const FEED_REQUESTS = Number(process.env.BENCH_FEED_REQUESTS || 1000);
const FEED_WARM_UP = 50;
const FEED_CHANGES = 30;

const SLOTS = `query($typeId: ID!) { consultationSlots(typeId: $typeId, timeZone: "America/New_York", days: 7) { slots { start } } }`;
const BOOK = `mutation($input: BookConsultationInput!) { bookConsultation(input: $input) { id } }`;
const FEED = `{ myCalendarFeed { httpsUrl } }`;

export interface BookingContentionResult {
  attempts: number;
  /** Live bookings of the slot counted in the database afterwards (must be 1). */
  bookings: number;
  slot_taken: number;
  /** Answers that were neither a booking nor SLOT_TAKEN (must be 0). */
  other: number;
  p50_ms: number;
  p99_ms: number;
}

export interface FeedResult {
  items: number;
  p50_ms: number;
  p99_ms: number;
  bytes: number;
  /** Bytes on the wire (gzip, as calendar programs ask for it). */
  gzip_bytes: number;
  requests: number;
  /** A poll just after one item changed (the feed is rendered again), median. */
  changed_p50_ms: number;
  /** The status of a repeat request with the ETag (must be 304). */
  repeat_status: number;
}

/** An expert (every day 08:00–20:00 New York, one online type), arranged in SQL. */
async function seedExpert(db: Client, hash: string, tag: string): Promise<{ expertId: string; typeId: string }> {
  const { rows: user } = await db.query(
    `insert into users (email, password_hash, display_name, time_zone, email_verified_at, roles)
     values ($1, $2, 'Bench Expert', 'America/New_York', now(), '{member,expert}') returning id`,
    [`expert-${tag}@bench.example.org`, hash],
  );
  const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' }));
  await db.query(`insert into expert_profiles (user_id, time_zone, weekly_rules, minimum_notice_minutes, horizon_days) values ($1, 'America/New_York', $2, 60, 30)`, [user[0].id, JSON.stringify(rules)]);
  const { rows: type } = await db.query(
    `insert into consultation_types (expert_id, title, duration_minutes, mode, meeting_url) values ($1, 'Strategy review', 30, 'online', 'https://meet.example.org/bench') returning id`,
    [user[0].id],
  );
  return { expertId: user[0].id, typeId: type[0].id };
}

async function seedMembers(db: Client, hash: string, emails: string[]): Promise<string[]> {
  const { rows } = await db.query(
    `insert into users (email, password_hash, display_name, time_zone, email_verified_at)
     select e, $2, 'Bench Member', 'Europe/Berlin', now() from unnest($1::text[]) as e returning id`,
    [emails, hash],
  );
  await db.query(`insert into premium_grants (user_id, starts_at, source) select unnest($1::uuid[]), now() - interval '1 day', 'staff'`, [rows.map((r) => r.id)]);
  return rows.map((r) => r.id);
}

/** 100 members book the same slot at once through /graphql: exactly one booking, 99 SLOT_TAKEN. */
export async function bookingContention(base: string, dbUrl: string): Promise<BookingContentionResult> {
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const { expertId, typeId } = await seedExpert(db, hash, 'contention');
    const emails = Array.from({ length: BOOKERS }, (_, i) => `booker${i}@bench.example.org`);
    await seedMembers(db, hash, emails);
    const cookies: string[] = [];
    for (const email of emails) cookies.push(await logIn(base, email));
    const slots = await gql(base, SLOTS, { typeId }, cookies[0]);
    const start = slots.body.data?.consultationSlots?.[1]?.slots?.[0]?.start;
    if (!start) throw new Error(`no slot to book: ${JSON.stringify(slots.body).slice(0, 300)}`);
    const ms: number[] = [];
    let booked = 0;
    let taken = 0;
    let other = 0;
    await Promise.all(
      cookies.map(async (cookie) => {
        const t0 = Date.now();
        const { body } = await gql(base, BOOK, { input: { typeId, start, intakeAnswer: 'Bench question' } }, cookie);
        ms.push(Date.now() - t0);
        if (body.data?.bookConsultation?.id) booked += 1;
        else if (body.errors?.[0]?.extensions?.reason === 'SLOT_TAKEN') taken += 1;
        else other += 1;
      }),
    );
    const { rows } = await db.query(`select count(*)::int as n from consultations where expert_id = $1 and status <> 'cancelled'`, [expertId]);
    if (rows[0].n !== booked) throw new Error(`answers (${booked} bookings) and database (${rows[0].n}) disagree`);
    return { attempts: BOOKERS, bookings: rows[0].n, slot_taken: taken, other, p50_ms: percentile(ms, 50), p99_ms: percentile(ms, 99) };
  } finally {
    await db.end();
  }
}

/** A personal feed of 500 consultations fetched one request at a time; then a repeat with its ETag. */
export async function feed500(base: string, dbUrl: string): Promise<FeedResult> {
  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  let url: string;
  let memberId: string;
  try {
    const hash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const { expertId, typeId } = await seedExpert(db, hash, 'feed');
    [memberId] = await seedMembers(db, hash, ['feed-member@bench.example.org']);
    await db.query(
      `insert into consultations (expert_id, member_id, type_id, title, mode, location, starts_at, ends_at, time_zone, blocked, intake_answer, ics_uid)
       select $1, $2, $3, 'Strategy review', 'online', 'https://meet.example.org/bench', t, t + interval '30 minutes', 'America/New_York',
              tstzrange(t, t + interval '30 minutes'), 'x', 'consultation-' || gen_random_uuid() || '@confer'
         from (select now() + interval '2 days' + (n || ' hours')::interval as t from generate_series(0, $4::int - 1) n) s`,
      [expertId, memberId, typeId, FEED_ITEMS],
    );
    const cookie = await logIn(base, 'feed-member@bench.example.org');
    url = (await gql(base, FEED, {}, cookie)).body.data.myCalendarFeed.httpsUrl;
  } finally {
    await db.end();
  }
  const path = new URL(url).pathname;
  const first = await fetch(`${base}${path}`);
  const text = await first.text();
  const items = (text.match(/BEGIN:VEVENT/g) ?? []).length;
  if (first.status !== 200 || items !== FEED_ITEMS) throw new Error(`feed answered ${first.status} with ${items} events`);
  // Timed as a calendar program fetches it: one kept-alive connection, gzip accepted, the bytes as
  // sent. Not timed: unpacking them in this process (fetch's gunzip alone adds a tail of ~10 ms).
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const fetchGzip = () =>
    new Promise<{ status: number; bytes: number; etag: string }>((resolve, reject) => {
      get(`${base}${path}`, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, etag: String(res.headers.etag ?? '') }));
        res.on('error', reject);
      }).on('error', reject);
    });
  const ms: number[] = [];
  let gzipBytes = 0;
  for (let i = 0; i < FEED_WARM_UP + FEED_REQUESTS; i++) {
    const t0 = performance.now();
    const res = await fetchGzip();
    if (i >= FEED_WARM_UP) ms.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`feed answered ${res.status}`);
    gzipBytes = res.bytes;
  }
  // A poll right after a change renders the feed again: timed apart, after touching one booking.
  const changed: number[] = [];
  let etag = first.headers.get('etag') ?? '';
  const touch = new Client({ connectionString: dbUrl });
  await touch.connect();
  try {
    for (let i = 0; i < FEED_CHANGES; i++) {
      await touch.query(`update consultations set location = $2 where id = (select id from consultations where member_id = $1 order by starts_at limit 1)`, [memberId, `https://meet.example.org/bench-${i}`]);
      const t0 = performance.now();
      etag = (await fetchGzip()).etag;
      changed.push(performance.now() - t0);
    }
  } finally {
    await touch.end();
  }
  agent.destroy();
  // The ETag of the last answer (gzip: its weak form), as a calendar program sends it back.
  const repeat = await fetch(`${base}${path}`, { headers: { 'if-none-match': etag } });
  await repeat.arrayBuffer();
  const round = (n: number) => Number(n.toFixed(1));
  return { items, p50_ms: round(percentile(ms, 50)), p99_ms: round(percentile(ms, 99)), bytes: text.length, gzip_bytes: gzipBytes, requests: ms.length, changed_p50_ms: round(percentile(changed, 50)), repeat_status: repeat.status };
}
