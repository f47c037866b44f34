import { defineExceptions } from '../../core/errors/domain.exception';

export const ForumErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  CATEGORY_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such category.' },
  THREAD_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such thread.' },
  POST_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such post.' },
  CANNOT_POST: { category: 'FORBIDDEN', message: 'You cannot post here. Premium membership (or membership of this group) and a verified email are needed.' },
  SUSPENDED: { category: 'FORBIDDEN', message: 'A moderator has suspended your posting for now. You can still read.' },
  SLUG_TAKEN: { category: 'CONFLICT', message: 'This address is already used by another category or group.' },
  INVALID_SLUG: { category: 'BAD_USER_INPUT', message: 'Use 2 to 63 lower-case letters, digits and dashes.' },
  INVALID_CATEGORY: { category: 'BAD_USER_INPUT', message: 'A group category needs its group; other categories have none.' },
  INVALID_UNTIL: { category: 'BAD_USER_INPUT', message: 'The suspension must end in the future (within a year).' },
  THREAD_LOCKED: { category: 'FORBIDDEN', message: 'This thread is locked.' },
  NOT_YOUR_POST: { category: 'FORBIDDEN', message: 'You can only edit or delete your own posts.' },
  ANONYMOUS_NOT_ALLOWED: { category: 'BAD_USER_INPUT', message: 'This category does not allow anonymous posts.' },
  EMPTY_POST: { category: 'BAD_USER_INPUT', message: 'Write something first.' },
  POST_TOO_LONG: { category: 'BAD_USER_INPUT', message: 'Posts are limited to 50,000 characters.' },
  INVALID_TITLE: { category: 'BAD_USER_INPUT', message: 'Give the thread a title (up to 200 characters).' },
  PHI_CONFIRMATION_REQUIRED: {
    category: 'BAD_USER_INPUT',
    message: 'This may identify a patient. Check the highlighted text, then confirm to post.',
  },
  ALREADY_REACTED: { category: 'CONFLICT', message: 'You already reacted this way.' },
  INVALID_CURSOR: { category: 'BAD_USER_INPUT', message: 'This page link is not valid; start from the first page.' },
  NOT_MODERATOR: { category: 'FORBIDDEN', message: 'Only moderators can do that.' },
  REASON_REQUIRED: { category: 'BAD_USER_INPUT', message: 'Give a reason: it goes to the action log.' },
  INVALID_TRANSITION: { category: 'CONFLICT', message: 'That action does not apply to this post now.' },
  NOT_STAFF: { category: 'FORBIDDEN', message: 'Only staff can do that.' },
  GROUP_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such group.' },
  USER_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such member.' },
  INVALID_DRAFT_SCOPE: { category: 'BAD_USER_INPUT', message: 'A draft belongs to a thread or a category.' },
  ALREADY_FLAGGED: { category: 'CONFLICT', message: 'You already flagged this post; moderators will look at it.' },
  NOT_THREAD_AUTHOR: { category: 'FORBIDDEN', message: 'Only the thread’s author can choose the answer that helped.' },
  INVALID_SEARCH: { category: 'BAD_USER_INPUT', message: 'Search for 2 to 200 characters.' },
  NO_OPEN_FLAGS: { category: 'CONFLICT', message: 'This post has no open flags: someone may have dealt with them already.' },
  NOT_ANONYMOUS: { category: 'BAD_USER_INPUT', message: 'This post is not anonymous.' },
} as const;

export type ForumErrorCode = keyof typeof ForumErrors;
export class ForumException extends defineExceptions<ForumErrorCode>(ForumErrors) {}
