import type { EmailMode, NotificationKind, WatchLevel } from './notification.types';

/** With no watch set on the thread or its category, a member hears only about replies and mentions. */
export const DEFAULT_WATCH_LEVEL: WatchLevel = 'normal';

export type WatchSource = 'thread' | 'category' | 'default';

/** What is known about one possible recipient of a new post. */
export interface RecipientFacts {
  userId: string;
  threadLevel: WatchLevel | null;
  categoryLevel: WatchLevel | null;
  /** The post quotes this member's post, or quotes nothing in a thread this member started. */
  repliedTo: boolean;
  mentioned: boolean;
}

export interface Delivery {
  userId: string;
  kind: NotificationKind;
  /** Whether the post is worth an email at this level; the member's email mode decides when (or if) it goes. */
  email: boolean;
  /** What the unsubscribe link of that email turns off: where the level that sent it was set. */
  unsubscribeScope: 'thread' | 'category';
}

/** A thread's own level beats its category's; with neither, the default. */
export function effectiveWatch(threadLevel: WatchLevel | null, categoryLevel: WatchLevel | null): { level: WatchLevel; source: WatchSource } {
  if (threadLevel) return { level: threadLevel, source: 'thread' };
  if (categoryLevel) return { level: categoryLevel, source: 'category' };
  return { level: DEFAULT_WATCH_LEVEL, source: 'default' };
}

/**
 * Who hears about a post, and how:
 * - muted: nothing, not even replies or mentions;
 * - watching: every post, in the app and by email;
 * - tracking: every post, in the app only (never email about this thread);
 * - normal: replies to you and mentions, in the app and by email.
 * A mention outranks a reply, which outranks a plain "new post" (one notification per post).
 */
export function deliveryFor(f: RecipientFacts): Delivery | null {
  const { level, source } = effectiveWatch(f.threadLevel, f.categoryLevel);
  if (level === 'muted') return null;
  const kind: NotificationKind | null = f.mentioned ? 'mention' : f.repliedTo ? 'reply' : level === 'watching' || level === 'tracking' ? 'watched' : null;
  if (!kind) return null;
  return { userId: f.userId, kind, email: level !== 'tracking', unsubscribeScope: source === 'category' ? 'category' : 'thread' };
}

/** Deliveries for one post: never to its author, at most one per member. */
export function planDeliveries(authorId: string, facts: readonly RecipientFacts[]): Delivery[] {
  const merged = new Map<string, RecipientFacts>();
  for (const f of facts) {
    if (f.userId === authorId) continue;
    const seen = merged.get(f.userId);
    merged.set(
      f.userId,
      seen
        ? {
            userId: f.userId,
            threadLevel: seen.threadLevel ?? f.threadLevel,
            categoryLevel: seen.categoryLevel ?? f.categoryLevel,
            repliedTo: seen.repliedTo || f.repliedTo,
            mentioned: seen.mentioned || f.mentioned,
          }
        : f,
    );
  }
  return [...merged.values()].map(deliveryFor).filter((d): d is Delivery => d !== null);
}

/** The level a member gets on a thread by posting in it (unless they already chose one). */
export function autoWatchLevel(startedThread: boolean): WatchLevel {
  // Your own question: every answer by email. A thread you replied to: in the app, so busy members are not flooded.
  return startedThread ? 'watching' : 'tracking';
}

/** Where an email-worthy notification goes for a member with this email mode. */
export function emailRoute(mode: EmailMode): 'now' | 'digest' | 'none' {
  if (mode === 'immediate') return 'now';
  if (mode === 'daily' || mode === 'weekly') return 'digest';
  return 'none';
}
