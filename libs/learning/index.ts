export type {
  CourseAccessDecision,
  CourseAccessFacts,
  CourseAccessVia,
  CourseGrantSource,
  CourseProgressSummary,
  ModuleProgressFacts,
  ModuleStatus,
  QuizAnswer,
  QuizProblem,
  QuizQuestionKey,
  QuizScore,
} from './learning.types';
export { courseAccess } from './course-access.rule';
export { isValidPassMark, scoreQuiz } from './quiz-score.rule';
export { courseProgress, moduleStatus } from './course-progress.rule';
export { formatVerificationCode, normalizeVerificationCode, VERIFICATION_CODE_BYTES } from './verification-code.rule';

/** The Social for Healthcare Certificate: the course a purchase or a Residency registration opens. */
export const CERTIFICATE_COURSE_SLUG = 'social-for-healthcare';
/** Its retail price on its own, in US cents (PRODUCT.md). */
export const CERTIFICATE_COURSE_PRICE_CENTS = 25_000;
export { moduleDraftProblems, MODULE_LIMITS } from './module-draft.rule';
export type { ModuleDraft } from './module-draft.rule';
