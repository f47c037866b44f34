import type { CourseAccessDecision, CourseAccessFacts, CourseGrantSource } from './learning.types';

// A purchase or Residency registration names the reason better than a hand-made grant.
const GRANT_ORDER: readonly CourseGrantSource[] = ['purchase', 'residency', 'staff'];

/**
 * Who may study the certificate course (module content and quizzes): staff (they run it), premium
 * members (it is included in membership), and anyone holding an active grant — a $250 purchase, a
 * Residency registration, or a staff grant. Everyone else sees the outline and an invitation.
 */
export function courseAccess(facts: CourseAccessFacts): CourseAccessDecision {
  if (!facts.signedIn) return { canStudy: false, missing: 'sign_in' };
  if (facts.isStaff) return { canStudy: true, via: 'staff_role' };
  if (facts.tier === 'premium') return { canStudy: true, via: 'premium' };
  const grant = GRANT_ORDER.find((source) => facts.activeGrantSources.includes(source));
  if (grant) return { canStudy: true, via: grant };
  return { canStudy: false, missing: 'membership_or_purchase' };
}
