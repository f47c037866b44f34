import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import type { NotificationFieldsFragment } from '../gql/graphql';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';
import { NotificationList } from '../modules/notifications/components/notification-list.component';
import { markNotificationsReadMutation, notificationsQuery } from '../modules/notifications/graphql/notifications.graphql';
import { useUnreadNotifications, writeUnreadCount } from '../modules/notifications/hooks/use-unread-notifications.hook';
import { ErrorAlert } from '../ui/error-alert.component';
import { LoadMoreButton } from '../ui/load-more-button.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

export function NotificationsPage() {
  return <RequireViewer>{(viewer) => <NotificationsContent viewer={viewer} />}</RequireViewer>;
}

function NotificationsContent({ viewer }: { viewer: Viewer }) {
  const client = useApolloClient();
  const { data, loading, error, fetchMore, refetch } = useQuery(notificationsQuery, { variables: { first: 20 } });
  const [markRead, { loading: marking }] = useMutation(markNotificationsReadMutation);
  const unread = useUnreadNotifications(viewer.id);

  // A new notification while the page is open: show it.
  const lastUnread = useRef(unread);
  useEffect(() => {
    if (unread > lastUnread.current) void refetch().catch(() => undefined);
    lastUnread.current = unread;
  }, [unread, refetch]);

  const setRead = (ids: readonly string[] | null) => {
    const now = new Date().toISOString();
    for (const item of data?.notifications.nodes ?? []) {
      if (item.readAt === null && (ids === null || ids.includes(item.id))) {
        client.cache.modify({ id: client.cache.identify(item), fields: { readAt: () => now } });
      }
    }
  };

  const markAll = async () => {
    try {
      const result = await markRead({ variables: { input: { all: true } } });
      setRead(null);
      if (result.data) writeUnreadCount(client.cache, result.data.markNotificationsRead.count);
    } catch (e) {
      toast.show({ color: 'red', title: 'Could not mark as read', message: toApiError(e).message });
    }
  };

  const open = (item: NotificationFieldsFragment) => {
    if (item.readAt !== null) return;
    setRead([item.id]);
    markRead({ variables: { input: { ids: [item.id] } } })
      .then((result) => {
        if (result.data) writeUnreadCount(client.cache, result.data.markNotificationsRead.count);
      })
      .catch(() => undefined);
  };

  const loadMore = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!fetchMoreResult) return previous;
        const seen = new Set(previous.notifications.nodes.map((n) => n.id));
        return {
          notifications: {
            ...fetchMoreResult.notifications,
            nodes: [...previous.notifications.nodes, ...fetchMoreResult.notifications.nodes.filter((n) => !seen.has(n.id))],
          },
        };
      },
    });

  const items = data?.notifications.nodes ?? [];
  const nextCursor = data?.notifications.nextCursor ?? null;
  return (
    <Page title="Notifications" size="sm" intro="Replies to you, mentions, and new posts in threads you follow.">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {unread === 0 ? 'Nothing unread.' : `${unread} unread`}
        </Text>
        <Group gap="xs">
          <Anchor component={Link} to="/profile#notifications" size="sm">
            Email settings
          </Anchor>
          <Button size="compact-sm" variant="default" onClick={markAll} loading={marking} disabled={unread === 0}>
            Mark all read
          </Button>
        </Group>
      </Group>
      {error && !data ? <ErrorAlert title="Could not load notifications">{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading notifications" /> : null}
      {data && items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>No notifications yet. Start or join a thread on the board: replies to you and mentions of you show up here.</Text>
        </Paper>
      ) : null}
      {items.length > 0 ? <NotificationList items={items} timeZone={viewer.timeZone} onOpen={open} /> : null}
      {nextCursor ? <LoadMoreButton label="Load more notifications" onLoad={() => loadMore(nextCursor)} /> : null}
    </Page>
  );
}
