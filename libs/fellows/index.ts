export { PLAN_ACTIONS, PLAN_STATUSES, availablePlanActions, isOpenPlan, isReviewDecision, planTransition } from './plan-status.rule';
export type { PlanAction, PlanActor, PlanStatus, TransitionResult } from './plan-status.rule';
export { PLAN_LIMITS, PLAN_PLATFORMS, checkPlanFields, checkText } from './plan-fields.rule';
export type { PlanFields, PlanPlatform } from './plan-fields.rule';
export { fellowsPolicy } from './fellows.policy';
export type { FellowsViewer, SubmitDecision } from './fellows.policy';
