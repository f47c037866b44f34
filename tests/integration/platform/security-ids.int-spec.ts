import request from 'supertest';
import { bootForum, closeForum, ForumWorld, Member, ok, rnd } from '../../utils/forum-fixtures';
import { TestDb } from '../../utils/fixtures';
import { EQ, EventsWorld } from '../../utils/events-fixtures';
import { C, ConsultationWorld } from '../../utils/consultation-fixtures';
import { register, REG, RQ } from '../events/registration-fixtures';
import { answers, createCourse, L, TestCourse } from '../learning/course-fixtures';
import { D, DirectoryWorld, draft } from '../directory/directory-fixtures';
import type { TestApp, TestClient } from '../../utils/test-app';

/**
 * Member A against member B's things, area by area, with B's real ids, tokens and scopes (not made-up
 * ones): every read answers NOT_FOUND-style and shows none of B's data, every action is refused with a
 * code and changes none of B's rows. "Not yours" is indistinguishable from "does not exist".
 */

const REFUSED = ['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT'];

const PLAN = {
  title: `Outreach plan ${rnd()}`,
  goals: 'Reach parents in our county with vaccine facts they can trust.',
  audience: 'Parents of young children and local school nurses.',
  platforms: ['facebook'],
  metrics: 'Clinic appointment requests that mention our posts, monthly.',
  governance: 'Two-person proof-reading; no patient details ever.',
};

