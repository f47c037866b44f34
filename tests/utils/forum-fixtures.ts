import { io, Socket } from 'socket.io-client';
import { TestDb } from './fixtures';
import { GOOD_PASSWORD, GqlResult, startTestApp, TestApp, TestClient, uniqueEmail } from './test-app';

/**
 * Board fixtures: members with premium grants, groups and categories arranged in SQL (the API has
 * no way to create them yet), everything else through /graphql and socket.io like a real browser.
 */

/**
 * Six random letters. Letters only: a random mix of letters and digits (say "f57i94") is exactly
 * what the PHI guard holds as an account number, which would hold the test's post for a moderator.
 */
export const rnd = (): string => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/** A slug no other test (or test run) uses: ^[a-z0-9][a-z0-9-]{1,62}$. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${rnd()}`.toLowerCase().slice(0, 60);
}

/** A made-up id that exists nowhere: a not-allowed answer must be indistinguishable from this one. */
export const MADE_UP_ID = '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42';

// ---------------------------------------------------------------------------------------------
// GraphQL documents
// ---------------------------------------------------------------------------------------------

export const AUTHOR = `author { userId displayName credentials credentialsVerified jobTitle organizationName anonymous isYou }`;
export const POST = `id threadId seq bodyHtml bodyMd status heldReason phiFindings { kind confidence start end text reason } ${AUTHOR} reactions { kind count mine } createdAt editedAt`;
export const THREAD = `id categoryId title status pinned locked postCount answerPostId ${AUTHOR} createdAt lastPostAt`;

export const Q = {
  categories: `{ forumCategories { id slug name audience allowAnonymous requirePremoderation canPost } }`,
  category: `query($slug: String!) { forumCategory(slug: $slug) { id slug name audience canPost threads { nodes { ${THREAD} } nextCursor } } }`,
  categoryOnly: `query($slug: String!) { forumCategory(slug: $slug) { id slug name } }`,
  thread: `query($id: ID!) { forumThread(id: $id) { ${THREAD} category { slug } posts { nodes { ${POST} } nextCursor } } }`,
  threadOnly: `query($id: ID!) { forumThread(id: $id) { ${THREAD} } }`,
  createThread: `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { held thread { ${THREAD} } post { ${POST} } } }`,
  createPost: `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { held thread { ${THREAD} } post { ${POST} } } }`,
  editPost: `mutation($input: EditForumPostInput!) { editForumPost(input: $input) { ${POST} } }`,
  deletePost: `mutation($id: ID!) { deleteForumPost(postId: $id) { ok } }`,
  react: `mutation($id: ID!, $kind: ReactionKind!, $on: Boolean! = true) { reactToForumPost(postId: $id, kind: $kind, on: $on) { ${POST} } }`,
  moderate: `mutation($input: ModerateForumPostInput!) { moderateForumPost(input: $input) { ${POST} } }`,
  flags: `mutation($id: ID!, $locked: Boolean, $pinned: Boolean, $reason: String) { setForumThreadFlags(threadId: $id, locked: $locked, pinned: $pinned, reason: $reason) { ok } }`,
  queue: `{ moderationQueue { ${POST} } }`,
  log: `{ moderationLog { id action targetType targetId reason actorName createdAt } }`,
  reveal: `mutation($id: ID!, $reason: String!) { revealAnonymousAuthor(postId: $id, reason: $reason) { userId displayName email } }`,
  groupMember: `mutation($g: ID!, $u: ID!, $member: Boolean!) { setForumGroupMember(groupId: $g, userId: $u, member: $member) { ok } }`,
  revokeGrant: `mutation($id: ID!) { revokePremiumGrant(id: $id) { ok } }`,
};

export type GqlError = NonNullable<GqlResult['errors']>[number];

