import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createClient } from 'redis';
import { io, Socket } from 'socket.io-client';
import { ApiProcess, ensureApiBuilt, startApiProcess, stopAll } from '../utils/api-process';
import { nginxAvailable, NginxProcess, startNginx } from '../utils/nginx-process';

/**
 * Two API processes, one PostgreSQL database, one Redis, and deploy/nginx.conf's nginx in front:
 * what one process does is seen by sockets on the other, access taken away on one ends at once on
 * the other, and limits count attempts on both together.
 */

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const PASSWORD = 'copper-lantern-evenly-58';
const LOGIN_MAX_FAILURES = 4;

interface Person {
  id: string;
  email: string;
  cookie: string;
}

interface GqlAnswer {
  data: any;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
  cookie: string | null;
}

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<GqlAnswer> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: GqlAnswer['errors'] };
  const sid = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('confer.sid='));
  return { data: body.data, errors: body.errors, cookie: sid ?? null };
}

async function must(base: string, query: string, variables: Record<string, unknown>, cookie: string): Promise<any> {
  const res = await gql(base, query, variables, cookie);
  if (res.errors?.length) throw new Error(`${query.slice(0, 60)} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const CREATE_THREAD = `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { held thread { id } } }`;
const CREATE_POST = `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { held post { id } } }`;
const GROUP_MEMBER = `mutation($g: ID!, $u: ID!, $member: Boolean!) { setForumGroupMember(groupId: $g, userId: $u, member: $member) { ok } }`;

/** A connected socket that records every event it receives. */
class Live {
  readonly received: { event: string; payload: any }[] = [];

  constructor(readonly socket: Socket) {
    socket.onAny((event: string, payload: unknown) => this.received.push({ event, payload }));
  }

  emit(event: string, body: unknown): Promise<any> {
    return this.socket.timeout(20_000).emitWithAck(event, body);
  }

  mark(): number {
    return this.received.length;
  }

  of(event: string, after = 0): any[] {
    return this.received.slice(after).filter((r) => r.event === event).map((r) => r.payload);
  }

  async waitFor(event: string, match: (payload: any) => boolean = () => true, ms = 20_000, after = 0): Promise<any> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.received.slice(after).find((r) => r.event === event && match(r.payload));
      if (hit) return hit.payload;
      if (Date.now() > deadline) throw new Error(`no ${event} within ${ms} ms; got ${JSON.stringify(this.received.slice(after)).slice(0, 800)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

describe('several API processes behind nginx, one PostgreSQL, one Redis', () => {
  const redisPrefix = `confer-test-${process.pid}-${Date.now().toString(36)}:`;
  const sessionSecret = randomBytes(32).toString('hex');
  const dbName = `confer_cluster_${Date.now()}_${process.pid}`;
  const serverUrl = new URL(process.env.TEST_DATABASE_URL!);
  const dbUrl = (() => {
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    return u.toString();
  })();
  const admin = (() => {
    const u = new URL(serverUrl);
    u.pathname = '/postgres';
    return new Client({ connectionString: u.toString() });
  })();
  const db = new Client({ connectionString: dbUrl });
  let a: ApiProcess;
  let b: ApiProcess;
  let nginx: NginxProcess | null = null;
  const sockets: Socket[] = [];
  let hash: string;
  let premiumCategory: string;
  let poster: Person;

  const connect = async (base: string, cookie: string, transports: ('websocket' | 'polling')[] = ['websocket']): Promise<Live> => {
    const socket = io(base, { path: '/socket.io', transports, reconnection: false, forceNew: true, extraHeaders: { cookie } });
    sockets.push(socket);
    const live = new Live(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return live;
  };

  /** A member arranged in SQL (premium, with one earlier visible post so nothing they write is held), logged in through `base`. */
  const person = async (name: string, base: string, opts: { roles?: string[]; premium?: boolean; established?: boolean } = {}): Promise<Person> => {
    const email = `${name}.${randomBytes(4).toString('hex')}@cluster.example.org`;
    const [{ id }] = (
      await db.query(
        `insert into users (email, password_hash, display_name, time_zone, roles, email_verified_at) values ($1, $2, $3, 'America/New_York', $4, now()) returning id`,
        [email, hash, `${name} Tester`, opts.roles ?? ['member']],
      )
    ).rows;
    if (opts.premium !== false) await db.query(`insert into premium_grants (user_id, starts_at, source) values ($1, now() - interval '1 day', 'staff')`, [id]);
    if (opts.established) {
      const [thread] = (
        await db.query(`insert into forum_threads (category_id, author_id, title, status, post_count) values ($1, $2, 'Warm-up', 'visible', 1) returning id`, [premiumCategory, id])
      ).rows;
      await db.query(`insert into forum_posts (thread_id, seq, author_id, anonymous, body_md, body_html, status) values ($1, 1, $2, false, 'Hello', '<p>Hello</p>', 'visible')`, [thread.id, id]);
    }
    const res = await gql(base, LOG_IN, { input: { email, password: PASSWORD } });
    if (res.errors || !res.cookie) throw new Error(`log-in failed: ${JSON.stringify(res.errors)}`);
    return { id, email, cookie: res.cookie };
  };

  const newThread = async (categoryId: string, title: string): Promise<string> => {
    const data = await must(a.baseUrl, CREATE_THREAD, { input: { categoryId, title, body: 'Opening post of the thread.' } }, poster.cookie);
    expect(data.createForumThread.held).toBe(false);
    return data.createForumThread.thread.id;
  };

  /** A reply made through process A. */
  const replyOnA = async (threadId: string, body: string): Promise<string> => {
    const data = await must(a.baseUrl, CREATE_POST, { input: { threadId, body } }, poster.cookie);
    expect(data.createForumPost.held).toBe(false);
    return data.createForumPost.post.id;
  };

  beforeAll(async () => {
    ensureApiBuilt();
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const env = {
      DATABASE_URL: dbUrl,
      REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      // Every process must sign and read the same session cookie.
      SESSION_SECRET: sessionSecret,
      LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES),
      LOG_LEVEL: 'warn',
    };
    // One after the other: the first applies the migrations (the second would wait on their lock anyway).
    // Generous: on a busy shared machine a first boot (migrations on an empty database) can take a minute.
    a = await startApiProcess({ name: 'api-a', env, readyTimeoutMs: 150_000 });
    b = await startApiProcess({ name: 'api-b', env, readyTimeoutMs: 150_000 });
    if (nginxAvailable('the cluster test')) nginx = await startNginx([a.port, b.port]);
    await db.connect();
    hash = await argon2.hash(PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    premiumCategory = (
      await db.query(`insert into forum_categories (slug, name, audience, allow_anonymous, position) values ('cluster-premium', 'Cluster', 'premium', false, 0) returning id`)
    ).rows[0].id;
    poster = await person('poster', a.baseUrl, { established: true });
  }, 400_000);

  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await nginx?.stop();
    await stopAll([a, b]);
    await db.end().catch(() => undefined);
    await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    // This run's keys only: other runs share the Redis.
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${redisPrefix}*`, COUNT: 200 })) if (keys.length) await redis.del(keys);
    await redis.close();
  });

  it('a post made through process A reaches readers on B and through nginx; reader counts cover both processes', async () => {
    const threadId = await newThread(premiumCategory, 'Across processes');
    const onA = await connect(a.baseUrl, (await person('reader-a', a.baseUrl)).cookie);
    const onB = await connect(b.baseUrl, (await person('reader-b', b.baseUrl)).cookie);
    const viaNginx = nginx ? await connect(nginx.baseUrl, (await person('reader-n', nginx.baseUrl)).cookie) : null;
    for (const live of [onA, onB, viaNginx]) if (live) expect(await live.emit('forum:join', { threadId })).toMatchObject({ ok: true });
    const readers = viaNginx ? 3 : 2;
    // Each process counts only its own sockets in memory; every reader must hear the total.
    for (const live of [onA, onB, viaNginx]) if (live) await live.waitFor('forum:readers', (p) => p.threadId === threadId && p.readers === readers);

    const postId = await replyOnA(threadId, 'Posted through process A.');
    for (const live of [onB, viaNginx, onA]) {
      if (!live) continue;
      const event = await live.waitFor('forum:post', (p) => p.post.id === postId);
      expect(event).toMatchObject({ threadId, post: { id: postId, bodyHtml: expect.stringContaining('Posted through process A.') } });
    }

    // A reader leaving on A lowers the count heard on B.
    const mark = onB.mark();
    onA.socket.disconnect();
    await onB.waitFor('forum:readers', (p) => p.threadId === threadId && p.readers === readers - 1, 20_000, mark);
    // A newcomer's answer already counts the readers on the other process.
    const late = await connect(a.baseUrl, (await person('reader-late', a.baseUrl)).cookie);
    expect(await late.emit('forum:join', { threadId })).toEqual({ ok: true, readers });
  });

  it('a member removed from a group on A stops receiving its thread on B at once', async () => {
    const [{ id: groupId }] = (await db.query(`insert into forum_groups (slug, name) values ('cluster-group', 'Cluster group') returning id`)).rows;
    const [{ id: categoryId }] = (
      await db.query(`insert into forum_categories (slug, name, audience, group_id, allow_anonymous, position) values ('cluster-group', 'Group room', 'group', $1, false, 1) returning id`, [groupId])
    ).rows;
    const staff = await person('staff', a.baseUrl, { roles: ['member', 'staff'] });
    const leaving = await person('leaving', b.baseUrl);
    const staying = await person('staying', b.baseUrl);
    for (const id of [poster.id, leaving.id, staying.id]) await db.query(`insert into forum_group_members (group_id, user_id) values ($1, $2)`, [groupId, id]);
    const threadId = await newThread(categoryId, 'Group business');

    const leaver = await connect(b.baseUrl, leaving.cookie);
    const stayer = await connect(b.baseUrl, staying.cookie);
    // The leaving member also has a tab open through the balancer (it lands on either process).
    const leaverViaNginx = nginx ? await connect(nginx.baseUrl, leaving.cookie) : null;
    for (const live of [leaver, stayer, leaverViaNginx]) if (live) expect(await live.emit('forum:join', { threadId })).toMatchObject({ ok: true });
    const before = await replyOnA(threadId, 'Before the removal.');
    for (const live of [leaver, stayer, leaverViaNginx]) if (live) await live.waitFor('forum:post', (p) => p.post.id === before);

    const marks = [leaver.mark(), leaverViaNginx?.mark() ?? 0];
    expect(await must(a.baseUrl, GROUP_MEMBER, { g: groupId, u: leaving.id, member: false }, staff.cookie)).toEqual({ setForumGroupMember: { ok: true } });
    // The very next post, sent as soon as the removal has answered.
    const after = await replyOnA(threadId, 'After the removal.');
    await stayer.waitFor('forum:post', (p) => p.post.id === after);
    await leaver.waitFor('forum:access-lost', (p) => p.threadId === threadId, 20_000, marks[0]);
    if (leaverViaNginx) await leaverViaNginx.waitFor('forum:access-lost', (p) => p.threadId === threadId, 20_000, marks[1]);
    // One more post, and time for anything late to arrive.
    const later = await replyOnA(threadId, 'Later still.');
    await stayer.waitFor('forum:post', (p) => p.post.id === later);
    await new Promise((r) => setTimeout(r, 500));
    expect(leaver.of('forum:post', marks[0])).toEqual([]);
    if (leaverViaNginx) expect(leaverViaNginx.of('forum:post', marks[1])).toEqual([]);
    expect(await leaver.emit('forum:join', { threadId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('the log-in limit counts failures made on both processes together', async () => {
    const target = await person('target', a.baseUrl);
    const wrong = { input: { email: target.email, password: 'not-the-password-at-all' } };
    const right = { input: { email: target.email, password: PASSWORD } };
    // Failures split over A and B: neither process alone has seen the limit.
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      const res = await gql(i % 2 === 0 ? a.baseUrl : b.baseUrl, LOG_IN, wrong);
      expect(res.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    for (const proc of [a, b]) {
      const res = await gql(proc.baseUrl, LOG_IN, right);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
    }
    if (nginx) expect((await gql(nginx.baseUrl, LOG_IN, right)).errors?.[0]?.extensions?.reason).toBe('TOO_MANY_ATTEMPTS');

    // One failure short of the limit, spread the same way, the right password still gets in.
    const other = await person('other', a.baseUrl);
    for (let i = 0; i < LOGIN_MAX_FAILURES - 1; i++) {
      expect((await gql(i % 2 === 0 ? a.baseUrl : b.baseUrl, LOG_IN, { input: { email: other.email, password: 'wrong-again-and-again' } })).errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const res = await gql(b.baseUrl, LOG_IN, { input: { email: other.email, password: PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect(res.data.logIn.id).toBe(other.id);
  });

  it('long-polling through nginx stays with one process (sticky) and receives live posts', async () => {
    if (!nginx) return;
    const threadId = await newThread(premiumCategory, 'Polling readers');
    const pollers: Live[] = [];
    // Several polling sessions: each is a series of separate requests that must all reach the process that opened it.
    for (let i = 0; i < 4; i++) {
      const live = await connect(nginx.baseUrl, (await person(`poller-${i}`, nginx.baseUrl)).cookie, ['polling']);
      expect(live.socket.io.engine.transport.name).toBe('polling');
      expect(await live.emit('forum:join', { threadId })).toMatchObject({ ok: true });
      pollers.push(live);
    }
    const postId = await replyOnA(threadId, 'For the polling readers.');
    for (const live of pollers) {
      await live.waitFor('forum:post', (p) => p.post.id === postId);
      expect(live.socket.connected).toBe(true);
    }
    expect(nginx.logs()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});
