export type { Audience, Viewer } from './viewer.types';
export { ANONYMOUS_VIEWER } from './viewer.types';
export { canSeeAudience, hasRole, isModerator, isPremium, isSignedIn, isStaff } from './viewer.rule';
export { accountsPolicy } from './accounts.policy';
export { forumPolicy } from './forum.policy';
export type { ForumAudience, ForumCategoryRef, ForumContentRef, ForumContentStatus, ForumViewer } from './forum.policy';
