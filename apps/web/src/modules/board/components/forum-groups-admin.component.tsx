import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { AdminAccountFieldsFragment, ForumGroupFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { FormShell } from '../../../ui/form-shell.component';
import { Loading } from '../../../ui/loading.component';
import { adminUsersQuery } from '../../admin/graphql/admin-users.graphql';
import { createForumGroupMutation, forumGroupMembersQuery, forumGroupsQuery, setForumGroupMemberMutation } from '../graphql/board-admin.graphql';
import { IdentityFields, identityChecks, type IdentityValues } from './board-admin-fields.component';

const FIELDS = ['name', 'slug', 'description'] as const;
const EMPTY: IdentityValues = { name: '', slug: '', description: '' };

/** Staff: the board's private groups, adding one, and adding or removing its members. */
export function ForumGroupsAdmin({ groups }: { groups: readonly ForumGroupFieldsFragment[] }) {
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState<ForumGroupFieldsFragment | null>(null);
  return (
    <Stack gap="sm">
      <Group>
        <Button variant="light" onClick={() => setCreating(true)}>
          New group
        </Button>
      </Group>
      {groups.length === 0 ? <Text c="dimmed">No private groups yet.</Text> : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Private groups">
        {groups.map((group) => (
          <Card component="li" key={group.id} withBorder padding="md">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 200px' }}>
                <Text fw={600}>{group.name}</Text>
                <Text size="sm" c="dimmed">
                  {group.slug}
                  {group.description ? ` · ${group.description}` : ''}
                </Text>
              </Stack>
              <Button variant="default" onClick={() => setManaging(group)} aria-label={`Members of ${group.name}`}>
                Members
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
      <Modal opened={creating} onClose={() => setCreating(false)} title="New private group" centered>
        {creating ? <CreateGroupForm onDone={() => setCreating(false)} /> : null}
      </Modal>
      <Modal opened={managing !== null} onClose={() => setManaging(null)} title={managing ? `Members of ${managing.name}` : ''} size="lg" centered>
        {managing ? <GroupMembers group={managing} /> : null}
      </Modal>
    </Stack>
  );
}

function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const [create, { loading }] = useMutation(createForumGroupMutation, { refetchQueries: [forumGroupsQuery] });
  const [values, setValues] = useState(EMPTY);
  const errors = useApiError(FIELDS);
  const submit = errors.handleSubmit(
    () => identityChecks(values),
    async () => {
      await create({ variables: { input: { name: values.name.trim(), slug: values.slug.trim(), description: values.description.trim() || null } } });
      notifications.show({ message: `Group “${values.name.trim()}” created. Add its members, then give it a category.` });
      onDone();
    },
  );
  return (
    <FormShell label="New private group" onSubmit={submit} submitLabel="Create group" loading={loading} alertMessage={errors.alertMessage} gap="sm">
      <IdentityFields value={values} onChange={setValues} suggestSlug slugPrefix="" fieldError={errors.fieldError} />
    </FormShell>
  );
}

type Person = Pick<AdminAccountFieldsFragment, 'displayName' | 'email'> & { id: string };

/** The group's members, and the staff user search to add people to it or take them out. */
function GroupMembers({ group }: { group: ForumGroupFieldsFragment }) {
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 300);
  const { data, loading, error } = useQuery(adminUsersQuery, { variables: { search: term, first: 10 }, skip: term.length < 2 });
  const current = useQuery(forumGroupMembersQuery, { variables: { groupId: group.id } });
  const users = term.length < 2 ? [] : (data?.users.nodes ?? []);
  const members = current.data?.forumGroupMembers ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm">
        Members read and write in the group’s categories. Removing someone ends their access at once.
      </Text>
      <Text component="h3" fw={600} size="sm" m={0}>
        {current.data ? `${members.length} ${members.length === 1 ? 'member' : 'members'}` : 'Members'}
      </Text>
      {current.error ? <ErrorAlert>{toApiError(current.error).message}</ErrorAlert> : null}
      {current.loading && !current.data ? <Loading label="Loading the group’s members" /> : null}
      {current.data && members.length === 0 ? <Text c="dimmed">No one is in this group yet.</Text> : null}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Members of ${group.name}`}>
        {members.map((m) => (
          <li key={m.userId}>
            <MemberRow group={group} user={{ id: m.userId, displayName: m.displayName, email: m.email }} member />
          </li>
        ))}
      </Stack>
      <TextInput label="Find a person" description="By name or email" type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-autofocus />
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Searching people" /> : null}
      {term.length >= 2 && data && users.length === 0 ? <Text c="dimmed">No one matches.</Text> : null}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="People found">
        {users.map((user) => (
          <li key={user.id}>
            <MemberRow group={group} user={user} member={members.some((m) => m.userId === user.id)} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** One person with Add or Remove, whichever applies (`member`: in the group now). */
function MemberRow({ group, user, member: inGroup }: { group: ForumGroupFieldsFragment; user: Person; member: boolean }) {
  const [setMember, { loading }] = useMutation(setForumGroupMemberMutation, {
    refetchQueries: [{ query: forumGroupMembersQuery, variables: { groupId: group.id } }],
    awaitRefetchQueries: true,
  });
  const change = async (member: boolean) => {
    try {
      await setMember({ variables: { groupId: group.id, userId: user.id, member } });
      notifications.show({ message: member ? `${user.displayName} is now in ${group.name}.` : `${user.displayName} is no longer in ${group.name}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the group', message: toApiError(error).message });
    }
  };
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0, flex: '1 1 180px' }}>
        <Text fw={600}>{user.displayName}</Text>
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {user.email}
        </Text>
      </Stack>
      {inGroup ? (
        <Button size="compact-sm" variant="default" onClick={() => change(false)} loading={loading} aria-label={`Remove ${user.displayName} from ${group.name}`}>
          Remove
        </Button>
      ) : (
        <Button size="compact-sm" variant="light" onClick={() => change(true)} loading={loading} aria-label={`Add ${user.displayName} to ${group.name}`}>
          Add
        </Button>
      )}
    </Group>
  );
}
