import { courseAccess } from './course-access.rule';
import type { CourseAccessFacts } from './learning.types';

const member = (over: Partial<CourseAccessFacts> = {}): CourseAccessFacts => ({ signedIn: true, isStaff: false, tier: 'guest', activeGrantSources: [], ...over });

describe('courseAccess', () => {
  it.each<[string, CourseAccessFacts, ReturnType<typeof courseAccess>]>([
    ['a visitor', { signedIn: false, isStaff: false, tier: 'guest', activeGrantSources: [] }, { canStudy: false, missing: 'sign_in' }],
    // Tier and grants of a visitor count for nothing (a malformed fact set gains nothing).
    ['a visitor with forged facts', { signedIn: false, isStaff: true, tier: 'premium', activeGrantSources: ['staff'] }, { canStudy: false, missing: 'sign_in' }],
    ['a guest account', member(), { canStudy: false, missing: 'membership_or_purchase' }],
    ['a premium member', member({ tier: 'premium' }), { canStudy: true, via: 'premium' }],
    ['staff', member({ isStaff: true }), { canStudy: true, via: 'staff_role' }],
    ['a guest with a staff grant', member({ activeGrantSources: ['staff'] }), { canStudy: true, via: 'staff' }],
    ['a guest who bought the course', member({ activeGrantSources: ['purchase'] }), { canStudy: true, via: 'purchase' }],
    ['a Residency registrant', member({ activeGrantSources: ['residency'] }), { canStudy: true, via: 'residency' }],
    ['purchase named before a staff grant', member({ activeGrantSources: ['staff', 'purchase'] }), { canStudy: true, via: 'purchase' }],
    ['premium named before a grant', member({ tier: 'premium', activeGrantSources: ['purchase'] }), { canStudy: true, via: 'premium' }],
  ])('%s', (_name, facts, expected) => {
    expect(courseAccess(facts)).toEqual(expected);
  });
});
