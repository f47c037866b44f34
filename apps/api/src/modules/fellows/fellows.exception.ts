import { defineExceptions } from '../../core/errors/domain.exception';

export const FellowsErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  EMAIL_NOT_VERIFIED: { category: 'FORBIDDEN', message: 'Confirm your email address first.' },
  NOT_ELIGIBLE: {
    category: 'FORBIDDEN',
    message: 'The Fellows programme is open to members who completed the Social Media Residency. If you attended, ask staff to record it.',
  },
  PLAN_EXISTS: { category: 'CONFLICT', message: 'You already have a plan in the programme. Open it to follow its review.' },
  PLAN_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such plan.' },
  INVALID_PLAN: { category: 'BAD_USER_INPUT', message: 'Some parts of the plan need attention.' },
  NOT_REVIEWER: { category: 'FORBIDDEN', message: 'Only reviewers of the Fellows programme can review plans.' },
  OWN_PLAN: { category: 'FORBIDDEN', message: 'You cannot review your own plan.' },
  NOT_YOURS_TO_DO: { category: 'FORBIDDEN', message: 'That step belongs to the other side of the review.' },
  INVALID_TRANSITION: { category: 'CONFLICT', message: 'That step does not apply to the plan in its current state. Reload to see where it stands.' },
  COMMENT_REQUIRED: { category: 'BAD_USER_INPUT', message: 'Write a comment: the author needs to know why.' },
  TEXT_TOO_LONG: { category: 'BAD_USER_INPUT', message: 'That text is too long.' },
  NOT_ACCEPTED: { category: 'CONFLICT', message: 'Only accepted fellows can choose to be listed.' },
  NOT_STAFF: { category: 'FORBIDDEN', message: 'Only staff can do that.' },
  USER_NOT_FOUND: { category: 'NOT_FOUND', message: 'No account with that email address.' },
} as const;

export type FellowsErrorCode = keyof typeof FellowsErrors;
export class FellowsException extends defineExceptions<FellowsErrorCode>(FellowsErrors) {}
