import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { forgetThread, removePost, updateReactions, upsertLivePost, type LivePost, type LiveReaction } from '../live-post.util';

const TYPING_SEND_INTERVAL_MS = 2000;
const TYPING_SHOW_MS = 3000;

type JoinAck = { ok: true; readers?: number } | { ok: false; error?: { code: string; reason: string; message: string } };

interface ThreadEvent {
  threadId: string;
}

export interface ThreadLive {
  /** How many people have the thread open; null until known. */
  readers: number | null;
  someoneTyping: boolean;
  /** The viewer may no longer read the thread (access ended, thread hidden or removed). */
  accessLost: boolean;
  /** Tell the others this viewer is typing (sent at most once every 2 s). */
  notifyTyping: () => void;
}

/**
 * Keeps an open thread live: joins its realtime room (again after every reconnect), merges new,
 * edited and removed posts and reaction counts into the Apollo cache, and tracks readers and typing.
 * A socket of its own, opened with the current session cookie, so logging in or out starts afresh.
 * `enabled`: connect once the thread has loaded (a thread that does not exist has no room).
 */
export function useThreadLive(threadId: string, viewerId: string | null, enabled: boolean, onResync: () => void): ThreadLive {
  const client = useApolloClient();
  const [readers, setReaders] = useState<number | null>(null);
  const [someoneTyping, setSomeoneTyping] = useState(false);
  const [accessLost, setAccessLost] = useState(false);
  const socketRef = useRef<Socket | null>(null);
  const lastTypingSent = useRef(0);
  const resync = useRef(onResync);
  resync.current = onResync;

  // A new thread or account starts without the old one's state.
  const [current, setCurrent] = useState({ threadId, viewerId });
  if (current.threadId !== threadId || current.viewerId !== viewerId) {
    setCurrent({ threadId, viewerId });
    setAccessLost(false);
    setReaders(null);
    setSomeoneTyping(false);
  }

  useEffect(() => {
    if (!enabled) return;
    const { cache } = client;
    const socket = io({ path: '/socket.io', withCredentials: true, forceNew: true });
    socketRef.current = socket;
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    let joinedBefore = false;
    const ours = (event: ThreadEvent | undefined) => event?.threadId === threadId;
    const loseAccess = () => {
      setAccessLost(true);
      forgetThread(cache, threadId);
    };

    socket.on('connect', () => {
      socket.emit('forum:join', { threadId }, (ack: JoinAck) => {
        if (ack?.ok) {
          if (typeof ack.readers === 'number') setReaders(ack.readers);
          // Back after a disconnect: fetch what was posted meanwhile.
          if (joinedBefore) resync.current();
          joinedBefore = true;
        } else if (ack?.error?.code === 'NOT_FOUND' || ack?.error?.code === 'FORBIDDEN') {
          loseAccess();
        }
      });
    });
    socket.on('forum:post', (event: ThreadEvent & { post: LivePost }) => {
      if (!ours(event)) return;
      upsertLivePost(cache, event.post, viewerId, true);
      setSomeoneTyping(false);
    });
    socket.on('forum:post-updated', (event: ThreadEvent & { post: LivePost }) => {
      if (ours(event)) upsertLivePost(cache, event.post, viewerId, false);
    });
    socket.on('forum:post-removed', (event: ThreadEvent & { postId: string }) => {
      if (ours(event)) removePost(cache, threadId, event.postId);
    });
    socket.on('forum:reactions', (event: ThreadEvent & { postId: string; reactions: LiveReaction[] }) => {
      if (ours(event)) updateReactions(cache, event.postId, event.reactions);
    });
    socket.on('forum:readers', (event: ThreadEvent & { readers: number }) => {
      if (ours(event)) setReaders(event.readers);
    });
    socket.on('forum:typing', (event: ThreadEvent) => {
      if (!ours(event)) return;
      setSomeoneTyping(true);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => setSomeoneTyping(false), TYPING_SHOW_MS);
    });
    socket.on('forum:access-lost', (event: ThreadEvent) => {
      if (ours(event)) loseAccess();
    });

    return () => {
      clearTimeout(typingTimer);
      socket.emit('forum:leave', { threadId });
      socket.disconnect();
      socketRef.current = null;
    };
  }, [client, threadId, viewerId, enabled]);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (now - lastTypingSent.current < TYPING_SEND_INTERVAL_MS) return;
    lastTypingSent.current = now;
    socketRef.current?.emit('forum:typing', { threadId });
  }, [threadId]);

  return { readers, someoneTyping, accessLost, notifyTyping };
}
