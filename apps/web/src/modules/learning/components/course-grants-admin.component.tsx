import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, Table, Text, TextInput, Title } from '@mantine/core';
import { CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { adminUsersQuery } from '../../admin/graphql/admin-users.graphql';
import { formatDate } from '../../../ui/dates.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { FormShell } from '../../../ui/form-shell.component';
import { courseAccessGrantsQuery, grantCourseAccessMutation, revokeCourseAccessMutation } from '../graphql/learning.graphql';

const SOURCE_LABELS = { STAFF: 'Staff grant', PURCHASE: 'Purchase', RESIDENCY: 'Residency' } as const;
const FIELDS = ['userId', 'note'] as const;

/** Staff: give a member access to the course (until the events checkout sells it), and end grants. */
export function CourseGrantsAdmin() {
  const variables = { courseSlug: CERTIFICATE_COURSE_SLUG };
  const { data, loading, error } = useQuery(courseAccessGrantsQuery, { variables });
  const [revoke] = useMutation(revokeCourseAccessMutation, { refetchQueries: ['CourseAccessGrants'] });
  const grants = data?.courseAccessGrants ?? [];

  const onRevoke = async (grantId: string) => {
    try {
      await revoke({ variables: { grantId } });
      notifications.show({ message: 'Access revoked.' });
    } catch (thrown) {
      notifications.show({ color: 'red', title: 'Could not revoke', message: toApiError(thrown).message });
    }
  };

  return (
    <>
      <GrantForm />
      <section aria-labelledby="grants-heading">
        <Title order={2} size="h3" id="grants-heading" mb="xs">
          Grants
        </Title>
        {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
        {loading && !data ? <Text size="sm">Loading…</Text> : null}
        {data && grants.length === 0 ? <Text c="dimmed">Nobody has been given access yet. Premium members need no grant.</Text> : null}
        {grants.length > 0 ? (
          <Table.ScrollContainer minWidth={360}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Member</Table.Th>
                  <Table.Th scope="col">How</Table.Th>
                  <Table.Th scope="col">Since</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {grants.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>
                      {g.userDisplayName}
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {g.userEmail}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {SOURCE_LABELS[g.source]}
                      {g.note ? <Text size="xs" c="dimmed">{g.note}</Text> : null}
                    </Table.Td>
                    <Table.Td>{formatDate(g.createdAt)}</Table.Td>
                    <Table.Td>
                      {g.revokedAt ? (
                        <Text size="sm" c="dimmed">
                          Revoked {formatDate(g.revokedAt)}
                        </Text>
                      ) : (
                        <Button size="xs" variant="light" color="red" onClick={() => void onRevoke(g.id)} aria-label={`Revoke access of ${g.userDisplayName}`}>
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </section>
    </>
  );
}

function GrantForm() {
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const people = useQuery(adminUsersQuery, { variables: { search: search.trim() || null, first: 10 }, skip: search.trim().length < 2 });
  const [grant, { loading }] = useMutation(grantCourseAccessMutation, { refetchQueries: ['CourseAccessGrants'] });
  const { handleSubmit, fieldError, alertMessage } = useApiError(FIELDS);
  const options = (people.data?.users.nodes ?? []).map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` }));

  return (
    <FormShell
      label="Give course access"
      submitLabel="Give access"
      loading={loading}
      alertMessage={alertMessage}
      intro={
        <Title order={2} size="h3">
          Give access
        </Title>
      }
      onSubmit={handleSubmit(
        () => ({ userId: userId ? null : 'Choose a member.', note: note.length > 500 ? 'Up to 500 characters.' : null }),
        async () => {
          await grant({ variables: { input: { courseSlug: CERTIFICATE_COURSE_SLUG, userId: userId!, note: note.trim() || null } } });
          notifications.show({ message: 'Access given.' });
          setUserId(null);
          setNote('');
        },
      )}
    >
      <Select
        label="Member"
        placeholder="Type a name or email"
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        data={options}
        value={userId}
        onChange={setUserId}
        nothingFoundMessage={search.trim().length < 2 ? 'Type at least 2 characters' : 'Nobody found'}
        error={fieldError('userId')}
        filter={({ options: all }) => all}
      />
      <TextInput label="Note (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldError('note')} maxLength={500} />
    </FormShell>
  );
}
