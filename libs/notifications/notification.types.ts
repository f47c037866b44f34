/** How closely a member follows a thread or a category. */
export type WatchLevel = 'watching' | 'tracking' | 'normal' | 'muted';
export const WATCH_LEVELS: readonly WatchLevel[] = ['watching', 'tracking', 'normal', 'muted'];

/** Why a member is told about a post: a reply to them, a mention, or a thread/category they follow. */
export type NotificationKind = 'reply' | 'mention' | 'watched';

/** When board emails go out: at once, as one daily or weekly summary, or never. */
export type EmailMode = 'immediate' | 'daily' | 'weekly' | 'off';
export const EMAIL_MODES: readonly EmailMode[] = ['immediate', 'daily', 'weekly', 'off'];

/** What a one-click unsubscribe link turns off. */
export type UnsubscribeScope = 'thread' | 'category' | 'all';
