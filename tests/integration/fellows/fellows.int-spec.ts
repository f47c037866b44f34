import { TransactionRunner } from '../../../apps/api/src/core/database/transaction-runner';
import { FellowshipEligibilityService } from '../../../apps/api/src/modules/fellows/fellowship-eligibility.service';
import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, MADE_UP_ID, Member, ok, shape } from '../../utils/forum-fixtures';
import { startTestApp, TestApp, TestClient } from '../../utils/test-app';

const PLAN_FIELDS = `id title goals audience platforms metrics governance status version cohortYear listPublicly publicSummary submittedAt updatedAt decidedAt isMine availableActions
  author { id displayName credentials organizationName }
  timeline { action fromStatus toStatus comment actorName byAuthor createdAt }`;
const Q = {
  mine: `{ myFellowship { eligible eligibilitySource canSubmit cannotSubmitReason isReviewer plan { ${PLAN_FIELDS} } } }`,
  plan: `query($id: ID!) { fellowshipPlan(id: $id) { ${PLAN_FIELDS} } }`,
  queue: `{ fellowshipReviewQueue { id status title } }`,
  fellows: `{ fellows { id displayName credentials credentialsVerified jobTitle organizationName cohortYear summary } }`,
  submit: `mutation($i: FellowshipPlanInput!) { submitFellowshipPlan(input: $i) { ${PLAN_FIELDS} } }`,
  resubmit: `mutation($i: ResubmitFellowshipPlanInput!) { resubmitFellowshipPlan(input: $i) { ${PLAN_FIELDS} } }`,
  review: `mutation($i: ReviewFellowshipPlanInput!) { reviewFellowshipPlan(input: $i) { ${PLAN_FIELDS} } }`,
  listing: `mutation($i: FellowListingInput!) { setFellowListing(input: $i) { listPublicly publicSummary } }`,
  grant: `mutation($i: FellowshipMemberInput!) { grantFellowshipEligibility(input: $i) { userId source } }`,
  reviewer: `mutation($i: FellowshipMemberInput!, $on: Boolean!) { setFellowshipReviewer(input: $i, reviewer: $on) { ok } }`,
};

const plan = (tag: string) => ({
  title: `Clinic outreach ${tag}`,
  goals: 'Reach parents in our county with vaccine facts they can trust.',
  audience: 'Parents of young children and local school nurses.',
  platforms: ['facebook', 'instagram'],
  metrics: 'Clinic appointment requests that mention our posts, monthly.',
  governance: 'Two-person proof-reading; no patient details ever; comment policy agreed with legal.',
});

