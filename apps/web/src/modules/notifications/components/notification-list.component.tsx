import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates.util';
import { notificationHeadline } from '../notification-labels.util';

interface NotificationListProps {
  items: readonly NotificationFieldsFragment[];
  timeZone?: string;
  /** Opening an item marks it read. */
  onOpen: (item: NotificationFieldsFragment) => void;
}

/** Newest first; unread ones stand out. Each links to its thread. */
export function NotificationList({ items, timeZone, onOpen }: NotificationListProps) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Notifications">
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li key={item.id}>
            <Card withBorder padding="sm" bg={unread ? 'var(--mantine-color-blue-light)' : undefined}>
              <Stack gap={4}>
                <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size="sm">
                    {notificationHeadline(item.kind, item.actorName)}{' '}
                    <Anchor component={Link} to={`/board/t/${item.threadId}`} fw={600} onClick={() => onOpen(item)}>
                      {item.threadTitle}
                    </Anchor>
                  </Text>
                  {unread ? (
                    <Badge size="sm" variant="filled" tt="none" style={{ flex: 'none' }}>
                      New
                    </Badge>
                  ) : null}
                </Group>
                {item.excerpt ? (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {item.excerpt}
                  </Text>
                ) : null}
                <Text size="xs" c="dimmed">
                  {formatDateTime(item.createdAt, timeZone)}
                </Text>
              </Stack>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}
