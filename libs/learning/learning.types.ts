import type { MembershipTier } from '../membership/membership.types';

/** Where a course access grant came from: staff by hand, a $250 purchase, or a Residency registration. */
export type CourseGrantSource = 'staff' | 'purchase' | 'residency';

/** Everything the access decision needs, gathered on the server (never from the browser). */
export interface CourseAccessFacts {
  signedIn: boolean;
  isStaff: boolean;
  /** Effective membership from libs/membership. */
  tier: MembershipTier;
  /** Sources of the member's active (not revoked) grants for this course. */
  activeGrantSources: readonly CourseGrantSource[];
}

/** 'staff_role': staff run the course; 'staff', 'purchase', 'residency': a grant of that source. */
export type CourseAccessVia = 'staff_role' | 'premium' | CourseGrantSource;

export type CourseAccessDecision =
  | { canStudy: true; via: CourseAccessVia }
  | { canStudy: false; missing: 'sign_in' | 'membership_or_purchase' };

export interface QuizQuestionKey {
  id: string;
  /** How many choices the question offers (answers are 0-based indexes). */
  choiceCount: number;
  correctIndex: number;
}

export interface QuizAnswer {
  questionId: string;
  choiceIndex: number;
}

export type QuizProblem = 'QUESTION_NOT_IN_MODULE' | 'DUPLICATE_ANSWER' | 'INCOMPLETE_ANSWERS' | 'INVALID_CHOICE' | 'NO_QUESTIONS';

export type QuizScore =
  | {
      ok: true;
      correctCount: number;
      total: number;
      /** Whole percent, rounded down, so 2 of 3 is 66 and never passes a mark of 67. */
      scorePercent: number;
      passed: boolean;
      /** Whether each of the member's answers was right, in question order — never the right choice itself. */
      results: { questionId: string; correct: boolean }[];
    }
  | { ok: false; problem: QuizProblem; questionId: string | null };

export interface ModuleProgressFacts {
  moduleId: string;
  position: number;
  readAt: Date | null;
  passedAt: Date | null;
  lastActivityAt: Date | null;
}

export type ModuleStatus = 'not_started' | 'in_progress' | 'completed';

export interface CourseProgressSummary {
  totalModules: number;
  completedModules: number;
  percent: number;
  /** The module to continue with: the latest one touched and not finished, else the first unfinished; null when all are done. */
  resumeModuleId: string | null;
  complete: boolean;
}
