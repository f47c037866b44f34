import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { browserTimeZone } from '../modules/accounts/hooks/use-time-zones.hook';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { SESSION_TYPE_LABEL, formatClock, formatDay } from '../modules/events/components/event-format.util';
import { chooseAgendaSessionMutation, eventAgendaQuery, myAgendaQuery, removeAgendaSessionMutation } from '../modules/events/graphql/events.graphql';
import type { EventSessionFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/**
 * The agenda by day (at the venue) and track; times in the viewer's zone with the venue's alongside
 * when they differ. Attendees add sessions to their own agenda and are warned of clashes.
 */
export function EventAgendaPage() {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const zone = viewer?.timeZone ?? browserTimeZone();
  const { data, loading, error } = useQuery(eventAgendaQuery, { variables: { slug } });
  const event = data?.event ?? null;
  const mine = useQuery(myAgendaQuery, { variables: { eventId: event?.id ?? '' }, skip: !event || !viewer });
  const [warning, setWarning] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [choose, { loading: choosing }] = useMutation(chooseAgendaSessionMutation);
  const [remove, { loading: removing }] = useMutation(removeAgendaSessionMutation);

  if (loading && !data) return <Loading />;
  if (error || !event) {
    return (
      <Page title="Agenda">
        <ErrorAlert title="Not found">{error ? toApiError(error).message : 'No such event.'}</ErrorAlert>
      </Page>
    );
  }
  const agenda = mine.data?.myAgenda ?? null;
  const chosen = new Set(agenda?.sessions.map((s) => s.id) ?? []);
  const clashing = new Set(agenda?.clashes.map((c) => c.sessionId) ?? []);
  const venueZone = event.timeZone;
  const sameZone = zone === venueZone;

  const toggle = async (s: EventSessionFieldsFragment) => {
    setActionError(null);
    setWarning(null);
    try {
      if (chosen.has(s.id)) {
        await remove({ variables: { sessionId: s.id }, refetchQueries: [myAgendaQuery] });
      } else {
        const result = await choose({ variables: { sessionId: s.id }, refetchQueries: [myAgendaQuery] });
        setWarning(result.data?.chooseAgendaSession.warning ?? null);
      }
    } catch (e) {
      setActionError(toApiError(e).message);
    }
  };

  return (
    <Page title={`Agenda: ${event.title}`} intro={sameZone ? `Times in ${zone} (the venue’s zone).` : `Times in your zone (${zone}); venue time (${venueZone}) alongside.`} size="lg">
      <Group gap="md">
        <Anchor component={Link} to={`/events/${event.slug}`}>
          Back to the event
        </Anchor>
      </Group>
      {viewer && agenda ? (
        <Text size="sm">You have chosen {agenda.sessions.length} {agenda.sessions.length === 1 ? 'session' : 'sessions'}; they are in your calendar feed.</Text>
      ) : viewer ? (
        <Text size="sm" c="dimmed">
          Attendees with a confirmed seat can build their own agenda here.
        </Text>
      ) : null}
      {warning ? (
        <Alert color="orange" title="Time clash" role="alert">
          {warning}
        </Alert>
      ) : null}
      {actionError ? <ErrorAlert>{actionError}</ErrorAlert> : null}
      {event.agenda.length === 0 ? <Text c="dimmed">The agenda is not published yet.</Text> : null}
      {event.agenda.map((day) => (
        <Stack key={day.date} gap="sm" component="section" aria-labelledby={`day-${day.date}`}>
          <Title order={2} size="h3" id={`day-${day.date}`}>
            {formatDay(`${day.date}T12:00:00`, 'UTC')}
          </Title>
          {day.tracks.map((track) => (
            <Stack key={track.name ?? 'plenary'} gap="xs">
              <Title order={3} size="h5">
                {track.name ?? 'All attendees'}
              </Title>
              {track.sessions.map((s) => (
                <Card key={s.id} withBorder padding="sm" component="article" aria-labelledby={`session-${s.id}`}>
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="wrap" gap={4}>
                      <Text fw={600} id={`session-${s.id}`}>
                        {s.title}
                      </Text>
                      <Badge variant="outline" color="blue.9">
                        {SESSION_TYPE_LABEL[s.type]}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {formatClock(s.startsAt, zone)} – {formatClock(s.endsAt, zone)}
                      {sameZone ? '' : ` · venue ${formatClock(s.startsAt, venueZone)} – ${formatClock(s.endsAt, venueZone)}`}
                      {s.room ? ` · ${s.room}` : ''}
                    </Text>
                    {s.speakers.length ? (
                      <Text size="sm" c="dimmed">
                        {s.speakers.map((p) => (p.credentials ? `${p.displayName}, ${p.credentials}` : p.displayName)).join('; ')}
                      </Text>
                    ) : null}
                    {agenda ? (
                      <Group gap="xs">
                        <Button size="xs" variant={chosen.has(s.id) ? 'filled' : 'outline'} loading={choosing || removing} onClick={() => toggle(s)} aria-pressed={chosen.has(s.id)}>
                          {chosen.has(s.id) ? 'In my agenda — remove' : 'Add to my agenda'}
                        </Button>
                        {clashing.has(s.id) ? (
                          <Text size="sm" c="red.9" fw={500}>
                            Clashes with another session you chose
                          </Text>
                        ) : null}
                      </Group>
                    ) : null}
                  </Stack>
                </Card>
              ))}
            </Stack>
          ))}
        </Stack>
      ))}
    </Page>
  );
}
