import type { Role } from '../accounts/roles';
import { ANONYMOUS_VIEWER } from './viewer.types';
import type { Viewer } from './viewer.types';
import { consultationsPolicy } from './consultations.policy';

const EXPERT = 'e0000000-0000-4000-8000-000000000001';
const MEMBER = 'm0000000-0000-4000-8000-000000000002';
const OTHER = 'o0000000-0000-4000-8000-000000000003';
const STAFF = 's0000000-0000-4000-8000-000000000004';
const booking = { memberId: MEMBER, expertId: EXPERT };

const viewer = (userId: string | null, tier: 'guest' | 'premium', roles: Role[] = ['member']): Viewer =>
  userId ? { userId, roles, tier, emailVerified: true } : ANONYMOUS_VIEWER;

const who: Record<string, Viewer> = {
  anonymous: ANONYMOUS_VIEWER,
  guest: viewer(OTHER, 'guest'),
  premiumOther: viewer(OTHER, 'premium'),
  member: viewer(MEMBER, 'premium'),
  expert: viewer(EXPERT, 'guest', ['member', 'expert']),
  staff: viewer(STAFF, 'premium', ['member', 'staff']),
};

describe('consultationsPolicy', () => {
  it.each<[string, string | null]>([
    ['anonymous', 'SIGN_IN_REQUIRED'],
    ['guest', 'PREMIUM_REQUIRED'],
    ['premiumOther', null],
    ['member', null],
    ['expert', 'CANNOT_BOOK_SELF'],
    ['staff', null],
  ])('bookingRefusal for %s', (name, refusal) => {
    expect(consultationsPolicy.bookingRefusal(who[name], EXPERT)).toBe(refusal);
  });

  it.each<[string, boolean, boolean, boolean, boolean]>([
    // who, see, reschedule, cancel, act as expert
    ['anonymous', false, false, false, false],
    ['guest', false, false, false, false],
    ['premiumOther', false, false, false, false],
    ['member', true, true, true, false],
    ['expert', true, false, true, true],
    ['staff', true, false, false, false],
  ])('%s on a booking', (name, see, reschedule, cancel, expert) => {
    const v = who[name];
    expect([
      consultationsPolicy.canSeeBooking(v, booking),
      consultationsPolicy.canReschedule(v, booking),
      consultationsPolicy.canCancel(v, booking),
      consultationsPolicy.canActAsExpert(v, booking),
    ]).toEqual([see, reschedule, cancel, expert]);
  });

  it.each<[string, string, boolean]>([
    ['expert', EXPERT, true],
    ['expert', OTHER, false],
    ['staff', EXPERT, true],
    ['member', MEMBER, false],
    ['anonymous', EXPERT, false],
  ])('%s manages expert %s → %p', (name, expertId, allowed) => {
    expect(consultationsPolicy.canManageExpert(who[name], expertId)).toBe(allowed);
  });

  it('lets anyone see the experts directory', () => {
    expect(consultationsPolicy.canSeeExperts(ANONYMOUS_VIEWER)).toBe(true);
  });
});