describe('member A cannot read or act on member B’s things by id', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let ev: EventsWorld;
  let A: Member;
  let B: Member;
  let staff: Member;
  /** Strings only B's data contains: none may appear in anything A receives. */
  const secrets: string[] = [];
  const b = {} as {
    orderId: string;
    registrationId: string;
    ticketToken: string;
    eventId: string;
    waitlistEntryId: string;
    consultationId: string;
    draftScope: string;
    notificationId: string;
    feedPath: string;
    course: TestCourse;
    certificateCode: string;
    planId: string;
    editToken: string;
    listingId: string;
  };
  let aEditToken: string;

  /** Fingerprint of B's rows in every area: must not change while A tries things. */
  async function bState() {
    return db.query(
      `select
         (select json_agg(o order by o.id) from (select id, state, updated_at from orders where buyer_id = $1) o) as orders,
         (select json_agg(r order by r.id) from (select id, status, attendee_name, updated_at from registrations where id = $2) r) as regs,
         (select json_agg(e order by e.id) from (select id, status from waitlist_entries where user_id = $1) e) as waitlist,
         (select json_agg(c order by c.id) from (select id, status, starts_at, ics_sequence from consultations where member_id = $1) c) as consultations,
         (select json_agg(d) from (select body_md, title from forum_drafts where user_id = $1) d) as drafts,
         (select json_agg(n) from (select id, read_at from notifications where user_id = $1) n) as notifications,
         (select json_agg(f) from (select * from calendar_feeds where user_id = $1) f) as feeds,
         (select json_agg(p) from (select id, status, version, updated_at from fellowship_plans where author_id = $1) p) as plans,
         (select json_agg(l) from (select id, name, updated_at from directory_organizations where id = $3) l) as listing`,
      [B.id, b.registrationId, b.listingId],
    );
  }

  const seen: string[] = [];
  async function attempt(client: TestClient, query: string, variables: Record<string, unknown>) {
    const res = await client.gql(query, variables);
    seen.push(JSON.stringify({ data: res.data, errors: res.errors }));
    return res;
  }
  async function refused(client: TestClient, query: string, variables: Record<string, unknown>) {
    const res = await attempt(client, query, variables);
    expect({ query, variables, status: res.status, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({
      query,
      variables,
      status: expect.any(Number),
      codes: [expect.stringMatching(new RegExp(`^(${REFUSED.join('|')})$`))],
    });
    expect(res.status).toBeLessThan(500);
    return res.errors![0];
  }

  beforeAll(async () => {
    ({ t, db, w } = await bootForum());
    ev = new EventsWorld(t, db);
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sam' });
    A = await w.member({ premium: true, displayName: `Alice ${rnd()}`, established: true });
    B = await w.member({ premium: true, displayName: `Bertha ${rnd()}`, established: true });
    secrets.push(B.email, B.displayName);

    // Events: an order with a registration, and a waiting-list place.
    const event = await ev.event({ title: `Summit ${rnd()}` });
    const ticket = await ev.ticket(event.id, { listPriceCents: 0 });
    const attendeeName = `Bertha Seat ${rnd()}`;
    secrets.push(attendeeName);
    const bBuyer = { ...B, client: B.client };
    const order = await register(ev, bBuyer, ticket, { attendees: [{ name: attendeeName, email: B.email, credentials: 'RN', organization: 'Mercy', answers: [] }] });
    b.orderId = order.id;
    b.registrationId = order.registrations[0].id;
    b.eventId = event.id;
    b.ticketToken = (await ok(B.client, RQ.one, { id: b.registrationId })).registration.ticketToken;
    const full = await ev.ticket(event.id, { capacity: 1, taken: 1, name: 'Workshop' });
    b.waitlistEntryId = (await ok(B.client, EQ.joinWaitlist, { id: full })).joinWaitlist.id;

    // Consultations: B books an expert.
    const cw = new ConsultationWorld(w);
    const expert = await cw.expert();
    const [slot] = await cw.slots(B.client, expert.typeId);
    const intake = `Bertha's private question ${rnd()}`;
    secrets.push(intake);
    b.consultationId = (await cw.book(B, expert.typeId, slot.start, intake)).id;

    // Forum: a draft, and a notification (A replies in B's thread; B watches it as its author).
    const cat = await w.category({ audience: 'premium' });
    b.draftScope = `category:${cat.id}`;
    const draftBody = `Bertha's unfinished draft ${rnd()}`;
    secrets.push(draftBody);
    await ok(B.client, `mutation($s: String!, $b: String!) { saveForumDraft(scope: $s, body: $b, title: "Private title") }`, { s: b.draftScope, b: draftBody });
    const thread = await w.thread(B, cat.id, { title: `Bertha asks ${rnd()}`, body: 'What do you all think about this?' });
    const threadId = (thread as { thread: { id: string } }).thread.id;
    await w.reply(A, threadId, 'A reply that notifies the author.');
    await w.settled(30_000);
    let note: { id: string } | undefined;
    for (let i = 0; i < 50 && !note; i++) {
      [note] = await db.query<{ id: string }>(`select id from notifications where user_id = $1`, [B.id]);
      if (!note) await new Promise((r) => setTimeout(r, 200));
    }
    if (!note) throw new Error('no notification for B');
    b.notificationId = note.id;

    // Calendar feed.
    const feed = (await ok(B.client, C.feed)).myCalendarFeed;
    b.feedPath = new URL(feed.httpsUrl).pathname;

    // Learning: B completes a one-module course and holds its certificate.
    b.course = await createCourse(db, { modules: 1, questions: 2 });
    for (const m of [A, B]) await ok(staff.client, L.grant, { input: { courseSlug: b.course.slug, userId: m.id } });
    await ok(B.client, L.markRead, { id: b.course.modules[0].id });
    const passed = (await ok(B.client, L.submit, { input: { moduleId: b.course.modules[0].id, answers: answers(b.course.modules[0]) } })).submitCourseQuiz;
    b.certificateCode = passed.certificate.code;

    // Fellows: B is eligible and has submitted a plan.
    await ok(staff.client, `mutation($i: FellowshipMemberInput!) { grantFellowshipEligibility(input: $i) { userId } }`, { i: { email: B.email } });
    await ok(staff.client, `mutation($i: FellowshipMemberInput!) { grantFellowshipEligibility(input: $i) { userId } }`, { i: { email: A.email } });
    secrets.push(PLAN.title);
    b.planId = (await ok(B.client, `mutation($i: FellowshipPlanInput!) { submitFellowshipPlan(input: $i) { id } }`, { i: PLAN })).submitFellowshipPlan.id;

    // Directory: B's and A's listings, each with its own edit link.
    const dw = new DirectoryWorld(t, db);
    const bListing = await dw.listed(staff.client, draft());
    b.editToken = bListing.editToken;
    b.listingId = bListing.listing.id;
    secrets.push(bListing.email);
    aEditToken = (await dw.listed(staff.client, draft())).editToken;
  });

  afterAll(async () => {
    await closeForum({ t, db, w });
  });

  it('events: B’s order, registration, ticket and waiting-list place', async () => {
    const before = await bState();
    await refused(A.client, EQ.order, { id: b.orderId });
    await refused(A.client, RQ.one, { id: b.registrationId });
    await refused(A.client, EQ.confirm, { id: b.orderId });
    await refused(A.client, EQ.cancel, { id: b.orderId, reason: 'mine now' });
    await refused(A.client, RQ.cancel, { id: b.registrationId });
    await refused(A.client, RQ.update, { input: { registrationId: b.registrationId, attendeeName: 'Hijacked Name' } });
    await refused(A.client, RQ.transfer, { input: { registrationId: b.registrationId, name: 'Alice Taker', email: A.email } });
    await refused(A.client, RQ.checkIn, { eventId: b.eventId, token: b.ticketToken });
    await refused(A.client, EQ.leaveWaitlist, { id: b.waitlistEntryId });
    await refused(A.client, EQ.declineOffer, { id: b.waitlistEntryId });
    await refused(A.client, EQ.acceptOffer, { input: { entryId: b.waitlistEntryId, attendees: [{ name: 'Alice', email: A.email }], idempotencyKey: `k-${rnd()}` } });
    // A's own lists hold none of it.
    const mine = await attempt(A.client, `{ myOrders { id } myRegistrations { id } myWaitlist { id } }`, {});
    expect(mine.data).toEqual({ myOrders: [], myRegistrations: [], myWaitlist: [] });
    expect(await bState()).toEqual(before);
  });

  it('consultations: B’s booking', async () => {
    const before = await bState();
    await refused(A.client, C.one, { id: b.consultationId });
    await refused(A.client, C.cancel, { input: { id: b.consultationId, reason: 'not mine' } });
    await refused(A.client, C.reschedule, { input: { id: b.consultationId, start: new Date(Date.now() + 5 * 86_400_000).toISOString() } });
    await refused(A.client, C.notes, { id: b.consultationId, notes: 'sneaky' });
    await refused(A.client, C.outcome, { id: b.consultationId, outcome: 'NO_SHOW' });
    // The booking's id is not a link token either.
    await refused(A.client, C.byLink, { token: b.consultationId });
    expect((await attempt(A.client, C.mine, {})).data.myConsultations).toEqual([]);
    expect(await bState()).toEqual(before);
  });

  it('forum: B’s draft (same scope) and B’s notifications', async () => {
    const before = await bState();
    const draftRes = await attempt(A.client, `query($s: String!) { forumDraft(scope: $s) { title body } }`, { s: b.draftScope });
    expect(draftRes.errors).toBeUndefined();
    expect(draftRes.data.forumDraft).toBeNull();
    const marked = await attempt(A.client, `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { count } }`, { input: { ids: [b.notificationId] } });
    expect(marked.status).toBeLessThan(500);
    const list = await attempt(A.client, `{ notifications { nodes { id } } }`, {});
    expect(JSON.stringify(list.data)).not.toContain(b.notificationId);
    // Read-all by A is A's own read-all.
    await attempt(A.client, `mutation { markNotificationsRead(input: { all: true }) { count } }`, {});
    expect(await bState()).toEqual(before);
  });

  it('calendar feed: only B’s exact token opens B’s feed; guesses from B’s ids get 404', async () => {
    const before = await bState();
    const http = () => request(t.app.getHttpServer());
    const real = await http().get(b.feedPath);
    expect(real.status).toBe(200);
    const token = b.feedPath.split('/').pop()!.replace(/\.ics$/, '');
    const guesses = [
      B.id,
      b.registrationId,
      b.consultationId,
      token.slice(0, -1),
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase(),
      `${token}x`,
    ];
    for (const guess of guesses) {
      const res = await http().get(b.feedPath.replace(token, guess));
      expect({ guess, status: res.status }).toEqual({ guess, status: 404 });
      expect(res.text).not.toContain('BEGIN:VCALENDAR');
    }
    // A regenerating A's own link leaves B's working.
    await ok(A.client, C.regenerate);
    expect((await http().get(b.feedPath)).status).toBe(200);
    expect(await bState()).toEqual(before);
  });

  it('learning: A sees only A’s own progress; B’s certificate only through its public check', async () => {
    const course = (await attempt(A.client, L.course, { slug: b.course.slug })).data.course;
    expect(course.progress).toMatchObject({ completedModules: 0, complete: false });
    expect(course.certificate).toBeNull();
    expect(course.modules[0]).toMatchObject({ status: expect.not.stringMatching(/PASSED|READ/), attempts: 0, bestScore: null });
    // The public check shows name, course and date only — never the holder's email.
    // (Public by design, so kept out of the answers checked for B's data at the end.)
    const check = await A.client.gql(L.verify, { code: b.certificateCode });
    expect(Object.keys(check.data.verifyCertificate).sort()).toEqual(['code', 'courseTitle', 'holderName', 'issuedAt']);
    expect(JSON.stringify(check)).not.toContain(B.email);
    const guessed = await attempt(A.client, L.verify, { code: b.certificateCode.slice(0, -1) + (b.certificateCode.endsWith('A') ? 'B' : 'A') });
    expect(guessed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('fellows: B’s plan', async () => {
    const before = await bState();
    await refused(A.client, `query($id: ID!) { fellowshipPlan(id: $id) { id title } }`, { id: b.planId });
    for (const action of ['START_REVIEW', 'ACCEPT', 'COMMENT', 'DECLINE']) {
      await refused(A.client, `mutation($i: ReviewFellowshipPlanInput!) { reviewFellowshipPlan(input: $i) { id } }`, { i: { planId: b.planId, action, comment: 'looks fine' } });
    }
    // A's own fellowship page shows no plan.
    expect((await attempt(A.client, `{ myFellowship { plan { id } } }`, {})).data.myFellowship.plan).toBeNull();
    expect(await bState()).toEqual(before);
  });

  it('directory: A’s edit link opens only A’s listing; B’s listing id in it is refused', async () => {
    const before = await bState();
    const own = await attempt(A.client, D.editForm, { token: aEditToken });
    expect(own.data.directoryEditForm.listing.id).not.toBe(b.listingId);
    const forged = [aEditToken.replace(own.data.directoryEditForm.listing.id, b.listingId), b.listingId, `${b.editToken}x`, b.editToken.slice(0, -2)];
    for (const token of forged) {
      const res = await attempt(A.client, D.editForm, { token });
      expect({ token, code: res.errors?.[0].extensions?.code }).toEqual({ token, code: expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT|FORBIDDEN)$/) });
      const upd = await attempt(A.client, D.update, { token, input: { ...draft(), name: 'Hijacked Hospital' } });
      expect(upd.errors?.[0].extensions?.code).toEqual(expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT|FORBIDDEN)$/));
    }
    expect(await bState()).toEqual(before);
  });

  it('never showed A any of B’s data, in any answer above', () => {
    expect(seen.length).toBeGreaterThan(30);
    for (const s of secrets) expect({ secret: s, foundIn: seen.filter((answer) => answer.includes(s)) }).toEqual({ secret: s, foundIn: [] });
  });
});
