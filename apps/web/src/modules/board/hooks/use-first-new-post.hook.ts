import { useState } from 'react';

/**
 * The first post after the viewer's last visit ("new since your last visit"), by the read position
 * the thread had when it was opened: it stays put while the viewer reads and replies.
 * Null on a first visit (nothing read yet) and when nothing is new.
 */
export function useFirstNewPost(threadId: string, lastReadSeq: number, posts: readonly { id: string; seq: number }[]): string | null {
  const [opened, setOpened] = useState({ threadId, lastReadSeq });
  if (opened.threadId !== threadId) setOpened({ threadId, lastReadSeq });
  const since = opened.threadId === threadId ? opened.lastReadSeq : lastReadSeq;
  if (since <= 0) return null;
  return posts.find((post) => post.seq > since)?.id ?? null;
}
