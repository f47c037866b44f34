import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import type { AdminAccountFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { LoadMoreButton } from '../../../ui/load-more-button.component';
import { Loading } from '../../../ui/loading.component';
import { CredentialsBadge } from '../../accounts/components/credentials-badge.component';
import { roleLabel, tierLabel } from '../../membership/membership-labels.util';
import { adminUsersQuery } from '../graphql/admin-users.graphql';
import { UserAdminModal } from './user-admin-modal.component';

const PAGE_SIZE = 20;

export function UsersAdmin() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { data, loading, error, fetchMore } = useQuery(adminUsersQuery, {
    variables: { search: debouncedSearch || null, first: PAGE_SIZE },
  });
  const users = data?.users.nodes ?? [];
  const nextCursor = data?.users.nextCursor ?? null;
  const selected = users.find((u) => u.id === selectedId) ?? null;

  return (
    <Stack>
      <TextInput
        label="Search users"
        description="By name or email"
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading users" /> : null}
      {data && users.length === 0 ? <Text c="dimmed">No users match.</Text> : null}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Users">
        {users.map((user) => (
          <li key={user.id}>
            <UserCard user={user} onManage={() => setSelectedId(user.id)} />
          </li>
        ))}
      </Stack>
      {nextCursor ? <LoadMoreButton label="Load more users" onLoad={() => fetchMore({ variables: { after: nextCursor } })} /> : null}
      {selected ? <UserAdminModal user={selected} onClose={() => setSelectedId(null)} /> : null}
    </Stack>
  );
}

function UserCard({ user, onManage }: { user: AdminAccountFieldsFragment; onManage: () => void }) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Text fw={600}>
            {user.displayName}
            {user.credentials ? `, ${user.credentials}` : ''}
          </Text>
          <Text size="sm" style={{ wordBreak: 'break-all' }}>
            {user.email}
            {user.emailVerified ? '' : ' (email not verified)'}
          </Text>
          <Group gap={6} mt={4}>
            <Badge variant="light" color={user.membership.tier === 'PREMIUM' ? 'teal' : 'gray'} tt="none">
              {tierLabel(user.membership.tier)}
            </Badge>
            {user.roles.map((role) => (
              <Badge key={role} variant="outline" tt="none">
                {roleLabel(role)}
              </Badge>
            ))}
            <CredentialsBadge verified={user.credentialsVerified} />
          </Group>
        </Stack>
        <Button variant="light" onClick={onManage} aria-label={`Manage ${user.displayName}`}>
          Manage
        </Button>
      </Group>
    </Card>
  );
}
