import { CourseAccessService } from '../../../apps/api/src/modules/learning/course-access.service';
import { TransactionRunner } from '../../../apps/api/src/core/database/transaction-runner';
import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, Member, ok } from '../../utils/forum-fixtures';
import { startTestApp, TestApp } from '../../utils/test-app';
import { answers, createCourse, L, TestCourse } from './course-fixtures';

/** Who may study the course: premium members, grant holders (staff, purchase, residency) and staff; nobody else. */
describe('certificate course access', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let course: TestCourse;
  let staff: Member;
  let premium: Member;
  let guest: Member;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    course = await createCourse(db);
    staff = await w.member({ roles: ['member', 'staff'], displayName: 'Staff Sam' });
    premium = await w.member({ premium: true, displayName: 'Premium Pat' });
    guest = await w.member({ displayName: 'Guest Gail' });
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const moduleVars = () => ({ course: course.slug, slug: course.modules[0].slug });

  it('everyone sees the outline; only those with access see content, and no answer key is ever sent', async () => {
    const visitor = w.visitor();
    for (const [client, expected] of [
      [visitor, { canStudy: false, via: null, missing: 'SIGN_IN' }],
      [guest.client, { canStudy: false, via: null, missing: 'MEMBERSHIP_OR_PURCHASE' }],
      [premium.client, { canStudy: true, via: 'PREMIUM', missing: null }],
      [staff.client, { canStudy: true, via: 'STAFF_ROLE', missing: null }],
    ] as const) {
      const data = (await ok(client, L.course, { slug: course.slug })).course;
      expect(data.access).toEqual(expected);
      expect(data.modules.map((m: any) => m.title)).toEqual(['Module 1', 'Module 2', 'Module 3']);
      expect(data.modules[0]).toMatchObject({ summary: 'Summary of module 1', estimatedMinutes: 20, questionCount: 3, passMark: 67 });
      expect(data.priceCents).toBe(25000);
      expect(data.totalMinutes).toBe(60);
      // Progress belongs to those who may study.
      expect(data.progress === null).toBe(!expected.canStudy);
      expect(JSON.stringify(data)).not.toContain('Secret content');
    }

    const denied = await fail(visitor, L.module, moduleVars());
    expect(denied.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
    const forbidden = await fail(guest.client, L.module, moduleVars());
    expect(forbidden.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COURSE_ACCESS_REQUIRED' });
    expect(JSON.stringify(forbidden)).not.toContain('Secret');

    const open = (await ok(premium.client, L.module, moduleVars())).courseModule;
    expect(open.contentHtml).toBe('<p>Secret content of module 1</p>');
    expect(open.videoUrl).toBe('https://videos.confer.test/module-1.mp4');
    expect(open.questions).toHaveLength(3);
    expect(open.questions[0]).toEqual({ id: course.modules[0].questions[0].id, position: 1, prompt: 'Question 1 of module 1?', choices: ['Answer A', 'Answer B', 'Answer C'] });
    expect(open.nextModuleSlug).toBe('module-2');

    // The schema has no field that could carry the right answer.
    const probe = await premium.client.gql(`query($c: String!, $s: String!) { courseModule(courseSlug: $c, slug: $s) { questions { correctIndex } } }`, { c: course.slug, s: 'module-1' });
    expect(probe.errors?.[0]?.message).toMatch(/correctIndex/);
    expect(probe.data).toBeNull();
  });

  it('a guest or visitor cannot read, mark or answer; nothing is written', async () => {
    const before = await db.snapshot();
    for (const client of [w.visitor(), guest.client]) {
      expect((await fail(client, L.markRead, { id: course.modules[0].id })).extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      expect((await fail(client, L.submit, { input: { moduleId: course.modules[0].id, answers: answers(course.modules[0]) } })).extensions?.code).toMatch(
        /UNAUTHENTICATED|FORBIDDEN/,
      );
    }
    expect(await db.snapshot()).toEqual(before);
  });

  it('staff grant and revoke access; members cannot; bad grants are refused with codes and nothing written', async () => {
    const learner = await w.member({ displayName: 'Granted Grace' });
    const before = await db.snapshot();
    expect((await fail(learner.client, L.grant, { input: { courseSlug: course.slug, userId: learner.id } })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(premium.client, L.grants, { slug: course.slug })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(w.visitor(), L.grant, { input: { courseSlug: course.slug, userId: learner.id } })).extensions?.reason).toBe('SIGN_IN_REQUIRED');
    expect((await fail(staff.client, L.grant, { input: { courseSlug: course.slug, userId: '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42' } })).extensions?.reason).toBe('USER_NOT_FOUND');
    expect((await fail(staff.client, L.grant, { input: { courseSlug: 'no-such-course', userId: learner.id } })).extensions?.reason).toBe('COURSE_NOT_FOUND');
    expect((await fail(staff.client, L.grant, { input: { courseSlug: course.slug, userId: 'not-a-uuid' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fail(staff.client, L.grant, { input: { courseSlug: course.slug, userId: learner.id, note: 'x'.repeat(501) } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await db.snapshot()).toEqual(before);

    const grant = (await ok(staff.client, L.grant, { input: { courseSlug: course.slug, userId: learner.id, note: 'Speaker at the conference' } })).grantCourseAccess;
    expect(grant).toMatchObject({ userId: learner.id, source: 'STAFF', note: 'Speaker at the conference', revokedAt: null });
    expect((await fail(staff.client, L.grant, { input: { courseSlug: course.slug, userId: learner.id } })).extensions?.reason).toBe('ALREADY_GRANTED');

    expect((await ok(learner.client, L.course, { slug: course.slug })).course.access).toEqual({ canStudy: true, via: 'STAFF', missing: null });
    expect((await ok(learner.client, L.module, moduleVars())).courseModule.contentHtml).toContain('Secret content');
    // The grant opens this course only for this member.
    expect((await fail(guest.client, L.module, moduleVars())).extensions?.reason).toBe('COURSE_ACCESS_REQUIRED');

    const list = (await ok(staff.client, L.grants, { slug: course.slug })).courseAccessGrants;
    expect(list).toContainEqual(expect.objectContaining({ id: grant.id, userEmail: learner.email, userDisplayName: 'Granted Grace', source: 'STAFF' }));

    expect((await fail(learner.client, L.revoke, { id: grant.id })).extensions?.reason).toBe('NOT_STAFF');
    await ok(staff.client, L.revoke, { id: grant.id });
    expect((await fail(staff.client, L.revoke, { id: grant.id })).extensions?.reason).toBe('GRANT_NOT_FOUND');
    expect((await fail(learner.client, L.module, moduleVars())).extensions?.reason).toBe('COURSE_ACCESS_REQUIRED');
    // After a revoke, staff may grant again.
    await ok(staff.client, L.grant, { input: { courseSlug: course.slug, userId: learner.id } });
    expect((await ok(learner.client, L.course, { slug: course.slug })).course.access.canStudy).toBe(true);
  });

  it('premium access ends with the membership; progress made meanwhile stays', async () => {
    const lapsing = await w.member({ premium: true });
    await ok(lapsing.client, L.markRead, { id: course.modules[0].id });
    await db.query(`update premium_grants set ends_at = now() - interval '1 minute' where user_id = $1`, [lapsing.id]);
    expect((await fail(lapsing.client, L.module, moduleVars())).extensions?.reason).toBe('COURSE_ACCESS_REQUIRED');
    const outline = (await ok(lapsing.client, L.course, { slug: course.slug })).course;
    expect(outline.access.missing).toBe('MEMBERSHIP_OR_PURCHASE');
    expect(outline.modules[0].status).toBe('IN_PROGRESS');
  });

  it('the events area grants access for a purchase or a Residency registration, once per order, and a refund revokes it', async () => {
    const buyer = await w.member({ displayName: 'Buyer Bo' });
    const registrant = await w.member({ displayName: 'Resident Ray' });
    const access = t.app.get(CourseAccessService);
    const transactions = t.app.get(TransactionRunner);
    const orderId = `order-${Date.now()}`;

    const first = await transactions.run((tx) => access.grantForPurchase(tx, { userId: buyer.id, orderId, courseSlug: course.slug }));
    const again = await transactions.run((tx) => access.grantForPurchase(tx, { userId: buyer.id, orderId, courseSlug: course.slug }));
    expect(again.id).toBe(first.id);
    await transactions.run((tx) => access.grantForResidency(tx, { userId: registrant.id, registrationId: `reg-${Date.now()}`, courseSlug: course.slug }));
    expect((await db.query(`select count(*)::int as n from course_access_grants where user_id = $1`, [buyer.id]))[0].n).toBe(1);

    expect((await ok(buyer.client, L.course, { slug: course.slug })).course.access).toMatchObject({ canStudy: true, via: 'PURCHASE' });
    expect((await ok(registrant.client, L.course, { slug: course.slug })).course.access).toMatchObject({ canStudy: true, via: 'RESIDENCY' });

    // A grant made inside a checkout that rolls back leaves nothing behind.
    const rolledBack = `order-rolled-back-${Date.now()}`;
    await expect(
      transactions.run(async (tx) => {
        await access.grantForPurchase(tx, { userId: guest.id, orderId: rolledBack, courseSlug: course.slug });
        throw new Error('payment failed');
      }),
    ).rejects.toThrow('payment failed');
    expect(await db.query(`select 1 from course_access_grants where reference = $1`, [rolledBack])).toHaveLength(0);

    expect(await transactions.run((tx) => access.revokeForReference(tx, 'purchase', orderId))).toBe(1);
    expect((await fail(buyer.client, L.module, moduleVars())).extensions?.reason).toBe('COURSE_ACCESS_REQUIRED');
  });
});
