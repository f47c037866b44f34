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
  const { data, refetch } = useQuery(unreadNotificationCountQuery, { skip: !viewerId, fetchPolicy: 'cache-and-network' });
  const socket = useRealtimeSocket(viewerId);

  useEffect(() => {
    if (!socket) return;
    const onUnread = (event: { count?: unknown }) => {
      if (typeof event?.count === 'number') writeUnreadCount(client.cache, event.count);
    };
    // Counts pushed before this socket joined the account's room (between the first query and the
    // first connect, or while reconnecting) never arrive: ask again on every connect.
    const onConnect = () => void refetch().catch(() => undefined);
    socket.on(UNREAD_EVENT, onUnread);
    socket.on('connect', onConnect);
    return () => {
      socket.off(UNREAD_EVENT, onUnread);
      socket.off('connect', onConnect);
    };
  }, [socket, client, refetch]);

  return viewerId ? (data?.unreadNotificationCount ?? 0) : 0;
}
