import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { dateInputToIso, formatDate, todayInputValue } from '../../../ui/dates.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
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
  const [startsOn, setStartsOn] = useState(todayInputValue);
  const [endsOn, setEndsOn] = useState('');
  const [note, setNote] = useState('');
  const [grant, { loading }] = useMutation(grantPremiumMembershipMutation, { refetchQueries: REFETCH });
  const errors = useApiError(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const startsAt = dateInputToIso(startsOn);
    const endsAt = endsOn ? dateInputToIso(endsOn) : null;
    const local: Record<string, string> = {};
    if (!startsAt) local.startsAt = 'Choose a start date.';
    if (endsOn && !endsAt) local.endsAt = 'Choose a valid end date, or leave it empty.';
    if (startsAt && endsAt && endsAt <= startsAt) local.endsAt = 'The end date must be after the start date.';
    if (Object.keys(local).length > 0 || !startsAt) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
      await grant({ variables: { input: { userId, startsAt, endsAt, note: note.trim() || null } } });
      setEndsOn('');
      setNote('');
      notifications.show({ color: 'green', message: 'Premium membership granted.' });
    } catch (thrown) {
      errors.capture(thrown);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Grant premium membership">
      <Stack gap="xs" mt="md">
        <Text fw={600} size="sm">
          Grant premium membership
        </Text>
        {errors.alertMessage ? <ErrorAlert title="Not granted">{errors.alertMessage}</ErrorAlert> : null}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label="Start date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={errors.fieldError('startsAt')}
            required
            miw={150}
          />
          <TextInput
            type="date"
            label="End date"
            description="Empty: no end. Ends at the start of this day."
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={errors.fieldError('endsAt')}
            miw={150}
          />
        </Group>
        <TextInput
          label="Note"
          description="Why, for the record (e.g. invoice number)."
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.fieldError('note')}
          maxLength={500}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Grant premium
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
