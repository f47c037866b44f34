import { defineExceptions } from '../../core/errors/domain.exception';

export const DirectoryErrors = {
  INVALID_NAME: { category: 'BAD_USER_INPUT', message: 'Enter the organization’s name.' },
  TEXT_TOO_LONG: { category: 'BAD_USER_INPUT', message: 'Some text is too long.' },
  UNKNOWN_TYPE: { category: 'BAD_USER_INPUT', message: 'Choose an organization type from the list.' },
  UNKNOWN_COUNTRY: { category: 'BAD_USER_INPUT', message: 'Choose a country from the list.' },
  UNKNOWN_PLATFORM: { category: 'BAD_USER_INPUT', message: 'Choose a platform from the list.' },
  INVALID_WEBSITE: { category: 'BAD_USER_INPUT', message: 'Enter the website’s address, such as https://www.example.org.' },
  NO_ACCOUNTS: { category: 'BAD_USER_INPUT', message: 'Add at least one official account.' },
  TOO_MANY_ACCOUNTS: { category: 'BAD_USER_INPUT', message: 'Too many accounts in one listing.' },
  INVALID_URL: { category: 'BAD_USER_INPUT', message: 'An account address is not a valid web address.' },
  URL_NOT_ON_PLATFORM: { category: 'BAD_USER_INPUT', message: 'An account address is not on the platform chosen for it.' },
  ACCOUNT_PATH_MISSING: { category: 'BAD_USER_INPUT', message: 'Link to the organization’s own page, not the platform’s home page.' },
  DUPLICATE_ACCOUNT: { category: 'BAD_USER_INPUT', message: 'The same account address is listed twice.' },
  INVALID_EMAIL: { category: 'BAD_USER_INPUT', message: 'Enter a valid email address.' },
  INVALID_REASON: { category: 'BAD_USER_INPUT', message: 'Tell the submitter why (up to 1000 characters).' },
  INVALID_SORT: { category: 'BAD_USER_INPUT', message: 'Unknown sort order.' },
  LINK_INVALID: { category: 'BAD_USER_INPUT', message: 'This link is not valid. Check that you copied all of it.' },
  LINK_EXPIRED: { category: 'BAD_USER_INPUT', message: 'This link has expired. Ask for a new one from the directory page.' },
  ALREADY_REVIEWED: { category: 'CONFLICT', message: 'This submission is no longer waiting for review.' },
  SUBMISSION_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such submission.' },
  LISTING_NOT_FOUND: { category: 'NOT_FOUND', message: 'This listing no longer exists.' },
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  STAFF_ONLY: { category: 'FORBIDDEN', message: 'Only staff can review directory submissions.' },
  TOO_MANY_SUBMISSIONS: { category: 'TOO_MANY_REQUESTS', message: 'Too many submissions from your network. Please try again later.' },
} as const;

export type DirectoryErrorCode = keyof typeof DirectoryErrors;

export class DirectoryException extends defineExceptions<DirectoryErrorCode>(DirectoryErrors) {}
