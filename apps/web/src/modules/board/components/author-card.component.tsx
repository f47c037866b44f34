import { Avatar, Group, Stack, Text } from '@mantine/core';
import type { ForumAuthorFieldsFragment } from '../../../gql/graphql';
import { CredentialsBadge } from '../../accounts/components/credentials-badge.component';

interface AuthorCardProps {
  author: ForumAuthorFieldsFragment;
  /** One line, for lists. */
  compact?: boolean;
}

/** Who wrote it: name and credentials (staff-verified ones badged), role and organization, or a pseudonym. */
export function AuthorCard({ author, compact = false }: AuthorCardProps) {
  const name = author.credentials ? `${author.displayName}, ${author.credentials}` : author.displayName;
  const role = [author.jobTitle, author.organizationName].filter(Boolean).join(' · ');
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
      {compact ? null : (
        <Avatar name={author.anonymous ? undefined : author.displayName} color={author.anonymous ? 'gray' : 'initials'} size="md" alt="" />
      )}
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6} wrap="wrap">
          <Text fw={600} size={compact ? 'sm' : 'md'} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          {author.isYou ? (
            <Text span size="sm" c="dimmed">
              {author.anonymous ? '(you, shown to others anonymously)' : '(you)'}
            </Text>
          ) : null}
          <CredentialsBadge verified={author.credentialsVerified} />
        </Group>
        {author.anonymous && !author.isYou ? (
          <Text size="sm" c="dimmed">
            Anonymous member
          </Text>
        ) : role && !compact ? (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {role}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}