/** The data of a request that must succeed. */
export async function ok<T = any>(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await client.gql<T>(query, variables);
  if (res.errors?.length) throw new Error(`${query.slice(0, 70)} failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The one error of a request that must fail (and its data, which must hold nothing). */
export async function fail(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<GqlError> {
  const res = await client.gql(query, variables);
  if (!res.errors?.length) throw new Error(`${query.slice(0, 70)} should have failed, got ${JSON.stringify(res.data)}`);
  return res.errors[0];
}

/** message + code + reason: what a caller can tell two errors apart by. */
export const shape = (e: GqlError) => ({ message: e.message, code: e.extensions?.code, reason: e.extensions?.reason });

// ---------------------------------------------------------------------------------------------
// People, groups, categories
// ---------------------------------------------------------------------------------------------

export interface Member {
  id: string;
  email: string;
  displayName: string;
  client: TestClient;
  /** `confer.sid=…` for socket.io. */
  cookie: string;
  /** The premium grant (when premium through a grant). */
  grantId: string | null;
}

export interface MemberOptions {
  displayName?: string;
  email?: string;
  roles?: string[];
  /** Premium through a staff grant; an object sets when it ends. */
  premium?: boolean | { endsAt: Date | null };
  /** Give the member one earlier visible post, so their next posts are not pre-moderated. */
  established?: boolean;
  verified?: boolean;
  profile?: { credentials?: string; jobTitle?: string; organizationName?: string };
}

export interface ForumSpec {
  t: TestApp;
  db: TestDb;
  w: ForumWorld;
}

/** Boots the app for one spec file (`env`: config overrides), with direct SQL access and a ForumWorld. */
export async function bootForum(env: Record<string, string> = {}): Promise<ForumSpec> {
  const t = await startTestApp(env);
  const db = await new TestDb().connect();
  return { t, db, w: new ForumWorld(t, db) };
}

/**
 * Closes what bootForum opened: sockets, SQL, the app (safe after a boot that failed half-way). The
 * fan-out jobs this file queued run first: the next file shares the database, and its worker would
 * otherwise inherit them.
 */
export async function closeForum(spec: Partial<ForumSpec>): Promise<void> {
  if (spec.w && spec.t) await spec.w.settled(60_000);
  spec.w?.disconnectAll();
  await spec.db?.close();
  await spec.t?.close();
}

export interface Category {
  id: string;
  slug: string;
  name: string;
}

const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;

export class ForumWorld {
  readonly sockets: Socket[] = [];
  private warmupCategoryId: Promise<string> | null = null;

  constructor(
    readonly t: TestApp,
    readonly db: TestDb,
  ) {}

  /** A visitor who is not signed in. */
  visitor(): TestClient {
    return this.t.client();
  }

  async member(opts: MemberOptions = {}): Promise<Member> {
    const displayName = opts.displayName ?? `Member ${rnd()}`;
    const user = await this.db.createUser({ displayName, roles: opts.roles ?? ['member'], verified: opts.verified, email: opts.email ?? uniqueEmail('forum') });
    if (opts.profile) {
      await this.db.query(`update users set credentials = $2, job_title = $3, organization_name = $4 where id = $1`, [
        user.id,
        opts.profile.credentials ?? null,
        opts.profile.jobTitle ?? null,
        opts.profile.organizationName ?? null,
      ]);
    }
    let grantId: string | null = null;
    if (opts.premium) {
      const endsAt = typeof opts.premium === 'object' ? opts.premium.endsAt : new Date(Date.now() + 7 * 86_400_000);
      grantId = await this.grantPremium(user.id, endsAt);
    }
    if (opts.established) await this.establish(user.id);
    const client = this.t.client();
    const res = await client.gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
    if (res.errors) throw new Error(`log-in failed: ${JSON.stringify(res.errors)}`);
    const cookie = [res.headers['set-cookie']].flat().map(String).map((c) => c.split(';')[0]).find((c) => c.startsWith('confer.sid='));
    if (!cookie) throw new Error('no session cookie');
    return { ...user, displayName, client, cookie, grantId };
  }

  /** An established premium member named `name` plus a random tag (names stay unique across tests). */
  premiumMember(name: string): Promise<Member> {
    return this.member({ premium: true, established: true, displayName: `${name} ${rnd()}` });
  }

  async grantPremium(userId: string, endsAt: Date | null): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      `insert into premium_grants (user_id, starts_at, ends_at, source) values ($1, now() - interval '1 day', $2, 'staff') returning id`,
      [userId, endsAt],
    );
    return row.id;
  }

  /** One earlier visible post (in a category of its own), so the member is no longer "new". */
  async establish(userId: string): Promise<void> {
    this.warmupCategoryId ??= this.category({ audience: 'premium', name: 'Warm-up' }).then((c) => c.id);
    const categoryId = await this.warmupCategoryId;
    const [thread] = await this.db.query<{ id: string }>(
      `insert into forum_threads (category_id, author_id, anonymous, title, status, post_count) values ($1, $2, true, 'Warm-up', 'visible', 1) returning id`,
      [categoryId, userId],
    );
    await this.db.query(
      `insert into forum_posts (thread_id, seq, author_id, anonymous, body_md, body_html, status) values ($1, 1, $2, true, 'Hello', '<p>Hello</p>', 'visible')`,
      [thread.id, userId],
    );
  }

  async group(): Promise<{ id: string; slug: string }> {
    const slug = uniqueSlug('grp');
    const [row] = await this.db.query<{ id: string }>(`insert into forum_groups (slug, name) values ($1, $2) returning id`, [slug, `Group ${slug}`]);
    return { id: row.id, slug };
  }

  async addToGroup(groupId: string, userId: string): Promise<void> {
    await this.db.query(`insert into forum_group_members (group_id, user_id) values ($1, $2)`, [groupId, userId]);
  }

  async category(opts: { audience: 'public' | 'premium' | 'group'; groupId?: string; allowAnonymous?: boolean; requirePremoderation?: boolean; name?: string }): Promise<Category> {
    const slug = uniqueSlug(opts.audience);
    const name = opts.name ?? `Category ${slug}`;
    const [row] = await this.db.query<{ id: string }>(
      `insert into forum_categories (slug, name, audience, group_id, allow_anonymous, require_premoderation, position)
       values ($1, $2, $3, $4, $5, $6, 100) returning id`,
      [slug, name, opts.audience, opts.groupId ?? null, opts.allowAnonymous ?? false, opts.requirePremoderation ?? false],
    );
    return { id: row.id, slug, name };
  }

  // -------------------------------------------------------------------------------------------
  // Posting through the API
  // -------------------------------------------------------------------------------------------

  async thread(author: Member, categoryId: string, input: { title: string; body: string; anonymous?: boolean; confirmPhi?: boolean }) {
    const data = await ok(author.client, Q.createThread, { input: { categoryId, anonymous: false, confirmPhi: false, ...input } });
    return data.createForumThread as { held: boolean; thread: any; post: any };
  }

  async reply(author: Member, threadId: string, body: string, extra: { anonymous?: boolean; confirmPhi?: boolean; quotedPostId?: string } = {}) {
    const data = await ok(author.client, Q.createPost, { input: { threadId, body, ...extra } });
    return data.createForumPost as { held: boolean; thread: any; post: any };
  }

  async moderate(moderator: Member, postId: string, decision: 'APPROVE' | 'HIDE' | 'DELETE' | 'RESTORE', reason?: string) {
    return (await ok(moderator.client, Q.moderate, { input: { postId, decision, reason } })).moderateForumPost;
  }

  // -------------------------------------------------------------------------------------------
  // socket.io
  // -------------------------------------------------------------------------------------------

  async connect(cookie?: string): Promise<Live> {
    const socket = io(this.t.baseUrl, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(cookie ? { extraHeaders: { cookie } } : {}),
    });
    this.sockets.push(socket);
    const live = new Live(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return live;
  }

  // -------------------------------------------------------------------------------------------
  // Background work
  // -------------------------------------------------------------------------------------------

  /**
   * Waits until the notification fan-out jobs queued by earlier posts have run (a worker does them
   * after the post's request answered), so what a test counts next is not changed behind its back.
   */
  async settled(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ n }] = await this.db.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'notifications.forum-post' and (state = 'active' or (state in ('created', 'retry') and start_after <= now()))`,
      );
      if (n === 0) return;
      if (Date.now() > deadline) throw new Error(`${n} notification fan-out job(s) still waiting`);
      await sleep(25);
    }
  }

  /** Row counts of every table once background work has settled: compare two to prove nothing was written. */
  async snapshot(): Promise<Record<string, number>> {
    await this.settled();
    return this.db.snapshot();
  }

  disconnectAll(): void {
    for (const s of this.sockets.splice(0)) s.disconnect();
  }
}

