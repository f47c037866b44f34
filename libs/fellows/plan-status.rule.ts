/** A strategic plan's life: submitted → in_review → (revision_requested → resubmitted → in_review)* → accepted | declined. */
export const PLAN_STATUSES = ['submitted', 'in_review', 'revision_requested', 'resubmitted', 'accepted', 'declined'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What someone can do to a plan. `comment` leaves the status as it is. */
export const PLAN_ACTIONS = ['submit', 'start_review', 'comment', 'request_revision', 'resubmit', 'accept', 'decline'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Who acts: the plan's author or a reviewer (who is never the author). */
export type PlanActor = 'author' | 'reviewer';

interface Move {
  from: readonly (PlanStatus | null)[];
  to: PlanStatus | 'same';
  by: PlanActor;
  /** A comment the author must read is required (why a revision, why declined). */
  needsComment: boolean;
}

const OPEN: readonly PlanStatus[] = ['submitted', 'in_review', 'revision_requested', 'resubmitted'];

const MOVES: Record<PlanAction, Move> = {
  submit: { from: [null], to: 'submitted', by: 'author', needsComment: false },
  start_review: { from: ['submitted', 'resubmitted'], to: 'in_review', by: 'reviewer', needsComment: false },
  comment: { from: OPEN, to: 'same', by: 'reviewer', needsComment: true },
  request_revision: { from: ['in_review'], to: 'revision_requested', by: 'reviewer', needsComment: true },
  resubmit: { from: ['revision_requested'], to: 'resubmitted', by: 'author', needsComment: false },
  accept: { from: ['in_review'], to: 'accepted', by: 'reviewer', needsComment: false },
  decline: { from: ['in_review'], to: 'declined', by: 'reviewer', needsComment: true },
};

export type TransitionResult =
  | { ok: true; to: PlanStatus }
  | { ok: false; reason: 'INVALID_TRANSITION' | 'NOT_YOURS_TO_DO' | 'COMMENT_REQUIRED' };

/** The one rule for every status change; the service locks the row, asks this, then writes. */
export function planTransition(from: PlanStatus | null, action: PlanAction, actor: PlanActor, comment: string | null): TransitionResult {
  const move = MOVES[action];
  if (!move) return { ok: false, reason: 'INVALID_TRANSITION' };
  if (move.by !== actor) return { ok: false, reason: 'NOT_YOURS_TO_DO' };
  if (!move.from.includes(from)) return { ok: false, reason: 'INVALID_TRANSITION' };
  if (move.needsComment && !(comment ?? '').trim()) return { ok: false, reason: 'COMMENT_REQUIRED' };
  return { ok: true, to: move.to === 'same' ? (from as PlanStatus) : move.to };
}

/** The actions the web app offers this actor now (the API decides again on submit). */
export function availablePlanActions(status: PlanStatus, actor: PlanActor): PlanAction[] {
  return PLAN_ACTIONS.filter((a) => a !== 'submit' && MOVES[a].by === actor && MOVES[a].from.includes(status));
}

/** Still open: the author cannot start a second plan while one of these exists (nor after acceptance). */
export function isOpenPlan(status: PlanStatus): boolean {
  return OPEN.includes(status);
}

/** Decisions the author is emailed about (comments and starting a review are not, to spare inboxes). */
export function isReviewDecision(action: PlanAction): boolean {
  return action === 'request_revision' || action === 'accept' || action === 'decline';
}
