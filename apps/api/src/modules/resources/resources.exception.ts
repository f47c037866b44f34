import { defineExceptions } from '../../core/errors/domain.exception';

export const ResourcesErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  NOT_STAFF: { category: 'FORBIDDEN', message: 'Only staff can do that.' },
  RESOURCE_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such resource.' },
  INVALID_RESOURCE: { category: 'BAD_USER_INPUT', message: 'Some fields of the resource need attention.' },
  SLUG_TAKEN: { category: 'CONFLICT', message: 'Another resource already uses this address.' },
  INVALID_SEARCH: { category: 'BAD_USER_INPUT', message: 'Search for up to 200 characters, and page within the first 10,000 results.' },
} as const;

export type ResourcesErrorCode = keyof typeof ResourcesErrors;
export class ResourcesException extends defineExceptions<ResourcesErrorCode>(ResourcesErrors) {}
