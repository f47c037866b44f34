import { TestDb } from '../../utils/fixtures';
import { bootForum, closeForum, fail, ForumWorld, Live, MADE_UP_ID, Member, ok, postIdsIn, Q, rnd, shape, sleep } from '../../utils/forum-fixtures';
import { NotificationWorld, NQ } from '../../utils/notification-fixtures';
import { NotificationEmailService } from '../../../apps/api/src/modules/notifications/notification-email.service';
import type { TestApp, TestClient } from '../../utils/test-app';

/**
 * Who sees what on the board, channel by channel: category list, category by slug, thread list,
 * thread by id, posts, realtime rooms, the moderation queue, search, notifications (list, count and
 * the live bell), emails and digests, member cards, and error messages. "Not allowed"
 * must be indistinguishable from "does not exist", and an anonymous author is never identified.
 */

type ViewerKey = 'visitor' | 'guest' | 'premium' | 'outsider' | 'groupMember' | 'peer' | 'moderator' | 'staff';
type ThreadKey = 'pub' | 'prem' | 'anon' | 'grp' | 'other' | 'held';
type CategoryKey = 'pub' | 'prem' | 'grp' | 'other';

const VIEWERS: ViewerKey[] = ['visitor', 'guest', 'premium', 'outsider', 'groupMember', 'peer', 'moderator', 'staff'];
const SIGNED_IN = VIEWERS.filter((v): v is Exclude<ViewerKey, 'visitor'> => v !== 'visitor');
const ALL_THREADS: ThreadKey[] = ['pub', 'prem', 'anon', 'grp', 'other', 'held'];
const ALL_CATEGORIES: CategoryKey[] = ['pub', 'prem', 'grp', 'other'];

/** Threads each viewer may read ('other' is a second group's thread the outsider belongs to). */
const READS: Record<ViewerKey, ThreadKey[]> = {
  visitor: ['pub'],
  guest: ['pub'],
  premium: ['pub', 'prem', 'anon'],
  outsider: ['pub', 'prem', 'anon', 'other'],
  groupMember: ['pub', 'grp'],
  peer: ['pub', 'prem', 'anon'],
  moderator: ALL_THREADS,
  staff: ALL_THREADS,
};
const CATEGORIES: Record<ViewerKey, CategoryKey[]> = {
  visitor: ['pub'],
  guest: ['pub'],
  premium: ['pub', 'prem'],
  outsider: ['pub', 'prem', 'other'],
  groupMember: ['pub', 'grp'],
  peer: ['pub', 'prem'],
  moderator: ALL_CATEGORIES,
  staff: ALL_CATEGORIES,
};
const THREAD_CATEGORY: Record<ThreadKey, CategoryKey> = { pub: 'pub', prem: 'prem', anon: 'prem', grp: 'grp', other: 'other', held: 'prem' };

/** Posts of the premium thread each viewer sees: the held one only by its author (peer) and moderators. */
type PremPost = 'opening' | 'reply' | 'held' | 'hidden' | 'deleted';
const PREM_POSTS: Partial<Record<ViewerKey, PremPost[]>> = {
  premium: ['opening', 'reply'],
  outsider: ['opening', 'reply'],
  peer: ['opening', 'reply', 'held'],
  moderator: ['opening', 'reply', 'held', 'hidden', 'deleted'],
  staff: ['opening', 'reply', 'held', 'hidden', 'deleted'],
};

