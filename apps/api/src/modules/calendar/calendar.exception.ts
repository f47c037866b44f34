import { defineExceptions } from '../../core/errors/domain.exception';

export const CalendarErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  FEED_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such calendar.' },
  ITEM_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such calendar entry.' },
} as const;

export type CalendarErrorCode = keyof typeof CalendarErrors;
export class CalendarException extends defineExceptions<CalendarErrorCode>(CalendarErrors) {}
