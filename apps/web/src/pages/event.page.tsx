import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { EVENT_KIND_LABEL, EVENT_STATUS_LABEL, formatEventDates, formatWhen } from '../modules/events/components/event-format.util';
import { WebinarLinks } from '../modules/events/components/webinar-links.component';
import { TicketPrice } from '../modules/events/components/ticket-price.component';
import { eventQuery, joinWaitlistMutation, myTicketsQuery } from '../modules/events/graphql/events.graphql';
import { useLiveSeats } from '../modules/events/hooks/use-events-live.hook';
import type { TicketTypeFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** An event: what, when and where, and its tickets with live seats left and this viewer's price. */
export function EventPage() {
  const { slug = '' } = useParams();
  const { viewer, isStaff } = useViewer();
  const { data, loading, error } = useQuery(eventQuery, { variables: { slug } });
  const event = data?.event ?? null;
  const live = useLiveSeats(event?.id ?? null);
  const [waitError, setWaitError] = useState<ApiError | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [joinWaitlist, { loading: joining }] = useMutation(joinWaitlistMutation, { refetchQueries: [myTicketsQuery] });

  if (loading && !data) return <Loading />;
  if (error || !event) {
    return (
      <Page title="Event not found">
        <ErrorAlert title="Not found">{error ? toApiError(error).message : 'No such event.'}</ErrorAlert>
      </Page>
    );
  }

  const seatsOf = (t: TicketTypeFieldsFragment) => {
    const l = live?.get(t.id);
    return l ? { seatsLeft: l.seatsLeft, soldOut: l.soldOut } : { seatsLeft: t.seatsLeft, soldOut: t.soldOut };
  };
  const join = async (ticketTypeId: string) => {
    setWaitError(null);
    try {
      const result = await joinWaitlist({ variables: { ticketTypeId, quantity: 1 } });
      setJoined(`You are number ${result.data?.joinWaitlist.position ?? '?'} on the waiting list. We will email you when a seat is free.`);
    } catch (e) {
      setWaitError(toApiError(e));
    }
  };
  const isOpen = event.status === 'PUBLISHED';

  return (
    <Page title={event.title} intro={event.summary} size="lg">
      <Group gap={6}>
        <Badge variant="outline" color="blue.9">
          {EVENT_KIND_LABEL[event.kind]}
        </Badge>
        {!isOpen ? (
          <Badge variant="outline" color={event.status === 'CANCELLED' ? 'red.9' : 'gray.8'}>
            {EVENT_STATUS_LABEL[event.status]}
          </Badge>
        ) : null}
      </Group>
      {event.status === 'CANCELLED' ? <Alert color="red" title="This event is cancelled">Every registration has been cancelled and attendees notified.</Alert> : null}

      <Stack gap={4} component="section" aria-label="When and where">
        <Text fw={500}>{formatEventDates(event.startsAt, event.endsAt, event.timeZone)}</Text>
        <Text size="sm">Starts {formatWhen(event.startsAt, event.timeZone)} (venue time, {event.timeZone})</Text>
        {event.venueName ? <Text size="sm">{[event.venueName, event.venueAddress].filter(Boolean).join(', ')}</Text> : null}
        {event.kind === 'WEBINAR' ? <Text size="sm">Online — the join link is sent to registrants.</Text> : null}
        {event.includesCourse ? <Text size="sm">Includes the online Social for Healthcare Certificate course.</Text> : null}
        <Group gap="md">
          <Anchor component={Link} to={`/events/${event.slug}/agenda`}>
            Agenda
          </Anchor>
          {isStaff ? (
            <>
              <Anchor component={Link} to={`/events/${event.slug}/check-in`}>
                Check-in
              </Anchor>
              <Anchor component={Link} to={`/events/admin/${event.id}`}>
                Manage this event
              </Anchor>
            </>
          ) : null}
        </Group>
      </Stack>

      {event.joinUrl || event.recordingUrl ? (
        <Card withBorder component="section" aria-label="Webinar links">
          <Stack gap={4}>
            <WebinarLinks joinUrl={event.joinUrl} recordingUrl={event.recordingUrl} />
          </Stack>
        </Card>
      ) : null}

      {event.description ? (
        <Stack gap={4} component="section" aria-labelledby="about-heading">
          <Title order={2} size="h3" id="about-heading">
            About
          </Title>
          {event.description.split(/\n{2,}/).map((p, i) => (
            <Text key={i}>{p}</Text>
          ))}
        </Stack>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="tickets-heading">
        <Title order={2} size="h3" id="tickets-heading">
          Tickets
        </Title>
        {event.ticketTypes.length === 0 ? <Text c="dimmed">No tickets on sale.</Text> : null}
        {event.ticketTypes.map((t) => {
          const { seatsLeft, soldOut } = seatsOf(t);
          return (
            <Card key={t.id} withBorder component="article" aria-labelledby={`ticket-${t.id}`} data-ticket-id={t.id}>
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Text fw={600} id={`ticket-${t.id}`}>
                    {t.name}
                  </Text>
                  <TicketPrice ticketTypeId={t.id} listPriceCents={t.listPriceCents} />
                </Group>
                {t.description ? <Text size="sm">{t.description}</Text> : null}
                {t.audience === 'PREMIUM' ? <Text size="sm">Premium members only.</Text> : null}
                <Text size="sm" aria-live="polite" data-testid="seats-left">
                  {soldOut ? 'Sold out' : seatsLeft === null ? 'Seats available' : `${seatsLeft} ${seatsLeft === 1 ? 'seat' : 'seats'} left`}
                </Text>
                {!isOpen ? null : !t.onSale ? (
                  <Text size="sm" c="dimmed">
                    Not on sale now.
                  </Text>
                ) : soldOut ? (
                  viewer && t.kind === 'EVENT' && t.capacity !== null ? (
                    <Group>
                      <Button variant="outline" loading={joining} onClick={() => join(t.id)}>
                        Join the waiting list
                      </Button>
                    </Group>
                  ) : viewer ? null : (
                    <Text size="sm">
                      <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/events/${event.slug}`)}`}>
                        Log in
                      </Anchor>{' '}
                      to join the waiting list.
                    </Text>
                  )
                ) : (
                  <Group>
                    <Button component={Link} to={`/checkout/${t.id}?event=${event.id}`}>
                      Register
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          );
        })}
        {joined ? (
          <Alert color="green" title="On the waiting list" role="status">
            {joined}{' '}
            <Anchor component={Link} to="/my-tickets">
              See my tickets
            </Anchor>
          </Alert>
        ) : null}
        {waitError ? <ErrorAlert title="Could not join the waiting list">{waitError.message}</ErrorAlert> : null}
      </Stack>
    </Page>
  );
}
