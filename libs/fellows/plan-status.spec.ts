import { availablePlanActions, isOpenPlan, isReviewDecision, PLAN_ACTIONS, PLAN_STATUSES, planTransition, type PlanAction, type PlanActor, type PlanStatus } from './plan-status.rule';

describe('planTransition', () => {
  it.each<[PlanStatus | null, PlanAction, PlanActor, string | null, ReturnType<typeof planTransition>]>([
    [null, 'submit', 'author', null, { ok: true, to: 'submitted' }],
    ['submitted', 'start_review', 'reviewer', null, { ok: true, to: 'in_review' }],
    ['resubmitted', 'start_review', 'reviewer', null, { ok: true, to: 'in_review' }],
    ['in_review', 'request_revision', 'reviewer', 'Add metrics', { ok: true, to: 'revision_requested' }],
    ['revision_requested', 'resubmit', 'author', null, { ok: true, to: 'resubmitted' }],
    ['in_review', 'accept', 'reviewer', null, { ok: true, to: 'accepted' }],
    ['in_review', 'decline', 'reviewer', 'Out of scope', { ok: true, to: 'declined' }],
    ['submitted', 'comment', 'reviewer', 'Looks promising', { ok: true, to: 'submitted' }],
    ['in_review', 'comment', 'reviewer', 'Thinking', { ok: true, to: 'in_review' }],
    // invalid transitions
    ['submitted', 'submit', 'author', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    ['submitted', 'accept', 'reviewer', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    ['accepted', 'accept', 'reviewer', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    ['accepted', 'decline', 'reviewer', 'x', { ok: false, reason: 'INVALID_TRANSITION' }],
    ['declined', 'start_review', 'reviewer', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    ['accepted', 'comment', 'reviewer', 'late', { ok: false, reason: 'INVALID_TRANSITION' }],
    ['in_review', 'resubmit', 'author', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    ['revision_requested', 'accept', 'reviewer', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    [null, 'accept', 'reviewer', null, { ok: false, reason: 'INVALID_TRANSITION' }],
    // wrong actor
    ['in_review', 'accept', 'author', null, { ok: false, reason: 'NOT_YOURS_TO_DO' }],
    ['revision_requested', 'resubmit', 'reviewer', null, { ok: false, reason: 'NOT_YOURS_TO_DO' }],
    [null, 'submit', 'reviewer', null, { ok: false, reason: 'NOT_YOURS_TO_DO' }],
    // comment required
    ['in_review', 'request_revision', 'reviewer', '   ', { ok: false, reason: 'COMMENT_REQUIRED' }],
    ['in_review', 'decline', 'reviewer', null, { ok: false, reason: 'COMMENT_REQUIRED' }],
    ['submitted', 'comment', 'reviewer', '', { ok: false, reason: 'COMMENT_REQUIRED' }],
  ])('%s --%s by %s (%j)', (from, action, actor, comment, expected) => {
    expect(planTransition(from, action, actor, comment)).toEqual(expected);
  });

  it('an unknown action is refused', () => {
    expect(planTransition('in_review', 'approve' as PlanAction, 'reviewer', null)).toEqual({ ok: false, reason: 'INVALID_TRANSITION' });
  });

  it('accepted and declined are final: nothing moves them', () => {
    for (const status of ['accepted', 'declined'] as const) {
      for (const action of PLAN_ACTIONS) {
        for (const actor of ['author', 'reviewer'] as const) expect(planTransition(status, action, actor, 'c').ok).toBe(false);
      }
    }
  });
});

describe('availablePlanActions', () => {
  it.each<[PlanStatus, PlanActor, PlanAction[]]>([
    ['submitted', 'reviewer', ['start_review', 'comment']],
    ['in_review', 'reviewer', ['comment', 'request_revision', 'accept', 'decline']],
    ['revision_requested', 'reviewer', ['comment']],
    ['revision_requested', 'author', ['resubmit']],
    ['resubmitted', 'reviewer', ['start_review', 'comment']],
    ['accepted', 'reviewer', []],
    ['accepted', 'author', []],
    ['in_review', 'author', []],
  ])('%s for %s', (status, actor, expected) => {
    expect(availablePlanActions(status, actor)).toEqual(expected);
  });

  it('every offered action is one planTransition accepts', () => {
    for (const status of PLAN_STATUSES) {
      for (const actor of ['author', 'reviewer'] as const) {
        for (const action of availablePlanActions(status, actor)) expect(planTransition(status, action, actor, 'because').ok).toBe(true);
      }
    }
  });
});

describe('isOpenPlan / isReviewDecision', () => {
  it.each<[PlanStatus, boolean]>([
    ['submitted', true],
    ['in_review', true],
    ['revision_requested', true],
    ['resubmitted', true],
    ['accepted', false],
    ['declined', false],
  ])('%s open: %s', (s, open) => expect(isOpenPlan(s)).toBe(open));

  it.each<[PlanAction, boolean]>([
    ['request_revision', true],
    ['accept', true],
    ['decline', true],
    ['comment', false],
    ['start_review', false],
    ['resubmit', false],
    ['submit', false],
  ])('%s is a decision: %s', (a, d) => expect(isReviewDecision(a)).toBe(d));
});