describe('board leak matrix', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  const m = rnd();
  const secret = (label: string) => `${label}${m}`;

  const people = {} as Record<ViewerKey | 'author' | 'anonAuthor' | 'newbie', Member>;
  const clients = {} as Record<ViewerKey, TestClient>;
  const cats = {} as Record<CategoryKey, { id: string; slug: string; name: string }>;
  const threads = {} as Record<ThreadKey, { id: string; title: string; body: string }>;
  const premPosts = {} as Record<PremPost, { id: string; body: string }>;
  let group: { id: string; slug: string };
  let anonReplyId: string;
  let anonHeldId: string;

  /** Every error and response body seen in this file, checked at the end for leaks. */
  const errorsSeen: { viewer: string; what: string; error: unknown }[] = [];
  const rawSeen: { viewer: string; what: string; raw: string }[] = [];
  const SECRETS: string[] = [];

  async function gql(viewer: ViewerKey, what: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await clients[viewer].gql(query, variables);
    rawSeen.push({ viewer, what, raw: JSON.stringify({ data: res.data, errors: res.errors }) });
    for (const error of res.errors ?? []) errorsSeen.push({ viewer, what, error });
    return res;
  }

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());

    group = await w.group();
    const otherGroup = await w.group();
    cats.pub = await w.category({ audience: 'public' });
    cats.prem = await w.category({ audience: 'premium', allowAnonymous: true });
    cats.grp = await w.category({ audience: 'group', groupId: group.id });
    cats.other = await w.category({ audience: 'group', groupId: otherGroup.id });

    people.staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sol' });
    people.moderator = await w.member({ roles: ['member', 'moderator'], displayName: 'Moderator Mo' });
    people.author = await w.member({ premium: true, established: true, displayName: 'Named Nadia' });
    people.anonAuthor = await w.member({
      premium: true,
      established: true,
      displayName: `Hiddenname Quill${m}`,
      profile: { credentials: `CREDX${m}`, jobTitle: `Jobtitlex${m}`, organizationName: `Orgx${m}` },
    });
    people.peer = await w.member({ premium: true, established: true, displayName: 'Peer Pat' });
    people.premium = await w.member({ premium: true, displayName: 'Reader Rae' });
    people.outsider = await w.member({ premium: true, established: true, displayName: 'Outsider Oli' });
    people.groupMember = await w.member({ established: true, displayName: 'Fellow Fen' }); // guest tier: the group alone gives access
    people.guest = await w.member({ displayName: 'Guest Gus' });
    people.newbie = await w.member({ premium: true, displayName: 'Newbie Ned' }); // first post: held
    await w.addToGroup(group.id, people.groupMember.id);
    await w.addToGroup(otherGroup.id, people.outsider.id);
    for (const v of VIEWERS) clients[v] = v === 'visitor' ? w.visitor() : people[v].client;
    // Every signed-in viewer watches every category, as if they had followed it while they had access:
    // notifications, emails and digests must still carry only what each of them may read.
    for (const v of SIGNED_IN) {
      for (const k of ALL_CATEGORIES) {
        await db.query(`insert into forum_watches (user_id, category_id, level) values ($1, $2, 'watching')`, [people[v].id, cats[k].id]);
      }
    }

    const mk = async (key: ThreadKey, who: Member, cat: CategoryKey, anonymous = false) => {
      const title = secret(`${key}title`);
      const body = secret(`${key}body`);
      SECRETS.push(title, body);
      const res = await w.thread(who, cats[cat].id, { title, body, anonymous });
      threads[key] = { id: res.thread.id, title, body };
      return res;
    };
    await mk('pub', people.author, 'pub');
    const prem = await mk('prem', people.author, 'prem');
    await mk('anon', people.anonAuthor, 'prem', true);
    await mk('grp', people.groupMember, 'grp');
    await mk('other', people.outsider, 'other');
    const held = await mk('held', people.newbie, 'prem');
    expect(held.held).toBe(true);

    premPosts.opening = { id: prem.post.id, body: threads.prem.body };
    const reply = secret('premreply');
    premPosts.reply = { id: (await w.reply(people.peer, threads.prem.id, reply)).post.id, body: reply };
    const heldBody = `My patient Jane Roe (DOB 03/14/1961) ${secret('heldbody')}`;
    const heldRes = await w.reply(people.peer, threads.prem.id, heldBody);
    expect(heldRes.held).toBe(true);
    premPosts.held = { id: heldRes.post.id, body: heldBody };
    for (const key of ['hidden', 'deleted'] as const) {
      const body = secret(`${key}body`);
      const id = (await w.reply(people.author, threads.prem.id, body)).post.id;
      await w.moderate(people.moderator, id, key === 'hidden' ? 'HIDE' : 'DELETE', 'leak matrix');
      premPosts[key] = { id, body };
    }
    SECRETS.push(reply, secret('heldbody'), secret('hiddenbody'), secret('deletedbody'));

    // The anonymous thread: a named reply by the peer, a second anonymous reply and a held one by its author.
    const peerReply = secret('anonpeerreply');
    await w.reply(people.peer, threads.anon.id, peerReply);
    const anonReply = secret('anonreply');
    anonReplyId = (await w.reply(people.anonAuthor, threads.anon.id, anonReply, { anonymous: true })).post.id;
    const anonHeld = await w.reply(people.anonAuthor, threads.anon.id, `Pt Maria Lopez DOB 02/03/1950 ${secret('anonheld')}`, { anonymous: true });
    expect(anonHeld.held).toBe(true);
    anonHeldId = anonHeld.post.id;
    SECRETS.push(peerReply, anonReply, secret('anonheld'));
  });

  afterEach(() => w.disconnectAll());
  afterAll(() => closeForum({ t, db, w }));

  describe.each(VIEWERS)('viewer: %s', (viewer) => {
    it('category list shows exactly the categories this viewer may read', async () => {
      const res = await gql(viewer, 'forumCategories', Q.categories);
      expect(res.errors).toBeUndefined();
      const ours = new Map(ALL_CATEGORIES.map((k) => [cats[k].id, k]));
      const seen = res.data.forumCategories.filter((c: { id: string }) => ours.has(c.id)).map((c: { id: string }) => ours.get(c.id));
      expect(seen.sort()).toEqual([...CATEGORIES[viewer]].sort());
    });

    it('category by slug: readable ones answer, the others exactly like a made-up slug', async () => {
      const madeUp = await gql(viewer, 'forumCategory(made-up)', Q.categoryOnly, { slug: `no-such-${m}` });
      expect(madeUp.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CATEGORY_NOT_FOUND' });
      for (const key of ALL_CATEGORIES) {
        const res = await gql(viewer, `forumCategory(${key})`, Q.categoryOnly, { slug: cats[key].slug });
        if (CATEGORIES[viewer].includes(key)) {
          expect({ key, data: res.data }).toEqual({ key, data: { forumCategory: { id: cats[key].id, slug: cats[key].slug, name: cats[key].name } } });
        } else {
          expect({ key, data: res.data, errors: res.errors }).toEqual({ key, data: null, errors: madeUp.errors });
        }
      }
    });

    it('thread list of each readable category holds exactly the threads this viewer may read', async () => {
      for (const key of CATEGORIES[viewer]) {
        const res = await gql(viewer, `threads(${key})`, Q.category, { slug: cats[key].slug });
        expect(res.errors).toBeUndefined();
        const titles = res.data.forumCategory.threads.nodes.map((n: { title: string }) => n.title).sort();
        const expected = READS[viewer].filter((tk) => THREAD_CATEGORY[tk] === key).map((tk) => threads[tk].title).sort();
        expect({ key, titles }).toEqual({ key, titles: expected });
      }
    });

    it('thread by id: readable ones answer, the others exactly like a made-up id (same message, code and reason)', async () => {
      const madeUp = await gql(viewer, 'forumThread(made-up)', Q.thread, { id: MADE_UP_ID });
      expect(shape(madeUp.errors![0])).toEqual({ message: 'No such thread.', code: 'NOT_FOUND', reason: 'THREAD_NOT_FOUND' });
      for (const key of ALL_THREADS) {
        const res = await gql(viewer, `forumThread(${key})`, Q.thread, { id: threads[key].id });
        if (READS[viewer].includes(key)) {
          expect({ key, errors: res.errors, title: res.data?.forumThread.title }).toEqual({ key, errors: undefined, title: threads[key].title });
        } else {
          expect({ key, data: res.data, errors: res.errors }).toEqual({ key, data: null, errors: madeUp.errors });
        }
      }
    });

    it('posts: held ones only to their author (with the reason) and moderators; hidden and deleted ones only to moderators', async () => {
      const res = await gql(viewer, 'posts(prem)', Q.thread, { id: threads.prem.id });
      const expected = PREM_POSTS[viewer];
      if (!expected) {
        expect(res.data).toBeNull();
        return;
      }
      const byId = new Map(Object.entries(premPosts).map(([k, p]) => [p.id, k]));
      // (Other tests add live replies to this thread; only the arranged ones are compared.)
      const nodes: any[] = res.data.forumThread.posts.nodes.filter((n: { id: string }) => byId.has(n.id));
      expect(nodes.map((n) => byId.get(n.id))).toStrictEqual(expected);
      const moderator = viewer === 'moderator' || viewer === 'staff';
      for (const n of nodes) {
        const key = byId.get(n.id);
        expect({ key, status: n.status }).toEqual({ key, status: { held: 'HELD', hidden: 'HIDDEN', deleted: 'DELETED' }[key as string] ?? 'VISIBLE' });
        if (key === 'held') {
          expect(n.heldReason).toMatch(/patient identifier/);
          expect(n.phiFindings.length).toBeGreaterThan(0);
        } else {
          expect(n.heldReason).toBeNull();
        }
        if (!moderator) expect(n.phiFindings.length === 0 || key === 'held').toBe(true);
      }
      const raw = JSON.stringify(res);
      for (const key of ['held', 'hidden', 'deleted'] as const) {
        if (!expected.includes(key)) expect({ key, leaked: raw.includes(premPosts[key].body.slice(-12)) }).toEqual({ key, leaked: false });
      }
      // The thread's own author does not see the held reply of someone else either.
      if (viewer === 'premium') {
        const own = await people.author.client.gql(Q.thread, { id: threads.prem.id });
        expect(own.data.forumThread.posts.nodes.map((n: { id: string }) => n.id)).not.toContain(premPosts.held.id);
      }
    });

    it('moderation queue: moderators only', async () => {
      const res = await gql(viewer, 'moderationQueue', Q.queue);
      if (viewer === 'moderator' || viewer === 'staff') {
        expect(res.errors).toBeUndefined();
        const ids = res.data.moderationQueue.map((p: { id: string }) => p.id);
        expect(ids).toEqual(expect.arrayContaining([premPosts.held.id, anonHeldId]));
        expect(ids).not.toContain(premPosts.hidden.id);
        const anon = res.data.moderationQueue.find((p: { id: string }) => p.id === anonHeldId);
        expect(anon.author).toMatchObject({ userId: null, anonymous: true, displayName: 'Member A', credentials: null });
        expect(anon.heldReason).toMatch(/patient identifier/);
      } else if (viewer === 'visitor') {
        expect(res.data).toBeNull();
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
      } else {
        expect(res.data).toBeNull();
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_MODERATOR' });
      }
    });

    it('moves on content it may not see answer exactly like a made-up id', async () => {
      if (viewer === 'moderator' || viewer === 'staff') return;
      const madeThread = await gql(viewer, 'reply(made-up)', Q.createPost, { input: { threadId: MADE_UP_ID, body: 'hello there' } });
      const madePost = await gql(viewer, 'react(made-up)', Q.react, { id: MADE_UP_ID, kind: 'HELPFUL' });
      const madeEdit = await gql(viewer, 'edit(made-up)', Q.editPost, { input: { postId: MADE_UP_ID, body: 'edited' } });
      for (const key of ALL_THREADS.filter((k) => !READS[viewer].includes(k))) {
        const res = await gql(viewer, `reply(${key})`, Q.createPost, { input: { threadId: threads[key].id, body: 'hello there' } });
        expect({ key, errors: res.errors }).toEqual({ key, errors: madeThread.errors });
      }
      const ownHeld = viewer === 'peer' ? ['held'] : [];
      for (const key of (['held', 'hidden', 'deleted'] as const).filter((k) => !ownHeld.includes(k))) {
        const react = await gql(viewer, `react(${key})`, Q.react, { id: premPosts[key].id, kind: 'HELPFUL' });
        expect({ key, errors: react.errors }).toEqual({ key, errors: madePost.errors });
        const edit = await gql(viewer, `edit(${key})`, Q.editPost, { input: { postId: premPosts[key].id, body: 'edited' } });
        expect({ key, errors: edit.errors }).toEqual({ key, errors: madeEdit.errors });
      }
    });

    it('realtime: joins exactly the readable threads (others answer like a made-up id) and receives only their posts', async () => {
      const live = await w.connect(viewer === 'visitor' ? undefined : people[viewer].cookie);
      const madeUp = await live.join(MADE_UP_ID);
      expect(madeUp).toEqual({ ok: false, error: { code: 'NOT_FOUND', reason: 'THREAD_NOT_FOUND', message: 'No such thread.' } });
      for (const key of ALL_THREADS) {
        const ack = await live.join(threads[key].id);
        if (READS[viewer].includes(key)) expect({ key, ok: ack.ok }).toEqual({ key, ok: true });
        else expect({ key, ack }).toEqual({ key, ack: madeUp });
      }
      // A moderator in every room tells us when everything has been sent.
      const control = await w.connect(people.moderator.cookie);
      for (const key of ALL_THREADS) expect((await control.join(threads[key].id)).ok).toBe(true);

      const sent: Partial<Record<ThreadKey, string>> = {};
      sent.pub = (await w.reply(people.author, threads.pub.id, `live ${viewer} pub`)).post.id;
      sent.prem = (await w.reply(people.peer, threads.prem.id, `live ${viewer} prem`)).post.id;
      sent.anon = (await w.reply(people.anonAuthor, threads.anon.id, `live ${viewer} anon`, { anonymous: true })).post.id;
      sent.grp = (await w.reply(people.groupMember, threads.grp.id, `live ${viewer} grp`)).post.id;
      sent.other = (await w.reply(people.outsider, threads.other.id, `live ${viewer} other`)).post.id;
      // Held (PHI) and the moderator's own post into the held thread: not for ordinary readers' rooms.
      const heldLive = await w.reply(people.peer, threads.prem.id, `My patient Jane Roe (DOB 03/14/1961) live ${viewer}`);
      expect(heldLive.held).toBe(true);
      for (const key of ['pub', 'prem', 'anon', 'grp', 'other'] as const) await control.waitFor('forum:post', (p) => p.post.id === sent[key]);
      await sleep(150);

      const expected = (['pub', 'prem', 'anon', 'grp', 'other'] as const).filter((k) => READS[viewer].includes(k));
      const got = (['pub', 'prem', 'anon', 'grp', 'other'] as const).filter((k) => postIdsIn(live, threads[k].id).includes(sent[k]!));
      expect(got).toEqual(expected);
      expect(live.of('forum:post').map((p) => p.post.id)).not.toContain(heldLive.post.id);
      expect(control.of('forum:post').map((p) => p.post.id)).not.toContain(heldLive.post.id);
      for (const p of live.of('forum:post')) {
        expect(p.post.heldReason).toBeNull();
        expect(p.post.phiFindings).toEqual([]);
        expect(p.post.author.isYou).toBe(false);
      }
      rawSeen.push({ viewer, what: 'realtime', raw: live.raw() });
    });
  });

  it("anonymous posts never expose their author: not in any field, list, queue or realtime payload, for anyone", async () => {
    const a = people.anonAuthor;
    const needles = [a.displayName, 'Hiddenname', a.email, a.email.split('@')[0], a.id, `CREDX${m}`, `Jobtitlex${m}`, `Orgx${m}`];
    // Everyone's view of the anonymous thread, its category list and the queue (collected above), plus the author's own.
    for (const v of VIEWERS) await gql(v, 'forumThread(anon)', Q.thread, { id: threads.anon.id });
    const own = await a.client.gql(Q.thread, { id: threads.anon.id });
    rawSeen.push({ viewer: 'anonAuthor', what: 'own anon thread', raw: JSON.stringify(own) });
    expect(rawSeen.length).toBeGreaterThan(50);
    for (const seen of rawSeen) {
      for (const needle of needles) {
        expect({ viewer: seen.viewer, what: seen.what, needle, found: seen.raw.includes(needle) }).toEqual({ viewer: seen.viewer, what: seen.what, needle, found: false });
      }
    }

    // What a peer sees: the pseudonym, stable in the thread, and no identity in any field.
    const peerView = await ok(people.peer.client, Q.thread, { id: threads.anon.id });
    const anonymousAuthor = { userId: null, displayName: 'Member A', credentials: null, credentialsVerified: false, jobTitle: null, organizationName: null, anonymous: true, isYou: false };
    expect(peerView.forumThread.author).toEqual(anonymousAuthor);
    const mine = peerView.forumThread.posts.nodes.filter((n: any) => n.author.anonymous);
    expect(mine.length).toBeGreaterThanOrEqual(2);
    for (const n of mine) expect(n.author).toEqual(anonymousAuthor);
    expect(peerView.forumThread.posts.nodes.map((n: { id: string }) => n.id)).toContain(anonReplyId);
    // The author recognises their own posts, still without their name.
    const ownNodes = own.data.forumThread.posts.nodes.filter((n: any) => n.author.anonymous);
    for (const n of ownNodes) expect(n.author).toEqual({ ...anonymousAuthor, isYou: true });
    expect(ownNodes.map((n: { id: string }) => n.id)).toContain(anonHeldId);
  });

  it('a member whose premium membership is revoked while connected is taken out of the room and hears nothing more', async () => {
    const lapsing = await w.member({ premium: true, displayName: 'Lapsing Lou' });
    const live = await w.connect(lapsing.cookie);
    const control = await w.connect(people.moderator.cookie);
    expect(await live.join(threads.prem.id)).toMatchObject({ ok: true });
    expect(await control.join(threads.prem.id)).toMatchObject({ ok: true });

    const before = await w.reply(people.peer, threads.prem.id, 'before the revocation');
    await live.waitFor('forum:post', (p) => p.post.id === before.post.id);

    await ok(people.staff.client, Q.revokeGrant, { id: lapsing.grantId });
    expect(await live.waitFor('forum:access-lost', (p) => p.threadId === threads.prem.id)).toEqual({ threadId: threads.prem.id });
    const after = await w.reply(people.peer, threads.prem.id, `after the revocation ${secret('afterrevoke')}`);
    await control.waitFor('forum:post', (p) => p.post.id === after.post.id);
    await sleep(150);
    expect(postIdsIn(live, threads.prem.id)).toEqual([before.post.id]);
    expect(live.raw()).not.toContain(secret('afterrevoke'));
    expect(live.socket.connected).toBe(true);

    // Nor can it come back in, over socket.io or HTTP.
    expect(await live.join(threads.prem.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await fail(lapsing.client, Q.threadOnly, { id: threads.prem.id })).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'THREAD_NOT_FOUND' });
  });

  // BUG (accounts.service.ts revokeGrant → realtime.accessChanged → forum.gateway.ts onModuleInit
  // `void this.recheckUser(userId)`): the re-check of the member's open sockets is fire-and-forget, so
  // revokePremiumGrant answers before the sockets have left the premium rooms (it needs ~6 more queries). A post
  // made right after the revocation can still reach the lapsed member (seen once in a full run of this folder), and
  // access-lost always arrives after the answer (0 of 8 runs before it). setForumGroupMember awaits its re-check and
  // does not have this race (see the group test below). Fix: let accessChanged hand back the re-check's promise (e.g.
  // a list of async listeners) and await it in revokeGrant / setRoles / setMembershipOverride.
  it('revokePremiumGrant answers only once the member is out of the premium rooms', async () => {
    const lapsing = await w.member({ premium: true, displayName: 'Racing Ray' });
    const live = await w.connect(lapsing.cookie);
    expect(await live.join(threads.prem.id)).toMatchObject({ ok: true });
    await ok(people.staff.client, Q.revokeGrant, { id: lapsing.grantId });
    const outAlready = live.of('forum:access-lost');
    const after = await w.reply(people.peer, threads.prem.id, 'straight after the revocation');
    expect(outAlready).toEqual([{ threadId: threads.prem.id }]);
    await sleep(150);
    expect(postIdsIn(live, threads.prem.id)).not.toContain(after.post.id);
  });

  // BUG (apps/api/src/modules/accounts/organizations.service.ts updateMembership, and removeDomain): suspending an
  // organization (or ending its window, or removing its domain) ends premium membership for everyone it covered, but
  // nothing tells the realtime gateway (only accounts.service's setRoles / setMembershipOverride / revokeGrant call
  // realtime.accessChanged). Covered members' open sockets stay in premium rooms and keep receiving every new post.
  // Fix: after the change, call realtime.accessChanged(userId) for each member the organization covered (or have the
  // forum gateway re-check all its sockets on an "organization changed" event).
  it('members covered by an organization stop receiving posts at once when staff suspend it', async () => {
    const domain = `h${rnd()}${rnd()}.edu`;
    const created = await ok(people.staff.client, `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id active } }`, {
      input: { name: `Org ${rnd()}`, membershipStartsAt: new Date(Date.now() - 86_400_000).toISOString(), membershipEndsAt: new Date(Date.now() + 365 * 86_400_000).toISOString(), domains: [domain] },
    });
    const covered = await w.member({ email: `covered.${rnd()}@${domain}`, displayName: 'Covered Cal' });
    const live = await w.connect(covered.cookie);
    const control = await w.connect(people.moderator.cookie);
    expect(await live.join(threads.prem.id)).toMatchObject({ ok: true });
    expect(await control.join(threads.prem.id)).toMatchObject({ ok: true });
    const before = await w.reply(people.peer, threads.prem.id, 'while the organization is active');
    await live.waitFor('forum:post', (p) => p.post.id === before.post.id);

    await ok(people.staff.client, `mutation($input: UpdateOrganizationMembershipInput!) { updateOrganizationMembership(input: $input) { id active } }`, {
      input: { organizationId: created.createOrganization.id, status: 'suspended' },
    });
    // Over HTTP the membership is gone at once...
    expect((await fail(covered.client, Q.threadOnly, { id: threads.prem.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    // ...and the open socket must stop hearing the thread too.
    const after = await w.reply(people.peer, threads.prem.id, `after the suspension ${secret('aftersuspend')}`);
    await control.waitFor('forum:post', (p) => p.post.id === after.post.id);
    await sleep(300);
    expect(live.raw()).not.toContain(secret('aftersuspend'));
    expect(postIdsIn(live, threads.prem.id)).toEqual([before.post.id]);
    expect(live.of('forum:access-lost')).toEqual([{ threadId: threads.prem.id }]);
  });

  it('a member whose premium grant runs out while connected is taken out of the room when it ends', async () => {
    const lapsing = await w.member({ premium: { endsAt: new Date(Date.now() + 2500) }, displayName: 'Expiring Eve' });
    const live = await w.connect(lapsing.cookie);
    const control = await w.connect(people.moderator.cookie);
    expect(await live.join(threads.prem.id)).toMatchObject({ ok: true });
    expect(await control.join(threads.prem.id)).toMatchObject({ ok: true });
    const before = await w.reply(people.peer, threads.prem.id, 'while still a member');
    await live.waitFor('forum:post', (p) => p.post.id === before.post.id);

    await live.waitFor('forum:access-lost', (p) => p.threadId === threads.prem.id, 8000);
    const after = await w.reply(people.peer, threads.prem.id, 'after the membership ended');
    await control.waitFor('forum:post', (p) => p.post.id === after.post.id);
    await sleep(150);
    expect(postIdsIn(live, threads.prem.id)).toEqual([before.post.id]);
  });

  it('a member removed from a group while connected stops receiving its posts at once', async () => {
    const fellow = await w.member({ displayName: 'Leaving Lee' });
    await w.addToGroup(group.id, fellow.id);
    const live = await w.connect(fellow.cookie);
    const control = await w.connect(people.moderator.cookie);
    expect(await live.join(threads.grp.id)).toMatchObject({ ok: true });
    expect(await control.join(threads.grp.id)).toMatchObject({ ok: true });
    const before = await w.reply(people.groupMember, threads.grp.id, 'group news');
    await live.waitFor('forum:post', (p) => p.post.id === before.post.id);

    // Only staff manage groups.
    expect((await fail(people.moderator.client, Q.groupMember, { g: group.id, u: fellow.id, member: false })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_STAFF' });
    await ok(people.staff.client, Q.groupMember, { g: group.id, u: fellow.id, member: false });
    const after = await w.reply(people.groupMember, threads.grp.id, `after removal ${secret('afterremoval')}`);
    expect(await live.waitFor('forum:access-lost', (p) => p.threadId === threads.grp.id)).toEqual({ threadId: threads.grp.id });
    await control.waitFor('forum:post', (p) => p.post.id === after.post.id);
    await sleep(150);
    expect(postIdsIn(live, threads.grp.id)).toEqual([before.post.id]);
    expect(live.raw()).not.toContain(secret('afterremoval'));
    expect(await live.join(threads.grp.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await fail(fellow.client, Q.threadOnly, { id: threads.grp.id })).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('no error message anyone received contains a title or body of board content', async () => {
    // A few more probes where the caller names content they may not see.
    await gql('outsider', 'quote held', Q.createPost, { input: { threadId: threads.prem.id, body: 'quoting', quotedPostId: premPosts.held.id } });
    await gql('guest', 'thread in prem', Q.createThread, { input: { categoryId: cats.prem.id, title: threads.prem.title, body: 'x' } });
    await gql('premium', 'thread in grp', Q.createThread, { input: { categoryId: cats.grp.id, title: 'Hello', body: 'x' } });
    await gql('peer', 'delete hidden', Q.deletePost, { id: premPosts.hidden.id });
    await gql('peer', 'reveal', Q.reveal, { id: anonReplyId, reason: 'curious' });
    const quote = errorsSeen.find((e) => e.what === 'quote held')!.error as { extensions: unknown };
    expect(quote.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'POST_NOT_FOUND' });

    expect(errorsSeen.length).toBeGreaterThan(40);
    const needles = [...SECRETS, 'Jane Roe', 'Maria Lopez', people.anonAuthor.displayName];
    for (const { viewer, what, error } of errorsSeen) {
      const raw = JSON.stringify(error);
      for (const needle of needles) {
        expect({ viewer, what, needle, found: raw.includes(needle) }).toEqual({ viewer, what, needle, found: false });
      }
      expect(raw).not.toMatch(/select |insert |forum_posts|stack|at .*\.ts/i);
    }
  });

  // -------------------------------------------------------------------------------------------
  // Notifications, emails, digests, member cards and search
  // -------------------------------------------------------------------------------------------

  describe('notifications, emails, digests, member cards and search', () => {
    let n: NotificationWorld;
    const LISTED: ThreadKey[] = ['pub', 'prem', 'anon', 'grp', 'other'];
    const moderatorKey = (v: ViewerKey) => v === 'moderator' || v === 'staff';
    const threadKeyOf = (id: string) => ALL_THREADS.find((k) => threads[k].id === id);
    /** Posts no ordinary reader may see (held, hidden, deleted). */
    const notForReaders = () => [premPosts.held.id, premPosts.hidden.id, premPosts.deleted.id, anonHeldId];
    const anonNeedles = () => {
      const a = people.anonAuthor;
      return [a.displayName, 'Hiddenname', a.email, a.email.split('@')[0], a.id, `CREDX${m}`, `Jobtitlex${m}`, `Orgx${m}`];
    };
    /** Secrets of threads this viewer may not read, plus the text of posts no reader may see. */
    const forbiddenFor = (v: ViewerKey): string[] => {
      const out = ALL_THREADS.filter((k) => !READS[v].includes(k)).flatMap((k) => [threads[k].title, threads[k].body]);
      if (!moderatorKey(v)) out.push(secret('heldbody'), secret('hiddenbody'), secret('deletedbody'), secret('anonheld'));
      return out;
    };
    /** Threads a viewer hears about: what they may read, less the held thread and the threads only they write in. */
    const expectedThreads = (v: ViewerKey): ThreadKey[] =>
      LISTED.filter((k) => READS[v].includes(k) && !(v === 'groupMember' && k === 'grp') && !(v === 'outsider' && k === 'other'));

    async function allNotifications(member: Member): Promise<any[]> {
      const out: any[] = [];
      let after: string | null = null;
      do {
        const page: any = (await ok(member.client, NQ.list, { first: 50, after })).notifications;
        out.push(...page.nodes);
        after = page.nextCursor;
      } while (after);
      return out;
    }

    /** One more post in a thread by the member who writes there in these tests, through the fan-out. */
    async function postIn(key: ThreadKey, body: string) {
      const by: Record<string, [Member, boolean]> = {
        pub: [people.author, false],
        prem: [people.peer, false],
        anon: [people.anonAuthor, true],
        grp: [people.groupMember, false],
        other: [people.outsider, false],
      };
      const [who, anonymous] = by[key];
      const posted = await w.reply(who, threads[key].id, body, { anonymous });
      await n.publish(posted);
      return posted;
    }

    beforeAll(async () => {
      n = new NotificationWorld(t, db, w);
      // Everything visible in the arranged threads has been through the fan-out (running it again adds nothing).
      const posts = await db.query<{ id: string; thread_id: string; seq: number }>(
        `select id, thread_id, seq from forum_posts where thread_id = any($1::uuid[]) and status = 'visible' order by created_at`,
        [ALL_THREADS.map((k) => threads[k].id)],
      );
      for (const p of posts) await n.publish({ thread: { id: p.thread_id, title: '' }, post: { id: p.id, threadId: p.thread_id, seq: p.seq } });
    });

    it.each(VIEWERS)('in-app list and count (%s): only posts of threads the viewer may read, anonymous authors as their pseudonym', async (viewer) => {
      if (viewer === 'visitor') {
        for (const query of [NQ.list, NQ.count]) {
          const res = await gql(viewer, 'notifications', query);
          expect(res.data).toBeNull();
          expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
        }
        return;
      }
      const member = people[viewer];
      const nodes = await allNotifications(member);
      rawSeen.push({ viewer, what: 'notifications', raw: JSON.stringify(nodes) });
      const heard = [...new Set(nodes.map((x) => threadKeyOf(x.threadId)))].filter(Boolean).sort();
      expect({ viewer, heard }).toEqual({ viewer, heard: expectedThreads(viewer).sort() });
      if (!moderatorKey(viewer)) for (const id of notForReaders()) expect(nodes.map((x) => x.postId)).not.toContain(id);
      for (const x of nodes.filter((x) => x.threadId === threads.anon.id && x.actorName !== 'Peer Pat')) {
        expect(x.actorName).toBe('Member A');
      }
      const raw = JSON.stringify(nodes);
      for (const needle of [...forbiddenFor(viewer), ...anonNeedles(), 'Jane Roe', 'Maria Lopez']) {
        expect({ viewer, needle, found: raw.includes(needle) }).toEqual({ viewer, needle, found: false });
      }
      expect(await n.count(member)).toBe(nodes.filter((x) => x.readAt === null).length);
    });

    it('the live bell: only members who may read a new post hear about it, and only a number', async () => {
      const tabs = new Map<ViewerKey, Live>();
      for (const v of VIEWERS) tabs.set(v, await w.connect(v === 'visitor' ? undefined : people[v].cookie));
      for (const key of ['prem', 'anon', 'grp', 'other'] as const) {
        const marks = new Map([...tabs].map(([v, live]) => [v, live.mark()]));
        await postIn(key, `bell ${key} ${secret('bellbody')}`);
        // (The peer writes the premium posts here: nobody is told about their own post.)
        const hearers = SIGNED_IN.filter((v) => expectedThreads(v).includes(key) && !(v === 'peer' && key === 'prem'));
        for (const v of hearers) await tabs.get(v)!.waitFor('notifications:unread', () => true, 5000, marks.get(v));
        await sleep(200);
        const heard = VIEWERS.filter((v) => tabs.get(v)!.received.slice(marks.get(v)).some((r) => r.event === 'notifications:unread'));
        expect({ key, heard }).toEqual({ key, heard: hearers });
      }
      for (const [v, live] of tabs) {
        for (const payload of live.of('notifications:unread')) expect(Object.keys(payload)).toEqual(['count']);
        expect(live.raw()).not.toContain(secret('bellbody'));
        if (v !== 'visitor') {
          const last = live.of('notifications:unread').pop();
          if (last) expect({ v, count: last.count }).toEqual({ v, count: await n.count(people[v]) });
        }
      }
    });

    it('emails: only about threads the member may read; confidential ones carry no title, no text and no names', async () => {
      const posts = await db.query<{ id: string }>(`select id from forum_posts where thread_id = any($1::uuid[])`, [ALL_THREADS.map((k) => threads[k].id)]);
      for (const p of posts) await t.app.get(NotificationEmailService).sendDue(p.id);
      await n.outboxDrained();
      for (const v of SIGNED_IN) {
        const mails = await n.mails(people[v]);
        const about = mails.map((mail) => threadKeyOf(mail.text.match(/\/board\/t\/([0-9a-f-]{36})/)?.[1] ?? '')).filter(Boolean).sort();
        expect({ v, about }).toEqual({ v, about: expectedThreads(v).sort() });
        for (const mail of mails) {
          const key = threadKeyOf(mail.text.match(/\/board\/t\/([0-9a-f-]{36})/)![1])!;
          const everything = n.everything(mail);
          if (key !== 'pub') expect(mail.subject).toBe('New reply in a confidential thread');
          const allowed = key === 'pub' ? [threads.pub.title] : [];
          const needles = [...SECRETS.filter((s) => !allowed.includes(s)), secret('premreply'), secret('bellbody'), ...anonNeedles(), 'Jane Roe', 'Maria Lopez', 'Peer Pat', 'Named Nadia'];
          for (const needle of needles) expect({ v, key, needle, found: everything.includes(needle) }).toEqual({ v, key, needle, found: false });
        }
      }
    });

    it('digests: per member, only readable threads, titles only for public samples, never post text or names', async () => {
      for (const v of SIGNED_IN) await n.setMode(people[v], 'DAILY');
      for (const key of LISTED) await postIn(key, `digest ${key} ${secret('digestbody')}`);
      for (const v of SIGNED_IN) {
        expect({ v, sent: await n.digests().sendDigest(people[v].id) }).toEqual({ v, sent: true });
      }
      await n.outboxDrained();
      for (const v of SIGNED_IN) {
        const [digest, ...more] = (await n.mails(people[v])).filter((mail) => /digest/.test(mail.subject));
        expect(more).toEqual([]);
        const about = [...digest.text.matchAll(/\/board\/t\/([0-9a-f-]{36})/g)].map((x) => threadKeyOf(x[1])!);
        // Threads a member replied in are tracked (in the app only), so a digest may leave them out; never more.
        expect({ v, extra: about.filter((k) => !expectedThreads(v).includes(k)) }).toEqual({ v, extra: [] });
        expect(about).toContain('pub');
        const everything = n.everything(digest);
        const needles = [...SECRETS.filter((s) => s !== threads.pub.title), secret('digestbody'), ...anonNeedles(), 'Peer Pat', 'Named Nadia', 'Fellow Fen', 'Outsider Oli'];
        for (const needle of needles) expect({ v, needle, found: everything.includes(needle) }).toEqual({ v, needle, found: false });
      }
      for (const v of SIGNED_IN) await n.setMode(people[v], 'IMMEDIATE');
    });

    it('a member whose membership lapses while connected: the bell drops what they can no longer read, and no email or digest about it follows', async () => {
      const lapsing = await w.member({ premium: true, established: true, displayName: 'Lapsing Lin' });
      const digester = await w.member({ premium: true, established: true, displayName: 'Digest Dee' });
      for (const who of [lapsing, digester]) await n.setWatch(who, { categoryId: cats.prem.id }, 'WATCHING');
      await n.setMode(digester, 'DAILY');
      const tab = await w.connect(lapsing.cookie);
      const posted = await postIn('prem', `before the lapse ${secret('lapsebefore')}`);
      await tab.waitFor('notifications:unread', (p) => p.count === 1);
      expect((await n.list(lapsing)).map((x) => x.postId)).toEqual([posted.post.id]);

      const mark = tab.mark();
      await ok(people.staff.client, Q.revokeGrant, { id: lapsing.grantId });
      await ok(people.staff.client, Q.revokeGrant, { id: digester.grantId });
      // The open tab's bell is corrected at once, the list and count follow.
      expect(await tab.waitFor('notifications:unread', () => true, 5000, mark)).toEqual({ count: 0 });
      expect(await n.list(lapsing)).toEqual([]);
      expect(await n.count(lapsing)).toBe(0);
      // The delayed email check and the digest find nothing they may send.
      expect(await n.sendEmails(posted)).toBe(0);
      expect(await n.digests().sendDigest(digester.id)).toBe(false);
      // Nor is anyone without access told about later posts.
      const later = await postIn('prem', `after the lapse ${secret('lapseafter')}`);
      expect(await n.rows(lapsing, later.post.id)).toEqual([]);
      await n.sendEmails(later);
      await n.outboxDrained();
      expect(await n.mails(lapsing)).toEqual([]);
      expect(await n.mails(digester)).toEqual([]);
      expect(tab.raw()).not.toContain(secret('lapsebefore'));
    });

    it.each(VIEWERS)('member cards (%s): no channel lists a member’s posts, so anonymous ones cannot be tied to them', async (viewer) => {
      const card = await gql(viewer, 'user(anonAuthor)', `query($id: ID!) { user(id: $id) { id displayName credentials jobTitle organizationName bio roles } }`, { id: people.anonAuthor.id });
      if (viewer === 'visitor') {
        expect(card.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      } else {
        expect(card.data.user.id).toBe(people.anonAuthor.id);
        const raw = JSON.stringify(card);
        for (const needle of [...SECRETS, threads.anon.id, anonReplyId]) expect({ viewer, needle, found: raw.includes(needle) }).toEqual({ viewer, needle, found: false });
      }
      // Mentions list named participants only: never the anonymous author.
      if (READS[viewer].includes('anon')) {
        const candidates = await gql(viewer, 'mention candidates', NQ.mentionCandidates, { threadId: threads.anon.id, search: '' });
        expect(candidates.errors).toBeUndefined();
        expect(candidates.data.forumMentionCandidates.map((c: { userId: string }) => c.userId)).not.toContain(people.anonAuthor.id);
      }
      // Searching for the author's name finds none of their anonymous posts.
      const byName = await gql(viewer, 'search by name', `query($q: String!) { forumSearch(query: $q) { postId thread { id } } }`, { q: 'Hiddenname Quill' });
      expect(byName.data?.forumSearch ?? []).toEqual([]);
    });

    it('no type a member card or account is made of leads to board content', async () => {
      const res = await ok(people.staff.client, `{ profile: __type(name: "UserProfile") { fields { name type { name kind ofType { name kind ofType { name ofType { name } } } } } }
        account: __type(name: "Account") { fields { name type { name kind ofType { name kind ofType { name ofType { name } } } } } } }`);
      const typeNames = (f: any): string[] => {
        const names: string[] = [];
        for (let x = f.type; x; x = x.ofType) if (x.name) names.push(x.name);
        return names;
      };
      for (const type of [res.profile, res.account]) {
        for (const field of type.fields) {
          expect({ field: field.name, types: typeNames(field).filter((name) => /Forum|Post|Thread|Notification|Search/.test(name)) }).toEqual({ field: field.name, types: [] });
        }
      }
    });

    it.each(VIEWERS)('search (%s): finds exactly the readable threads, never held, hidden or deleted text', async (viewer) => {
      const found: ThreadKey[] = [];
      for (const key of ALL_THREADS) {
        const res = await gql(viewer, `search(${key})`, `query($q: String!) { forumSearch(query: $q) { postId snippet thread { id title } } }`, { q: threads[key].body });
        expect(res.errors).toBeUndefined();
        if (res.data.forumSearch.some((r: { thread: { id: string } }) => r.thread.id === threads[key].id)) found.push(key);
      }
      expect({ viewer, found }).toEqual({ viewer, found: READS[viewer].filter((k) => k !== 'held') });
      for (const key of ['heldbody', 'hiddenbody', 'deletedbody', 'anonheld']) {
        const res = await gql(viewer, `search(${key})`, `query($q: String!) { forumSearch(query: $q) { postId } }`, { q: secret(key) });
        expect({ viewer, key, hits: res.data.forumSearch }).toEqual({ viewer, key, hits: [] });
      }
    });
  });
});
