import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useApiError } from '../apollo/use-api-error.hook';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { EventFieldsForm, toEventInput } from '../modules/events/components/event-fields-form.component';
import { EVENT_KIND_LABEL, EVENT_STATUS_LABEL, formatEventDates } from '../modules/events/components/event-format.util';
import { eventsQuery } from '../modules/events/graphql/events.graphql';
import { createEventMutation } from '../modules/events/graphql/events-staff.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** Staff: every event (drafts and past ones too) and a form for a new one. */
export function EventsAdminPage() {
  const { isStaff, loading: viewerLoading } = useViewer();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(eventsQuery, { variables: { includePast: true }, skip: !isStaff });
  const [create, { loading: creating }] = useMutation(createEventMutation, { refetchQueries: [eventsQuery] });
  const form = useApiError<string>(['title', 'slug', 'timeZone', 'startsAt', 'endsAt', 'description']);

  if (viewerLoading) return <Loading />;
  if (!isStaff) {
    return (
      <Page title="Manage events">
        <ErrorAlert title="Not available">Only staff can manage events.</ErrorAlert>
      </Page>
    );
  }
  return (
    <Page title="Manage events" size="lg">
      {loading ? <Loading /> : null}
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      <Stack gap="xs" component="section" aria-labelledby="all-events">
        <Title order={2} size="h3" id="all-events">
          Events
        </Title>
        {data?.events.map((e) => (
          <Card key={e.id} withBorder padding="sm">
            <Group justify="space-between" wrap="wrap">
              <Stack gap={0}>
                <Anchor component={Link} to={`/events/admin/${e.id}`} fw={600}>
                  {e.title}
                </Anchor>
                <Text size="sm">
                  {EVENT_KIND_LABEL[e.kind]} · {formatEventDates(e.startsAt, e.endsAt, e.timeZone)}
                </Text>
              </Stack>
              <Badge variant="outline" color={e.status === 'CANCELLED' ? 'red.9' : e.status === 'DRAFT' ? 'gray.8' : 'teal.9'}>
                {EVENT_STATUS_LABEL[e.status]}
              </Badge>
            </Group>
          </Card>
        ))}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="new-event">
        <Title order={2} size="h3" id="new-event">
          New event
        </Title>
        {form.alertMessage ? <ErrorAlert>{form.alertMessage}</ErrorAlert> : null}
        <EventFieldsForm
          event={null}
          submitLabel="Create event"
          busy={creating}
          fieldErrors={form.error?.fields ?? {}}
          onSubmit={async (values) => {
            form.clear();
            try {
              const r = await create({ variables: { input: toEventInput(values) } });
              if (r.data) navigate(`/events/admin/${r.data.createEvent.id}`);
            } catch (e) {
              form.capture(e);
            }
          }}
        />
      </Stack>
    </Page>
  );
}
