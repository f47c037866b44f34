import type { EmailMode, NotificationKind, WatchLevel } from '../../gql/graphql';

export const WATCH_LEVEL_OPTIONS: readonly { value: WatchLevel; label: string; description: string }[] = [
  { value: 'WATCHING', label: 'Watching', description: 'Every new post, in Confer and by email.' },
  { value: 'TRACKING', label: 'Tracking', description: 'Every new post in Confer; never by email.' },
  { value: 'NORMAL', label: 'Normal', description: 'Only replies to you and mentions of you.' },
  { value: 'MUTED', label: 'Muted', description: 'Nothing at all, not even replies or mentions.' },
];

export const EMAIL_MODE_OPTIONS: readonly { value: EmailMode; label: string; description: string }[] = [
  { value: 'IMMEDIATE', label: 'As it happens', description: 'One email per post you follow, at most one per thread until you have read it.' },
  { value: 'DAILY', label: 'Daily digest', description: 'One summary each morning (7:00 in your time zone) instead.' },
  { value: 'WEEKLY', label: 'Weekly digest', description: 'One summary on Monday mornings instead.' },
  { value: 'OFF', label: 'No email', description: 'Notifications only in Confer (the bell).' },
];

const KIND_TEXT: Record<NotificationKind, string> = {
  REPLY: 'replied to you in',
  MENTION: 'mentioned you in',
  WATCHED: 'posted in',
};

/** "Member A replied to you in", for the list. */
export function notificationHeadline(kind: NotificationKind, actorName: string): string {
  return `${actorName} ${KIND_TEXT[kind]}`;
}

/** The bell's label for screen readers and its badge text. */
export function unreadLabel(count: number): { aria: string; badge: string } {
  return {
    aria: count === 0 ? 'Notifications, none unread' : `Notifications, ${count} unread`,
    badge: count > 99 ? '99+' : String(count),
  };
}
