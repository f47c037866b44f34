import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { EventSessionFieldsFragment, EventSessionType } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { useActionError } from '../hooks/use-action-error.hook';
import { createEventSessionMutation, deleteEventSessionMutation, eventByIdQuery } from '../graphql/events-staff.graphql';
import { SESSION_TYPE_LABEL, formatClock, formatDay } from './event-format.util';
import { fromLocalInput } from './zoned-time.util';

/** Staff: an event's sessions, a form for a new one (times at the venue), and removal. */
export function AdminSessions({ eventId, timeZone, sessions }: { eventId: string; timeZone: string; sessions: EventSessionFieldsFragment[] }) {
  const [v, setV] = useState({ title: '', type: 'CASE_STUDY' as EventSessionType, track: '', room: '', startsAt: '', endsAt: '' });
  const { error, run } = useActionError();
  const after = { refetchQueries: [eventByIdQuery] };
  const [create, { loading }] = useMutation(createEventSessionMutation, after);
  const [remove] = useMutation(deleteEventSessionMutation, after);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { eventId, title: v.title.trim(), type: v.type, track: v.track.trim() || null, room: v.room.trim() || null, startsAt: fromLocalInput(v.startsAt, timeZone), endsAt: fromLocalInput(v.endsAt, timeZone) };
    if (await run(() => create({ variables: { input } }))) setV({ ...v, title: '', startsAt: '', endsAt: '' });
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="sessions-heading">
      <Title order={2} size="h3" id="sessions-heading">
        Sessions
      </Title>
      {sessions.length === 0 ? <Text c="dimmed">No sessions yet.</Text> : null}
      {sessions.map((s) => (
        <Card key={s.id} withBorder padding="xs">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              <strong>{s.title}</strong> · {SESSION_TYPE_LABEL[s.type]} · {formatDay(s.startsAt, timeZone)} {formatClock(s.startsAt, timeZone)}
              {s.track ? ` · ${s.track}` : ''}
              {s.room ? ` · ${s.room}` : ''}
            </Text>
            <Button size="xs" variant="subtle" color="red.9" onClick={() => void run(() => remove({ variables: { sessionId: s.id } }))} aria-label={`Remove ${s.title}`}>
              Remove
            </Button>
          </Group>
        </Card>
      ))}
      <form onSubmit={submit} aria-label="New session">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label="Session title" required value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} />
          <Select label="Type" data={Object.entries(SESSION_TYPE_LABEL).map(([value, label]) => ({ value, label }))} value={v.type} onChange={(x) => x && setV({ ...v, type: x as EventSessionType })} allowDeselect={false} />
          <TextInput label="Track" description="Empty for all attendees" value={v.track} onChange={(e) => setV({ ...v, track: e.currentTarget.value })} />
          <TextInput label="Room" value={v.room} onChange={(e) => setV({ ...v, room: e.currentTarget.value })} />
          <TextInput label="Session starts (venue time)" type="datetime-local" required value={v.startsAt} onChange={(e) => setV({ ...v, startsAt: e.currentTarget.value })} />
          <TextInput label="Session ends (venue time)" type="datetime-local" required value={v.endsAt} onChange={(e) => setV({ ...v, endsAt: e.currentTarget.value })} />
        </SimpleGrid>
        <Group mt="xs">
          <Button type="submit" variant="outline" loading={loading}>
            Add session
          </Button>
        </Group>
      </form>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </Stack>
  );
}