export interface Received {
  event: string;
  payload: any;
  raw: string;
}

/** A connected socket that records every event it receives. */
export class Live {
  readonly received: Received[] = [];

  constructor(readonly socket: Socket) {
    socket.onAny((event: string, ...args: unknown[]) => {
      this.received.push({ event, payload: args[0], raw: JSON.stringify(args) });
    });
  }

  emit(event: string, body: unknown, ms = 5000): Promise<any> {
    return this.socket.timeout(ms).emitWithAck(event, body);
  }

  join(threadId: unknown): Promise<any> {
    return this.emit('forum:join', { threadId });
  }

  of(event: string): any[] {
    return this.received.filter((r) => r.event === event).map((r) => r.payload);
  }

  /** Everything received, as one string (for "this name must not appear anywhere"). */
  raw(): string {
    return this.received.map((r) => `${r.event} ${r.raw}`).join('\n');
  }

  /** A position in what was received: pass it to waitFor to ignore everything before it. */
  mark(): number {
    return this.received.length;
  }

  /** Waits for an event matching `match`, already received (from `after` on) or still to come. */
  async waitFor(event: string, match: (payload: any) => boolean = () => true, ms = 5000, after = 0): Promise<any> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.received.slice(after).find((r) => r.event === event && match(r.payload));
      if (hit) return hit.payload;
      if (Date.now() > deadline) {
        throw new Error(`no ${event} matching within ${ms} ms; received: ${this.received.map((r) => r.event).join(', ') || 'nothing'}`);
      }
      await sleep(15);
    }
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The forum:post events (post ids) a socket received for a thread. */
export const postIdsIn = (live: Live, threadId: string): string[] =>
  live.of('forum:post').filter((p) => p.threadId === threadId).map((p) => p.post.id as string);
