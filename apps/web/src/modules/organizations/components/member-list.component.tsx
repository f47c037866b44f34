import { List, Text } from '@mantine/core';
import type { MemberSummaryFragment } from '../../../gql/graphql';
import { CredentialsBadge } from '../../accounts/components/credentials-badge.component';

export function MemberList({ members, empty }: { members: readonly MemberSummaryFragment[]; empty: string }) {
  if (members.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <List spacing="sm" listStyleType="none" p={0}>
      {members.map((member) => (
        <List.Item key={member.id}>
          <Text fw={500} span>
            {member.displayName}
            {member.credentials ? `, ${member.credentials}` : ''}
          </Text>{' '}
          <CredentialsBadge verified={member.credentialsVerified} />
          {member.jobTitle || member.organizationName ? (
            <Text size="sm" c="dimmed">
              {[member.jobTitle, member.organizationName].filter(Boolean).join(' · ')}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
