import { defineExceptions } from '../../core/errors/domain.exception';

export const AccountsErrors = {
  INVALID_EMAIL: { category: 'BAD_USER_INPUT', message: 'Enter a valid email address.' },
  WEAK_PASSWORD: { category: 'BAD_USER_INPUT', message: 'Choose a stronger password.' },
  INVALID_NAME: { category: 'BAD_USER_INPUT', message: 'Enter your name.' },
  UNKNOWN_TIME_ZONE: { category: 'BAD_USER_INPUT', message: 'Choose a time zone from the list (for example America/New_York).' },
  INVALID_CREDENTIALS: { category: 'UNAUTHENTICATED', message: 'The email or password is not correct.' },
  EMAIL_NOT_VERIFIED: { category: 'FORBIDDEN', message: 'Please verify your email first. We have sent you a new link.' },
  TOKEN_INVALID: { category: 'BAD_USER_INPUT', message: 'This link is invalid, expired or already used. Request a new one.' },
  WRONG_PASSWORD: { category: 'BAD_USER_INPUT', message: 'Your current password is not correct.' },
  TOO_MANY_ATTEMPTS: { category: 'TOO_MANY_REQUESTS', message: 'Too many attempts. Please wait a few minutes and try again.' },
  INVALID_CURSOR: { category: 'BAD_USER_INPUT', message: 'This page link is not valid; start from the first page.' },
  INVALID_ORGANIZATION_NAME: { category: 'BAD_USER_INPUT', message: 'Enter the organization’s name (at least 2 characters).' },
  USER_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such member.' },
  GRANT_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such premium membership grant.' },
  INVALID_WINDOW: { category: 'BAD_USER_INPUT', message: 'The end date must be after the start date.' },
  ORGANIZATION_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such organization.' },
  ORGANIZATION_NAME_TAKEN: { category: 'CONFLICT', message: 'An organization with this name already exists.' },
  INVALID_DOMAIN: { category: 'BAD_USER_INPUT', message: 'Enter a domain such as mayo.edu (no http://, no paths, no wildcards).' },
  DOMAIN_TAKEN: { category: 'CONFLICT', message: 'This domain is already listed by an organization.' },
  DOMAIN_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such domain.' },
  LAST_STAFF: { category: 'CONFLICT', message: 'You cannot remove your own staff role.' },
  FORBIDDEN: { category: 'FORBIDDEN', message: 'You are not allowed to do that.' },
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
} as const;

export type AccountsErrorCode = keyof typeof AccountsErrors;

export class AccountsException extends defineExceptions<AccountsErrorCode>(AccountsErrors) {}
