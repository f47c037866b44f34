import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { ForumCategoryFieldsFragment } from '../../../gql/graphql';
import { AudienceBadge } from './audience-badge.component';
import { UnreadBadge } from './unread-badge.component';

export function CategoryCard({ category }: { category: ForumCategoryFieldsFragment }) {
  const notes = [
    category.allowAnonymous ? 'Anonymous posts allowed' : null,
    category.requirePremoderation ? 'Posts are reviewed before they appear' : null,
  ].filter(Boolean);
  return (
    <Card withBorder padding="lg" component="li">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/board/${category.slug}`} fw={700} fz="lg">
              {category.name}
            </Anchor>
            <UnreadBadge count={category.unreadThreads} what="threads with posts you have not read" />
          </Group>
          <AudienceBadge audience={category.audience} />
        </Group>
        {category.description ? <Text>{category.description}</Text> : null}
        {notes.length > 0 ? (
          <Text size="sm" c="dimmed">
            {notes.join(' · ')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function LockIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  );
}

/** For guests and visitors: the confidential board exists, and premium membership opens it. */
export function LockedBoardCard({ signedIn }: { signedIn: boolean }) {
  return (
    <Card withBorder padding="lg" component="li" bg="gray.0" style={{ borderStyle: 'dashed' }}>
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <LockIcon />
          <Text fw={700} fz="lg">
            The confidential board
          </Text>
        </Group>
        <Text>
          Frank, confidential discussions between peers need premium membership (individual or through your organization).
        </Text>
        <Group gap="md">
          <Anchor component={Link} to="/membership">
            {signedIn ? 'See your membership and how to upgrade' : 'About membership'}
          </Anchor>
          {signedIn ? null : (
            <Anchor component={Link} to="/login?next=%2Fboard">
              Log in
            </Anchor>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
