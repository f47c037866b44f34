import { useEffect, useRef } from 'react';
import type { Socket } from 'socket.io-client';

const MIN_INTERVAL_MS = 1000;

interface CategoryActivity {
  categoryId: string;
  threadId: string;
}

/**
 * Keeps a category list live: watches the readable categories' activity over the board socket
 * (again after every reconnect) and calls `onActivity` when a thread moves, in `categoryId` only
 * when given, at most once a second (a burst ends with one call after the last event).
 * The socket client loads on demand: the board's front page is part of the main bundle.
 */
export function useCategoryActivity(categoryId: string | null, enabled: boolean, onActivity: () => void): void {
  const callback = useRef(onActivity);
  callback.current = onActivity;

  useEffect(() => {
    if (!enabled) return;
    let socket: Socket | null = null;
    let closed = false;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let connectedBefore = false;
    const fire = () => {
      timer = undefined;
      last = Date.now();
      callback.current();
    };
    const schedule = () => {
      if (timer) return;
      const wait = last + MIN_INTERVAL_MS - Date.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    };
    const watch = (s: Socket) => {
      s.on('connect', () => {
        // The ack lists the categories joined; listening is all the list needs.
        s.emit('forum:watch-categories', {}, () => undefined);
        // Back after a disconnect: catch up on what moved meanwhile.
        if (connectedBefore) schedule();
        connectedBefore = true;
      });
      s.on('forum:category-activity', (event: CategoryActivity | undefined) => {
        if (categoryId && event?.categoryId.toLowerCase() !== categoryId.toLowerCase()) return;
        schedule();
      });
    };
    import('socket.io-client')
      .then(({ io }) => {
        if (closed) return;
        socket = io({ path: '/socket.io', withCredentials: true, forceNew: true });
        watch(socket);
      })
      .catch(() => undefined);
    return () => {
      closed = true;
      clearTimeout(timer);
      socket?.disconnect();
    };
  }, [categoryId, enabled]);
}
