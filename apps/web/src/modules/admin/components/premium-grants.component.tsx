import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { DateRangeFields } from '../../../ui/date-range-fields.component';
import { formatDate, parseDateRange, todayInputValue } from '../../../ui/dates.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { FormShell } from '../../../ui/form-shell.component';
import {
  grantPremiumMembershipMutation,
  premiumGrantsQuery,
  revokePremiumGrantMutation,
} from '../graphql/admin-users.graphql';

const FIELDS = ['startsAt', 'endsAt', 'note'] as const;
// A grant changes the person's effective membership, shown in the user list.
const REFETCH = ['PremiumGrants', 'AdminUsers'];

export function PremiumGrants({ userId }: { userId: string }) {
  const { data, loading, error } = useQuery(premiumGrantsQuery, { variables: { userId } });
  const [revoke] = useMutation(revokePremiumGrantMutation, { refetchQueries: REFETCH });
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const grants = data?.premiumGrants ?? [];

  const onRevoke = async (id: string) => {
    setRevokingId(id);
    try {
      await revoke({ variables: { id } });
      notifications.show({ message: 'Grant revoked.' });
    } catch (thrown) {
      notifications.show({ color: 'red', title: 'Could not revoke the grant', message: toApiError(thrown).message });
    } finally {
      setRevokingId(null);
    }
  };

  return (
    <section aria-labelledby="admin-grants-heading">
      <Title order={3} size="h4" id="admin-grants-heading" mb="xs">
        Premium grants
      </Title>
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {loading && !data ? <Text size="sm">Loading grants…</Text> : null}
      {data && grants.length === 0 ? <Text size="sm" c="dimmed">No individual premium grants.</Text> : null}
      {grants.length > 0 ? (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Starts</Table.Th>
                <Table.Th scope="col">Ends</Table.Th>
                <Table.Th scope="col">Source and note</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grants.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td>{formatDate(grant.startsAt)}</Table.Td>
                  <Table.Td>{grant.endsAt ? formatDate(grant.endsAt) : 'No end date'}</Table.Td>
                  <Table.Td>{[grant.source, grant.note].filter(Boolean).join(': ')}</Table.Td>
                  <Table.Td>
                    {grant.revokedAt ? (
                      <Text size="sm">Revoked {formatDate(grant.revokedAt)}</Text>
                    ) : (
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="subtle"
                        loading={revokingId === grant.id}
                        onClick={() => void onRevoke(grant.id)}
                        aria-label={`Revoke grant starting ${formatDate(grant.startsAt)}`}
                      >
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
      <GrantPremiumForm userId={userId} />
    </section>
  );
}

function GrantPremiumForm({ userId }: { userId: string }) {
  const [dates, setDates] = useState(() => ({ startsOn: todayInputValue(), endsOn: '' }));
  const [note, setNote] = useState('');
  const [grant, { loading }] = useMutation(grantPremiumMembershipMutation, { refetchQueries: REFETCH });
  const errors = useApiError(FIELDS);
  const range = parseDateRange(dates);

  const onSubmit = errors.handleSubmit(
    () => ({ startsAt: range.startError, endsAt: range.endError }),
    async () => {
      if (!range.startsAt) return; // Ruled out by the checks.
      await grant({ variables: { input: { userId, startsAt: range.startsAt, endsAt: range.endsAt, note: note.trim() || null } } });
      setDates((current) => ({ ...current, endsOn: '' }));
      setNote('');
      notifications.show({ color: 'green', message: 'Premium membership granted.' });
    },
  );

  return (
    <FormShell
      label="Grant premium membership"
      onSubmit={onSubmit}
      intro={
        <Text fw={600} size="sm">
          Grant premium membership
        </Text>
      }
      alertMessage={errors.alertMessage}
      alertTitle="Not granted"
      submitLabel="Grant premium"
      loading={loading}
      gap="xs"
      mt="md"
    >
      <DateRangeFields
        value={dates}
        onChange={setDates}
        startLabel="Start date"
        endLabel="End date"
        startError={errors.fieldError('startsAt')}
        endError={errors.fieldError('endsAt')}
      />
      <TextInput
        label="Note"
        description="Why, for the record (e.g. invoice number)."
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={errors.fieldError('note')}
        maxLength={500}
      />
    </FormShell>
  );
}
