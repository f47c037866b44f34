import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { EventSummaryFieldsFragment } from '../../../gql/graphql';
import { EVENT_KIND_LABEL, EVENT_STATUS_LABEL, formatEventDates } from './event-format.util';

/** One event in the list: kind, status, dates at the venue, place. */
export function EventCard({ event }: { event: EventSummaryFieldsFragment }) {
  return (
    <Card withBorder component="article" aria-labelledby={`event-${event.id}`}>
      <Stack gap={6}>
        <Group gap={6}>
          <Badge variant="outline" color="blue.9">
            {EVENT_KIND_LABEL[event.kind]}
          </Badge>
          {event.status !== 'PUBLISHED' ? (
            <Badge variant="outline" color={event.status === 'CANCELLED' ? 'red.9' : 'gray.8'}>
              {EVENT_STATUS_LABEL[event.status]}
            </Badge>
          ) : null}
        </Group>
        <Anchor component={Link} to={`/events/${event.slug}`} fw={600} size="lg" id={`event-${event.id}`}>
          {event.title}
        </Anchor>
        <Text size="sm">
          {formatEventDates(event.startsAt, event.endsAt, event.timeZone)}
          {event.venueName ? ` · ${event.venueName}` : event.kind === 'WEBINAR' ? ' · Online' : ''}
        </Text>
        {event.summary ? <Text size="sm" c="dimmed">{event.summary}</Text> : null}
      </Stack>
    </Card>
  );
}