describe('Social Media Fellows', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let staff: Member;
  let reviewer: Member;
  let reviewer2: Member;
  let visitor: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sam' });
    reviewer = await w.member({ displayName: 'Rita Reviewer' });
    reviewer2 = await w.member({ displayName: 'Rob Reviewer' });
    await ok(staff.client, Q.reviewer, { i: { email: reviewer.email }, on: true });
    await ok(staff.client, Q.reviewer, { i: { email: reviewer2.email }, on: true });
    visitor = t.client();
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  async function eligibleMember(displayName: string, profile?: { credentials?: string; organizationName?: string }): Promise<Member> {
    const m = await w.member({ displayName, profile });
    await ok(staff.client, Q.grant, { i: { email: m.email, note: 'Attended the March Residency' } });
    return m;
  }

  it('an eligible member submits, a reviewer asks for a revision, the author resubmits, a reviewer accepts; every step is on the timeline and decisions are emailed', async () => {
    const author = await eligibleMember('Amy Author', { credentials: 'RN', organizationName: 'Harbor Clinic' });
    const before = (await ok(author.client, Q.mine)).myFellowship;
    expect(before).toMatchObject({ eligible: true, eligibilitySource: 'STAFF', canSubmit: true, cannotSubmitReason: null, isReviewer: false, plan: null });

    const submitted = (await ok(author.client, Q.submit, { i: plan('a') })).submitFellowshipPlan;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 1, isMine: true, availableActions: [], author: { displayName: 'Amy Author', credentials: 'RN' } });
    expect((await ok(author.client, Q.mine)).myFellowship).toMatchObject({ canSubmit: false, cannotSubmitReason: 'PLAN_EXISTS', plan: { id: submitted.id } });

    const queued = (await ok(reviewer.client, Q.queue)).fellowshipReviewQueue;
    expect(queued.map((p: any) => p.id)).toContain(submitted.id);
    const seen = (await ok(reviewer.client, Q.plan, { id: submitted.id })).fellowshipPlan;
    expect(seen.availableActions).toEqual(['START_REVIEW', 'COMMENT']);

    const review = (action: string, comment: string | null = null, who: Member = reviewer) => ok(who.client, Q.review, { i: { planId: submitted.id, action, comment } });
    await review('START_REVIEW');
    await review('COMMENT', 'Strong audience section.');
    const revision = (await review('REQUEST_REVISION', 'Add who answers comments at weekends.')).reviewFellowshipPlan;
    expect(revision.status).toBe('REVISION_REQUESTED');

    const [asked] = await t.mailbox.waitFor(author.email, { subject: /asked for changes/ });
    expect(asked.links.some((l) => l.endsWith('/fellows/plan'))).toBe(true);
    // The plan and the reviewer's words stay on the site.
    expect(asked.text).not.toContain('weekends');
    expect(asked.text).not.toContain('Clinic outreach');

    const mineNow = (await ok(author.client, Q.mine)).myFellowship.plan;
    expect(mineNow.availableActions).toEqual(['RESUBMIT']);
    const resubmitted = (await ok(author.client, Q.resubmit, { i: { ...plan('a'), governance: 'Two-person proof-reading; the on-call communicator answers comments at weekends.', note: 'Added weekend cover.' } })).resubmitFellowshipPlan;
    expect(resubmitted).toMatchObject({ status: 'RESUBMITTED', version: 2, governance: expect.stringContaining('weekends') });

    await review('START_REVIEW', null, reviewer2);
    const accepted = (await review('ACCEPT', 'Welcome aboard.', reviewer2)).reviewFellowshipPlan;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', cohortYear: new Date().getUTCFullYear() });
    await t.mailbox.waitFor(author.email, { subject: /was accepted/ });

    const timeline = (await ok(author.client, Q.plan, { id: submitted.id })).fellowshipPlan.timeline;
    expect(timeline.map((e: any) => [e.action, e.fromStatus, e.toStatus, e.actorName, e.byAuthor, e.comment])).toEqual([
      ['SUBMIT', null, 'SUBMITTED', 'Amy Author', true, null],
      ['START_REVIEW', 'SUBMITTED', 'IN_REVIEW', 'Rita Reviewer', false, null],
      ['COMMENT', 'IN_REVIEW', 'IN_REVIEW', 'Rita Reviewer', false, 'Strong audience section.'],
      ['REQUEST_REVISION', 'IN_REVIEW', 'REVISION_REQUESTED', 'Rita Reviewer', false, 'Add who answers comments at weekends.'],
      ['RESUBMIT', 'REVISION_REQUESTED', 'RESUBMITTED', 'Amy Author', true, 'Added weekend cover.'],
      ['START_REVIEW', 'RESUBMITTED', 'IN_REVIEW', 'Rob Reviewer', false, null],
      ['ACCEPT', 'IN_REVIEW', 'ACCEPTED', 'Rob Reviewer', false, 'Welcome aboard.'],
    ]);
    expect(timeline.every((e: any) => !Number.isNaN(Date.parse(e.createdAt)))).toBe(true);
    // Exactly two emails: one per decision, none for comments or starting a review.
    expect(await t.mailbox.for(author.email)).toHaveLength(2);

    // Not listed until the fellow consents; then only the public card and the chosen summary.
    expect((await ok(visitor, Q.fellows)).fellows.map((f: any) => f.id)).not.toContain(submitted.id);
    await ok(author.client, Q.listing, { i: { listPublicly: true, publicSummary: 'Vaccine facts for parents, on Facebook and Instagram.' } });
    const listed = (await ok(visitor, Q.fellows)).fellows.find((f: any) => f.id === submitted.id);
    expect(listed).toEqual({
      id: submitted.id,
      displayName: 'Amy Author',
      credentials: 'RN',
      credentialsVerified: false,
      jobTitle: null,
      organizationName: 'Harbor Clinic',
      cohortYear: new Date().getUTCFullYear(),
      summary: 'Vaccine facts for parents, on Facebook and Instagram.',
    });
    const publicText = JSON.stringify((await visitor.gql(Q.fellows)).data);
    expect(publicText).not.toContain('weekends');
    expect(publicText).not.toContain('Reach parents');
    await ok(author.client, Q.listing, { i: { listPublicly: false } });
    expect((await ok(visitor, Q.fellows)).fellows.map((f: any) => f.id)).not.toContain(submitted.id);
  });

  it('plans are visible to their author and reviewers only; others get the same answer as for a made-up id', async () => {
    const author = await eligibleMember('Private Pat');
    const other = await eligibleMember('Other Olga');
    const guest = await w.member({ displayName: 'Guest Gil' });
    const premium = await w.member({ premium: true, displayName: 'Premium Pia' });
    const { id } = (await ok(author.client, Q.submit, { i: plan('p') })).submitFellowshipPlan;

    const missing = shape(await fail(other.client, Q.plan, { id: MADE_UP_ID }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', reason: 'PLAN_NOT_FOUND' });
    for (const who of [other.client, guest.client, premium.client]) {
      expect(shape(await fail(who, Q.plan, { id }))).toEqual(missing);
    }
    expect((await fail(visitor, Q.plan, { id })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok(reviewer.client, Q.plan, { id })).fellowshipPlan.title).toBe('Clinic outreach p');
    expect((await ok(staff.client, Q.plan, { id })).fellowshipPlan.title).toBe('Clinic outreach p');

    // The queue is for reviewers only, and nothing of the plan reaches anyone else.
    for (const who of [other.client, guest.client, premium.client, author.client]) {
      expect((await fail(who, Q.queue)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_REVIEWER' });
    }
    expect((await fail(visitor, Q.queue)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await ok(other.client, Q.mine)).myFellowship.plan).toBeNull();
  });

  it('bad input gets a clear code and writes nothing', async () => {
    const member = await w.member({ premium: true, displayName: 'Not Resident' });
    const author = await eligibleMember('Careful Cara');
    const before = await db.snapshot();

    // Did not complete the Residency (premium membership is not enough).
    expect((await fail(member.client, Q.submit, { i: plan('x') })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ELIGIBLE' });
    expect((await fail(visitor, Q.submit, { i: plan('x') })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Oversized and missing parts: every field named.
    const invalid = await fail(author.client, Q.submit, { i: { ...plan('x'), title: 'ab', goals: 'g'.repeat(10_001), platforms: ['myspace'] } });
    expect(invalid.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PLAN' });
    expect(Object.keys(invalid.extensions?.fields ?? {}).sort()).toEqual(['goals', 'platforms', 'title']);
    // Beyond the transport ceiling: refused by input validation, still with a code.
    expect((await fail(author.client, Q.submit, { i: { ...plan('x'), metrics: 'm'.repeat(50_000) } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(author.client, Q.submit, { i: { ...plan('x'), title: 'bad\u0000title' } })).extensions?.code).toBe('BAD_USER_INPUT');
    // Reviewer-only steps by a member, and unknown actions.
    expect((await fail(member.client, Q.review, { i: { planId: MADE_UP_ID, action: 'ACCEPT' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_REVIEWER' });
    expect((await fail(reviewer.client, Q.review, { i: { planId: MADE_UP_ID, action: 'RESUBMIT' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(reviewer.client, Q.review, { i: { planId: MADE_UP_ID, action: 'ACCEPT' } })).extensions?.reason).toBe('PLAN_NOT_FOUND');
    // Nothing to resubmit or list yet.
    expect((await fail(author.client, Q.resubmit, { i: plan('x') })).extensions?.reason).toBe('PLAN_NOT_FOUND');
    expect((await fail(author.client, Q.listing, { i: { listPublicly: true } })).extensions?.reason).toBe('NOT_ACCEPTED');
    // Staff tools are staff-only.
    expect((await fail(reviewer.client, Q.grant, { i: { email: member.email } })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(staff.client, Q.grant, { i: { email: 'nobody@example.org' } })).extensions?.reason).toBe('USER_NOT_FOUND');
    expect(await db.snapshot()).toEqual(before);

    const { id } = (await ok(author.client, Q.submit, { i: plan('y') })).submitFellowshipPlan;
    const afterSubmit = await db.snapshot();
    const review = (who: Member, action: string, comment?: string) => fail(who.client, Q.review, { i: { planId: id, action, comment } });
    expect((await review(reviewer, 'ACCEPT')).extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect((await review(reviewer, 'COMMENT', '   ')).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMENT_REQUIRED' });
    expect((await review(reviewer, 'COMMENT', 'c'.repeat(5_001))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_TOO_LONG' });
    expect((await fail(author.client, Q.submit, { i: plan('z') })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_EXISTS' });
    expect((await fail(author.client, Q.resubmit, { i: plan('z') })).extensions?.reason).toBe('INVALID_TRANSITION');
    await ok(reviewer.client, Q.review, { i: { planId: id, action: 'START_REVIEW' } });
    expect((await review(reviewer, 'DECLINE')).extensions?.reason).toBe('COMMENT_REQUIRED');
    expect((await db.snapshot()).fellowship_plan_events).toBe(afterSubmit.fellowship_plan_events + 1);
    expect((await db.snapshot()).mail_messages).toBe(afterSubmit.mail_messages);

    // A reviewer who is also a fellow candidate never reviews their own plan.
    await ok(staff.client, Q.grant, { i: { email: reviewer2.email } });
    const own = (await ok(reviewer2.client, Q.submit, { i: plan('own') })).submitFellowshipPlan;
    expect((await fail(reviewer2.client, Q.review, { i: { planId: own.id, action: 'START_REVIEW' } })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_PLAN' });
    expect(own.availableActions).toEqual([]);
  });

  it('two reviewers deciding at once: exactly one decision lands, with one email', async () => {
    for (let round = 0; round < 3; round += 1) {
      const author = await eligibleMember(`Race ${round}`);
      const { id } = (await ok(author.client, Q.submit, { i: plan(`race${round}`) })).submitFellowshipPlan;
      await ok(reviewer.client, Q.review, { i: { planId: id, action: 'START_REVIEW' } });
      const results = await Promise.all([
        reviewer.client.gql(Q.review, { i: { planId: id, action: 'ACCEPT', comment: 'Yes' } }),
        reviewer2.client.gql(Q.review, { i: { planId: id, action: 'DECLINE', comment: 'No' } }),
      ]);
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.find((r) => r.errors)!.errors![0].extensions?.reason).toBe('INVALID_TRANSITION');
      const decisions = await db.query(`select action from fellowship_plan_events where plan_id = $1 and action in ('accept','decline')`, [id]);
      expect(decisions).toHaveLength(1);
      const [row] = await db.query(`select status from fellowship_plans where id = $1`, [id]);
      expect(row.status).toBe(decisions[0].action === 'accept' ? 'accepted' : 'declined');
      const mails = await db.query(`select 1 from mail_messages where to_address = $1`, [author.email]);
      expect(mails).toHaveLength(1);
    }
  });

  it('both decisions really wait on the same plan at once, and still only one lands; without the lock both would (control)', async () => {
    const author = await eligibleMember('Held Hana');
    const { id } = (await ok(author.client, Q.submit, { i: plan('held') })).submitFellowshipPlan;
    await ok(reviewer.client, Q.review, { i: { planId: id, action: 'START_REVIEW' } });

    // Hold the plan's row so both requests are inside their transactions, blocked, at the same moment.
    const holder = await new TestDb().connect();
    await holder.query('begin');
    await holder.query('select 1 from fellowship_plans where id = $1 for update', [id]);
    const pending = Promise.all([
      reviewer.client.gql(Q.review, { i: { planId: id, action: 'ACCEPT' } }),
      reviewer2.client.gql(Q.review, { i: { planId: id, action: 'DECLINE', comment: 'No' } }),
    ]);
    const waiting = async () =>
      (await db.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query ilike '%fellowship_plans%'`))[0].n;
    for (let i = 0; i < 100 && (await waiting()) < 2; i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(await waiting()).toBe(2);
    await holder.query('commit');
    await holder.close();
    const results = await pending;
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(await db.query(`select 1 from fellowship_plan_events where plan_id = $1 and action in ('accept','decline')`, [id])).toHaveLength(1);

    // Control: the same two decisions as read-then-write without the row lock both go through,
    // so the assertions above would see a double decision if the service did not lock.
    const other = await eligibleMember('Control Cleo');
    const control = (await ok(other.client, Q.submit, { i: plan('control') })).submitFellowshipPlan.id;
    await ok(reviewer.client, Q.review, { i: { planId: control, action: 'START_REVIEW' } });
    const [a, b] = [await new TestDb().connect(), await new TestDb().connect()];
    for (const c of [a, b]) await c.query('begin');
    const seen = await Promise.all([a, b].map(async (c) => (await c.query(`select status from fellowship_plans where id = $1`, [control]))[0].status));
    expect(seen).toEqual(['in_review', 'in_review']);
    for (const [c, action, to] of [[a, 'accept', 'accepted'], [b, 'decline', 'declined']] as const) {
      await c.query(`insert into fellowship_plan_events (plan_id, action, from_status, to_status) values ($1, $2, 'in_review', $3)`, [control, action, to]);
    }
    for (const c of [a, b]) {
      await c.query('commit');
      await c.close();
    }
    expect(await db.query(`select 1 from fellowship_plan_events where plan_id = $1 and action in ('accept','decline')`, [control])).toHaveLength(2);
  });

  it('after a decline the author keeps the declined plan and may submit a new one; an appointed reviewer removed by staff can no longer review', async () => {
    const author = await eligibleMember('Second Try Sam');
    const first = (await ok(author.client, Q.submit, { i: plan('first') })).submitFellowshipPlan;
    await ok(reviewer.client, Q.review, { i: { planId: first.id, action: 'START_REVIEW' } });
    await ok(reviewer.client, Q.review, { i: { planId: first.id, action: 'DECLINE', comment: 'Needs a clearer audience.' } });
    await t.mailbox.waitFor(author.email, { subject: /review decision/ });
    expect((await ok(author.client, Q.mine)).myFellowship).toMatchObject({ canSubmit: true, plan: { id: first.id, status: 'DECLINED', availableActions: [] } });
    const second = (await ok(author.client, Q.submit, { i: plan('second') })).submitFellowshipPlan;
    expect((await ok(author.client, Q.mine)).myFellowship).toMatchObject({ canSubmit: false, plan: { id: second.id, status: 'SUBMITTED' } });
    expect((await ok(author.client, Q.plan, { id: first.id })).fellowshipPlan.status).toBe('DECLINED');

    const temp = await w.member({ displayName: 'Temporary Reviewer' });
    await ok(staff.client, Q.reviewer, { i: { email: temp.email }, on: true });
    expect((await ok(temp.client, Q.plan, { id: second.id })).fellowshipPlan.id).toBe(second.id);
    await ok(staff.client, Q.reviewer, { i: { email: temp.email }, on: false });
    expect((await fail(temp.client, Q.review, { i: { planId: second.id, action: 'START_REVIEW' } })).extensions?.reason).toBe('NOT_REVIEWER');
    expect((await fail(temp.client, Q.plan, { id: second.id })).extensions?.reason).toBe('PLAN_NOT_FOUND');
  });

  it('two submissions at once by the same member leave one plan', async () => {
    const author = await eligibleMember('Double Dana');
    const results = await Promise.all([author.client.gql(Q.submit, { i: plan('d1') }), author.client.gql(Q.submit, { i: plan('d2') })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0].extensions?.reason).toBe('PLAN_EXISTS');
    expect(await db.query(`select 1 from fellowship_plans where author_id = $1`, [author.id])).toHaveLength(1);
  });

  it('the Residency check-in makes an attendee eligible inside its own transaction (idempotent; rolled back with it)', async () => {
    const eligibility = t.app.get(FellowshipEligibilityService);
    const transactions = t.app.get(TransactionRunner);
    const attendee = await w.member({ displayName: 'Resident Rae' });
    expect((await ok(attendee.client, Q.mine)).myFellowship).toMatchObject({ eligible: false, canSubmit: false, cannotSubmitReason: 'NOT_ELIGIBLE' });

    // The check-in fails after the grant: nothing stays.
    await expect(
      transactions.run(async (tx) => {
        await eligibility.grantFromResidencyCheckIn(tx, { userId: attendee.id, checkInRef: 'registration-1' });
        throw new Error('check-in failed');
      }),
    ).rejects.toThrow('check-in failed');
    expect((await ok(attendee.client, Q.mine)).myFellowship.eligible).toBe(false);

    expect(await transactions.run((tx) => eligibility.grantFromResidencyCheckIn(tx, { userId: attendee.id, checkInRef: 'registration-1' }))).toBe(true);
    expect(await transactions.run((tx) => eligibility.grantFromResidencyCheckIn(tx, { userId: attendee.id, checkInRef: 'registration-1' }))).toBe(false);
    expect((await ok(attendee.client, Q.mine)).myFellowship).toMatchObject({ eligible: true, eligibilitySource: 'RESIDENCY_CHECK_IN', canSubmit: true });
    expect((await ok(attendee.client, Q.submit, { i: plan('rae') })).submitFellowshipPlan.status).toBe('SUBMITTED');
  });
});
