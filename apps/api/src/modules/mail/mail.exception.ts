import { defineExceptions } from '../../core/errors/domain.exception';

export const MailErrors = {
  MESSAGE_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such message.' },
} as const;

export type MailErrorCode = keyof typeof MailErrors;
export class MailException extends defineExceptions<MailErrorCode>(MailErrors) {}
