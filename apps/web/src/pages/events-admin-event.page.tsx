import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useApiError } from '../apollo/use-api-error.hook';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { AdminQuestions } from '../modules/events/components/admin-questions.component';
import { AdminPromoCodes } from '../modules/events/components/admin-promo-codes.component';
import { AdminRegistrations } from '../modules/events/components/admin-registrations.component';
import { AdminSessions } from '../modules/events/components/admin-sessions.component';
import { AdminTickets } from '../modules/events/components/admin-tickets.component';
import { EventFieldsForm, toEventInput } from '../modules/events/components/event-fields-form.component';
import { EVENT_STATUS_LABEL } from '../modules/events/components/event-format.util';
import { cancelEventMutation, eventByIdQuery, updateEventMutation } from '../modules/events/graphql/events-staff.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** Staff: one event — its fields, sessions, tickets, promo codes, registrations, exports, and cancelling it. */
export function EventsAdminEventPage() {
  const { id = '' } = useParams();
  const { isStaff, loading: viewerLoading } = useViewer();
  const { data, loading, error } = useQuery(eventByIdQuery, { variables: { id }, skip: !isStaff });
  const [update, { loading: saving }] = useMutation(updateEventMutation, { refetchQueries: [eventByIdQuery] });
  const [cancelEvent, { loading: cancelling }] = useMutation(cancelEventMutation, { refetchQueries: [eventByIdQuery] });
  const form = useApiError<string>(['title', 'slug', 'timeZone', 'startsAt', 'endsAt', 'description']);
  const [saved, setSaved] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancelResult, setCancelResult] = useState<string | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);

  if (viewerLoading || (loading && !data)) return <Loading />;
  if (!isStaff || error || !data) {
    return (
      <Page title="Manage event">
        <ErrorAlert title="Not available">{error ? toApiError(error).message : 'Only staff can manage events.'}</ErrorAlert>
      </Page>
    );
  }
  const event = data.eventById;
  const sessions = event.agenda.flatMap((d) => d.tracks.flatMap((t) => t.sessions));

  return (
    <Page title={`Manage: ${event.title}`} intro={EVENT_STATUS_LABEL[event.status]} size="lg">
      <Group gap="md">
        <Anchor component={Link} to="/events/admin">
          All events
        </Anchor>
        <Anchor component={Link} to={`/events/${event.slug}`}>
          Event page
        </Anchor>
        <Anchor component={Link} to={`/events/${event.slug}/check-in`}>
          Check-in
        </Anchor>
      </Group>
      <Stack gap="xs" component="section" aria-labelledby="details-heading">
        <Title order={2} size="h3" id="details-heading">
          Details
        </Title>
        {form.alertMessage ? <ErrorAlert>{form.alertMessage}</ErrorAlert> : null}
        {saved ? (
          <Alert color="green" role="status">
            Saved. Attendees get an updated invite when the time, place or link changed.
          </Alert>
        ) : null}
        <EventFieldsForm
          key={event.id}
          event={event}
          submitLabel="Save event"
          busy={saving}
          fieldErrors={form.error?.fields ?? {}}
          onSubmit={async (values) => {
            form.clear();
            setSaved(false);
            try {
              await update({ variables: { input: { id: event.id, ...toEventInput(values) } } });
              setSaved(true);
            } catch (e) {
              form.capture(e);
            }
          }}
        />
      </Stack>
      <AdminQuestions key={`q-${event.id}`} eventId={event.id} questions={event.questions} />
      <AdminSessions eventId={event.id} timeZone={event.timeZone} sessions={sessions} />
      <AdminTickets eventId={event.id} tickets={event.ticketTypes.filter((t) => t.eventId === event.id)} />
      <AdminPromoCodes eventId={event.id} timeZone={event.timeZone} />
      <AdminRegistrations eventId={event.id} tickets={event.ticketTypes} />

      <Stack gap="xs" component="section" aria-labelledby="cancel-heading">
        <Title order={2} size="h3" id="cancel-heading">
          Cancel the event
        </Title>
        {cancelResult ? (
          <Alert color="green" role="status">
            {cancelResult}
          </Alert>
        ) : null}
        {event.status === 'CANCELLED' ? (
          <Text>This event is cancelled.</Text>
        ) : (
          <Group>
            <Button color="red.9" variant="outline" onClick={() => setConfirmOpen(true)}>
              Cancel this event…
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={confirmOpen} onClose={() => setConfirmOpen(false)} title="Cancel this event?">
        <Stack gap="sm">
          <Text>Every order with a seat in {event.title} is cancelled (paid ones refunded), and every attendee gets an email and a calendar cancellation. This cannot be undone.</Text>
          <TextInput label="Reason (sent to attendees)" value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          {cancelError ? <ErrorAlert>{cancelError}</ErrorAlert> : null}
          <Group>
            <Button
              color="red.9"
              loading={cancelling}
              onClick={async () => {
                setCancelError(null);
                try {
                  const r = await cancelEvent({ variables: { eventId: event.id, reason: reason.trim() || null } });
                  const c = r.data?.cancelEvent;
                  setCancelResult(`Cancelled: ${c?.ordersCancelled ?? 0} orders, ${c?.seatsCancelled ?? 0} seats; attendees notified.`);
                  setConfirmOpen(false);
                } catch (e) {
                  setCancelError(toApiError(e).message);
                }
              }}
            >
              Cancel event
            </Button>
            <Button variant="subtle" onClick={() => setConfirmOpen(false)}>
              Keep it
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
