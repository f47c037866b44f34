import { defineExceptions } from './domain.exception';

/** Errors raised by the platform itself rather than a domain module. */
export const CommonErrors = {
  VALIDATION_FAILED: { category: 'BAD_USER_INPUT', message: 'Some fields are not valid.' },
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  NOT_ALLOWED: { category: 'FORBIDDEN', message: 'You are not allowed to do that.' },
  NOT_FOUND: { category: 'NOT_FOUND', message: 'Not found.' },
  RATE_LIMITED: { category: 'TOO_MANY_REQUESTS', message: 'Too many attempts. Please wait and try again.' },
} as const;

export type CommonErrorCode = keyof typeof CommonErrors;
export class CommonException extends defineExceptions<CommonErrorCode>(CommonErrors) {}
