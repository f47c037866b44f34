import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ForumThreadSummaryFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates.util';
import { statusLabel } from '../board-labels.util';
import { AuthorCard } from './author-card.component';
import { UnreadBadge } from './unread-badge.component';

/** Pinned, locked and (for your own or a moderator's view) not-yet-visible threads are badged. */
export function ThreadFlags({ thread }: { thread: Pick<ForumThreadSummaryFragment, 'pinned' | 'locked' | 'status'> }) {
  const status = statusLabel(thread.status);
  if (!thread.pinned && !thread.locked && !status) return null;
  return (
    <Group gap={6}>
      {thread.pinned ? (
        <Badge color="blue" variant="light" tt="none">
          Pinned
        </Badge>
      ) : null}
      {thread.locked ? (
        <Badge color="gray" variant="light" tt="none">
          Locked
        </Badge>
      ) : null}
      {status ? (
        <Badge color={thread.status === 'HELD' ? 'yellow.4' : 'gray'} variant={thread.status === 'HELD' ? 'filled' : 'light'} autoContrast tt="none">
          {status}
        </Badge>
      ) : null}
    </Group>
  );
}

export function ThreadListItem({ thread, timeZone }: { thread: ForumThreadSummaryFragment; timeZone?: string }) {
  const replies = thread.postCount === 1 ? '1 post' : `${thread.postCount} posts`;
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <ThreadFlags thread={thread} />
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Anchor component={Link} to={`/board/t/${thread.id}`} fw={600} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {thread.title}
          </Anchor>
          <UnreadBadge count={thread.unreadCount} what="posts you have not read" />
        </Group>
        <Group justify="space-between" align="flex-end" gap="xs" wrap="wrap">
          <AuthorCard author={thread.author} compact />
          <Text size="sm" c="dimmed">
            {replies} · last activity <time dateTime={thread.lastPostAt}>{formatDateTime(thread.lastPostAt, timeZone)}</time>
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
