import { fellowsPolicy, type FellowsViewer } from './fellows.policy';

const v = (over: Partial<FellowsViewer> = {}): FellowsViewer => ({ userId: 'u1', emailVerified: true, staff: false, reviewer: false, eligible: false, ...over });
const anon = v({ userId: null, emailVerified: false });
const member = v();
const eligible = v({ eligible: true });
const reviewer = v({ userId: 'r1', reviewer: true });
const staff = v({ userId: 's1', staff: true });
const forged = v({ userId: null, staff: true, reviewer: true, eligible: true });
const plan = { authorId: 'u1' };

describe('fellowsPolicy.canSubmit', () => {
  it.each<[string, FellowsViewer, boolean, ReturnType<typeof fellowsPolicy.canSubmit>]>([
    ['anonymous', anon, false, { ok: false, reason: 'SIGN_IN_REQUIRED' }],
    ['forged anonymous', forged, false, { ok: false, reason: 'SIGN_IN_REQUIRED' }],
    ['unverified', v({ emailVerified: false, eligible: true }), false, { ok: false, reason: 'EMAIL_NOT_VERIFIED' }],
    ['member without the Residency', member, false, { ok: false, reason: 'NOT_ELIGIBLE' }],
    ['staff without the Residency', staff, false, { ok: false, reason: 'NOT_ELIGIBLE' }],
    ['eligible', eligible, false, { ok: true }],
    ['eligible with an open plan', eligible, true, { ok: false, reason: 'PLAN_EXISTS' }],
  ])('%s', (_n, viewer, hasPlan, expected) => expect(fellowsPolicy.canSubmit(viewer, hasPlan)).toEqual(expected));
});

describe('fellowsPolicy plan access', () => {
  it.each<[string, FellowsViewer, boolean, boolean]>([
    // name, viewer, canSeePlan, canReviewPlan
    ['anonymous', anon, false, false],
    ['forged anonymous', forged, false, false],
    ['the author', member, true, false],
    ['another member', v({ userId: 'u2' }), false, false],
    ['another eligible member', v({ userId: 'u2', eligible: true }), false, false],
    ['a reviewer', reviewer, true, true],
    ['staff', staff, true, true],
    ['a reviewer who is the author', v({ reviewer: true }), true, false],
    ['staff who is the author', v({ staff: true }), true, false],
  ])('%s', (_n, viewer, see, review) => {
    expect(fellowsPolicy.canSeePlan(viewer, plan)).toBe(see);
    expect(fellowsPolicy.canReviewPlan(viewer, plan)).toBe(review);
  });

  it.each<[string, boolean, boolean]>([
    ['accepted', true, true],
    ['accepted', false, false],
    ['in_review', true, false],
    ['declined', true, false],
  ])('isListed(%s, consent %s) = %s', (status, listPublicly, expected) => expect(fellowsPolicy.isListed({ status, listPublicly })).toBe(expected));
});
