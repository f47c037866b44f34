import { autoWatchLevel, deliveryFor, effectiveWatch, emailRoute, planDeliveries, RecipientFacts } from './recipients.rule';
import type { WatchLevel } from './notification.types';

const facts = (over: Partial<RecipientFacts> = {}): RecipientFacts => ({
  userId: 'u1',
  threadLevel: null,
  categoryLevel: null,
  repliedTo: false,
  mentioned: false,
  ...over,
});

describe('effectiveWatch', () => {
  it.each<[WatchLevel | null, WatchLevel | null, WatchLevel, string]>([
    [null, null, 'normal', 'default'],
    ['watching', null, 'watching', 'thread'],
    [null, 'tracking', 'tracking', 'category'],
    ['muted', 'watching', 'muted', 'thread'],
    ['normal', 'watching', 'normal', 'thread'],
    ['watching', 'muted', 'watching', 'thread'],
  ])('thread %s, category %s → %s from %s', (thread, category, level, source) => {
    expect(effectiveWatch(thread, category)).toEqual({ level, source });
  });
});

describe('deliveryFor', () => {
  it.each<[string, Partial<RecipientFacts>, { kind: string; email: boolean; unsubscribeScope: string } | null]>([
    // name, facts, expected delivery
    ['default level, a plain new post', {}, null],
    ['default level, a reply to you', { repliedTo: true }, { kind: 'reply', email: true, unsubscribeScope: 'thread' }],
    ['default level, a mention', { mentioned: true }, { kind: 'mention', email: true, unsubscribeScope: 'thread' }],
    ['watching the thread: every post by email', { threadLevel: 'watching' }, { kind: 'watched', email: true, unsubscribeScope: 'thread' }],
    ['watching the category: every post by email, unsubscribe from the category', { categoryLevel: 'watching' }, { kind: 'watched', email: true, unsubscribeScope: 'category' }],
    ['tracking: every post, in the app only', { threadLevel: 'tracking' }, { kind: 'watched', email: false, unsubscribeScope: 'thread' }],
    ['tracking: a reply stays in the app', { threadLevel: 'tracking', repliedTo: true }, { kind: 'reply', email: false, unsubscribeScope: 'thread' }],
    ['tracking: a mention stays in the app', { threadLevel: 'tracking', mentioned: true }, { kind: 'mention', email: false, unsubscribeScope: 'thread' }],
    ['normal: a plain new post is nothing', { threadLevel: 'normal', categoryLevel: 'watching' }, null],
    ['normal: a reply', { threadLevel: 'normal', repliedTo: true }, { kind: 'reply', email: true, unsubscribeScope: 'thread' }],
    ['muted thread: not even a mention', { threadLevel: 'muted', mentioned: true, repliedTo: true }, null],
    ['muted category: not even a reply', { categoryLevel: 'muted', repliedTo: true }, null],
    ['muted category, thread watched: the thread wins', { categoryLevel: 'muted', threadLevel: 'watching' }, { kind: 'watched', email: true, unsubscribeScope: 'thread' }],
    ['mention outranks reply', { mentioned: true, repliedTo: true, threadLevel: 'watching' }, { kind: 'mention', email: true, unsubscribeScope: 'thread' }],
    ['reply outranks watched', { repliedTo: true, threadLevel: 'watching' }, { kind: 'reply', email: true, unsubscribeScope: 'thread' }],
  ])('%s', (_name, over, expected) => {
    const d = deliveryFor(facts(over));
    expect(d).toEqual(expected ? { userId: 'u1', ...expected } : null);
  });
});

describe('planDeliveries', () => {
  it('never notifies the author, even when they watch, are quoted or mention themselves', () => {
    const out = planDeliveries('author', [
      facts({ userId: 'author', threadLevel: 'watching', repliedTo: true, mentioned: true }),
      facts({ userId: 'u2', threadLevel: 'watching' }),
    ]);
    expect(out.map((d) => d.userId)).toEqual(['u2']);
  });

  it('merges what is known about one member into one delivery', () => {
    const out = planDeliveries('author', [
      facts({ userId: 'u2', threadLevel: 'tracking' }),
      facts({ userId: 'u2', mentioned: true }),
      facts({ userId: 'u3', categoryLevel: 'watching' }),
      facts({ userId: 'u3', repliedTo: true }),
    ]);
    expect(out).toEqual([
      { userId: 'u2', kind: 'mention', email: false, unsubscribeScope: 'thread' },
      { userId: 'u3', kind: 'reply', email: true, unsubscribeScope: 'category' },
    ]);
  });
});

describe('autoWatchLevel and emailRoute', () => {
  it('starting a thread watches it; replying tracks it', () => {
    expect(autoWatchLevel(true)).toBe('watching');
    expect(autoWatchLevel(false)).toBe('tracking');
  });

  it.each([
    ['immediate', 'now'],
    ['daily', 'digest'],
    ['weekly', 'digest'],
    ['off', 'none'],
  ] as const)('%s → %s', (mode, route) => {
    expect(emailRoute(mode)).toBe(route);
  });
});
