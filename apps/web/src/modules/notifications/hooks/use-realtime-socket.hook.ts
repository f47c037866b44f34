import { useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';

interface Shared {
  viewerId: string;
  socket: Promise<Socket>;
  users: number;
}

let shared: Shared | null = null;

function acquire(viewerId: string): Shared {
  if (shared && shared.viewerId !== viewerId) {
    // Another account signed in: the old socket carries the old session's cookie.
    void shared.socket.then((s) => s.disconnect()).catch(() => undefined);
    shared = null;
  }
  // Loaded on demand: the client library stays out of the first page load.
  shared ??= {
    viewerId,
    users: 0,
    socket: import('socket.io-client').then(({ io }) => io({ path: '/socket.io', withCredentials: true, forceNew: true })),
  };
  shared.users += 1;
  return shared;
}

function release(entry: Shared): void {
  entry.users -= 1;
  if (entry.users > 0) return;
  void entry.socket.then((s) => s.disconnect()).catch(() => undefined);
  if (shared === entry) shared = null;
}

/**
 * One socket per signed-in account for app-wide events (the bell's unread count), shared by every
 * component that asks. The server puts it in the account's own room from the session cookie, so it
 * is opened afresh when the account changes. Null for visitors and until it is ready.
 */
export function useRealtimeSocket(viewerId: string | null): Socket | null {
  const [socket, setSocket] = useState<Socket | null>(null);
  useEffect(() => {
    if (!viewerId) return;
    const entry = acquire(viewerId);
    let active = true;
    entry.socket.then((s) => active && setSocket(s)).catch(() => undefined);
    return () => {
      active = false;
      setSocket(null);
      release(entry);
    };
  }, [viewerId]);
  return viewerId ? socket : null;
}
