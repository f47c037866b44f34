/**
 * Who may take part in the Fellows programme. The facts (eligibility grant, reviewer appointment,
 * roles) are gathered by the API; these functions decide, and every read and write path asks them.
 */
export interface FellowsViewer {
  userId: string | null;
  emailVerified: boolean;
  staff: boolean;
  /** Appointed reviewer (staff are reviewers by role). */
  reviewer: boolean;
  /** Holds a fellowship eligibility grant (Residency check-in or staff). */
  eligible: boolean;
}

export type SubmitDecision = { ok: true } | { ok: false; reason: 'SIGN_IN_REQUIRED' | 'EMAIL_NOT_VERIFIED' | 'NOT_ELIGIBLE' | 'PLAN_EXISTS' };

export const fellowsPolicy = {
  isReviewer(v: FellowsViewer): boolean {
    return v.userId !== null && (v.staff || v.reviewer);
  },

  /** Only members who completed the Residency, with a confirmed address, and no open or accepted plan. */
  canSubmit(v: FellowsViewer, hasOpenOrAcceptedPlan: boolean): SubmitDecision {
    if (!v.userId) return { ok: false, reason: 'SIGN_IN_REQUIRED' };
    if (!v.emailVerified) return { ok: false, reason: 'EMAIL_NOT_VERIFIED' };
    if (!v.eligible) return { ok: false, reason: 'NOT_ELIGIBLE' };
    if (hasOpenOrAcceptedPlan) return { ok: false, reason: 'PLAN_EXISTS' };
    return { ok: true };
  },

  /** A plan is confidential: its author and reviewers only. */
  canSeePlan(v: FellowsViewer, plan: { authorId: string }): boolean {
    if (!v.userId) return false;
    return plan.authorId === v.userId || fellowsPolicy.isReviewer(v);
  },

  /** Reviewers review, but never their own plan. */
  canReviewPlan(v: FellowsViewer, plan: { authorId: string }): boolean {
    return fellowsPolicy.isReviewer(v) && plan.authorId !== v.userId;
  },

  /** The public Fellows page: accepted fellows who chose to be listed. */
  isListed(plan: { status: string; listPublicly: boolean }): boolean {
    return plan.status === 'accepted' && plan.listPublicly;
  },
};
