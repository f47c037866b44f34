import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { unreadNotificationCountQuery } from '../graphql/notifications.graphql';
import { useRealtimeSocket } from './use-realtime-socket.hook';

export const UNREAD_EVENT = 'notifications:unread';

/** Keeps the unread count that every screen shows in the Apollo cache. */
export function writeUnreadCount(cache: ReturnType<typeof useApolloClient>['cache'], count: number): void {
  cache.writeQuery({ query: unreadNotificationCountQuery, data: { unreadNotificationCount: count } });
}

/**
 * The viewer's unread notification count, live: the server pushes the new count to the account's
 * room whenever it changes (a notification arrives, something is marked read in another tab).
 */
export function useUnreadNotifications(viewerId: string | null): number {
  const client = useApolloClient();
  const { data } = useQuery(unreadNotificationCountQuery, { skip: !viewerId, fetchPolicy: 'cache-and-network' });
  const socket = useRealtimeSocket(viewerId);

  useEffect(() => {
    if (!socket) return;
    let lastPushAt = 0;
    const onUnread = (event: { count?: unknown }) => {
      if (typeof event?.count !== 'number') return;
      lastPushAt = Date.now();
      writeUnreadCount(client.cache, event.count);
    };
    // A count pushed before this socket joined the account's room (between the first query and the
    // first connect, or while reconnecting) never arrives: ask again on every connect. The answer is
    // kept only if no push came in meanwhile (a push is newer than an answer that crossed it).
    const onConnect = () => {
      const askedAt = Date.now();
      void client
        .query({ query: unreadNotificationCountQuery, fetchPolicy: 'no-cache' })
        .then(({ data }) => {
          if (data && lastPushAt < askedAt) writeUnreadCount(client.cache, data.unreadNotificationCount);
        })
        .catch(() => undefined);
    };
    socket.on(UNREAD_EVENT, onUnread);
    socket.on('connect', onConnect);
    return () => {
      socket.off(UNREAD_EVENT, onUnread);
      socket.off('connect', onConnect);
    };
  }, [socket, client]);

  return viewerId ? (data?.unreadNotificationCount ?? 0) : 0;
}
