import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { WaitlistEntryFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { useActionError } from '../hooks/use-action-error.hook';
import { checkoutEventQuery, declineWaitlistOfferMutation, leaveWaitlistMutation, myTicketsQuery } from '../graphql/events.graphql';

/** One waiting-list place: the position (live), or an offered seat to take or decline. */
export function WaitlistPlace({ entry }: { entry: WaitlistEntryFieldsFragment }) {
  const { data } = useQuery(checkoutEventQuery, { variables: { id: entry.eventId } });
  const event = data?.eventById;
  const ticket = event?.ticketTypes.find((t) => t.id === entry.ticketTypeId);
  const { error, run } = useActionError();
  const after = { refetchQueries: [myTicketsQuery] };
  const [decline, { loading: declining }] = useMutation(declineWaitlistOfferMutation, after);
  const [leave, { loading: leaving }] = useMutation(leaveWaitlistMutation, after);
  const name = `${event?.title ?? 'Event'} — ${ticket?.name ?? 'ticket'}`;
  return (
    <Card withBorder component="article" aria-label={`Waiting list: ${name}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          {event ? (
            <Anchor component={Link} to={`/events/${event.slug}`} fw={600}>
              {name}
            </Anchor>
          ) : (
            <Text fw={600}>{name}</Text>
          )}
          <Badge variant="outline" color={entry.status === 'OFFERED' ? 'teal.9' : 'gray.8'}>
            {entry.status === 'OFFERED' ? 'Seat offered' : entry.status === 'WAITING' ? 'Waiting' : entry.status.toLowerCase()}
          </Badge>
        </Group>
        {entry.status === 'WAITING' ? (
          <Text aria-live="polite" data-testid="waitlist-position">
            You are number {entry.position} in line for {entry.quantity} {entry.quantity === 1 ? 'seat' : 'seats'}.
          </Text>
        ) : null}
        {entry.status === 'OFFERED' ? (
          <>
            <Text>
              A seat is held for you
              {entry.offerExpiresAt ? ` until ${new Date(entry.offerExpiresAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}` : ''}.
            </Text>
            <Group>
              <Button component={Link} to={`/checkout/${entry.ticketTypeId}?event=${entry.eventId}&offer=${entry.id}`}>
                Take the seat
              </Button>
              <Button variant="outline" color="red.9" loading={declining} onClick={() => void run(() => decline({ variables: { entryId: entry.id } }))}>
                Decline
              </Button>
            </Group>
          </>
        ) : null}
        {entry.status === 'WAITING' ? (
          <Group>
            <Button variant="subtle" loading={leaving} onClick={() => void run(() => leave({ variables: { entryId: entry.id } }))}>
              Leave the waiting list
            </Button>
          </Group>
        ) : null}
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      </Stack>
    </Card>
  );
}
