export type { EmailMode, NotificationKind, UnsubscribeScope, WatchLevel } from './notification.types';
export { EMAIL_MODES, WATCH_LEVELS } from './notification.types';
export type { Delivery, RecipientFacts, WatchSource } from './recipients.rule';
export { autoWatchLevel, DEFAULT_WATCH_LEVEL, deliveryFor, effectiveWatch, emailRoute, planDeliveries } from './recipients.rule';
export { findMentionedUserIds, MAX_MENTIONS_PER_POST, mentionMarkdown, replaceMentions } from './mentions.rule';
export { plainExcerpt } from './excerpt.rule';
export type { EmailThreadLabel } from './email-label.rule';
export { emailThreadLabel } from './email-label.rule';
export { DIGEST_HOUR, isDigestDue, lastDigestSlot } from './digest-schedule.rule';
