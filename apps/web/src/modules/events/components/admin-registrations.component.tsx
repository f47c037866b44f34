import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { TicketTypeFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { eventRegistrationsQuery, markOrderPaidMutation } from '../graphql/events-staff.graphql';
import { useActionError } from '../hooks/use-action-error.hook';

/** Staff: registrations with filters, counts, and the CSV exports. */
export function AdminRegistrations({ eventId, tickets }: { eventId: string; tickets: TicketTypeFieldsFragment[] }) {
  const [status, setStatus] = useState<string | null>('confirmed');
  const [checkedIn, setCheckedIn] = useState<string | null>(null);
  const [ticketTypeId, setTicketTypeId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const { data } = useQuery(eventRegistrationsQuery, {
    variables: { filter: { eventId, status, ticketTypeId, checkedIn: checkedIn === null ? null : checkedIn === 'yes', search: search.trim() || null, limit: 200 } },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.eventRegistrations;
  const { error, run } = useActionError();
  const [markPaid] = useMutation(markOrderPaidMutation, { refetchQueries: [eventRegistrationsQuery] });
  return (
    <Stack gap="xs" component="section" aria-labelledby="registrations-heading">
      <Title order={2} size="h3" id="registrations-heading">
        Registrations
      </Title>
      <Group gap="md">
        <Anchor href={`/events-export/${eventId}/registrations.csv`} download>
          Registrations CSV
        </Anchor>
        <Anchor href={`/events-export/${eventId}/orders.csv`} download>
          Orders CSV
        </Anchor>
      </Group>
      {page ? (
        <Text size="sm">
          {page.confirmed} confirmed · {page.checkedIn} checked in
        </Text>
      ) : null}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select label="Status" w={150} data={[{ value: 'held', label: 'Held' }, { value: 'confirmed', label: 'Confirmed' }, { value: 'cancelled', label: 'Cancelled' }]} value={status} onChange={setStatus} clearable placeholder="Any" />
        <Select label="Checked in" w={130} data={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} value={checkedIn} onChange={setCheckedIn} clearable placeholder="Any" />
        <Select label="Ticket" w={200} data={tickets.map((t) => ({ value: t.id, label: t.name }))} value={ticketTypeId} onChange={setTicketTypeId} clearable placeholder="Any" />
        <TextInput label="Search" type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      </Group>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Attendee</Table.Th>
              <Table.Th>Organization</Table.Th>
              <Table.Th>Ticket</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Checked in</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.attendeeName}
                  {r.attendeeCredentials ? `, ${r.attendeeCredentials}` : ''}
                  <Text size="xs" c="dimmed">
                    {r.attendeeEmail}
                  </Text>
                </Table.Td>
                <Table.Td>{r.attendeeOrganization}</Table.Td>
                <Table.Td>{r.ticketTypeName}</Table.Td>
                <Table.Td>
                  {r.status.toLowerCase()}
                  {r.orderState === 'AWAITING_PAYMENT' ? (
                    <>
                      {' (unpaid) '}
                      <Button size="compact-xs" variant="subtle" onClick={() => void run(() => markPaid({ variables: { orderId: r.orderId } }))}>
                        Mark paid
                      </Button>
                    </>
                  ) : (
                    ''
                  )}
                </Table.Td>
                <Table.Td>{r.checkedInAtVenue ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
