import { defineExceptions } from '../../core/errors/domain.exception';

export const NotificationsErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  INVALID_CURSOR: { category: 'BAD_USER_INPUT', message: 'This page link is not valid; start from the first page.' },
  INVALID_TARGET: { category: 'BAD_USER_INPUT', message: 'Choose either a thread or a category.' },
  INVALID_SEQ: { category: 'BAD_USER_INPUT', message: 'Not a valid post number.' },
  NOTHING_TO_MARK: { category: 'BAD_USER_INPUT', message: 'Give the notifications to mark, or ask for all of them.' },
  // Same words as the board's own not-found answers: a thread you may not read looks like one that does not exist.
  THREAD_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such thread.' },
  CATEGORY_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such category.' },
} as const;

export type NotificationsErrorCode = keyof typeof NotificationsErrors;
export class NotificationsException extends defineExceptions<NotificationsErrorCode>(NotificationsErrors) {}
