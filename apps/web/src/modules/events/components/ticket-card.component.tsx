import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Image, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { EventRegistrationFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { useActionError } from '../hooks/use-action-error.hook';
import { cancelRegistrationMutation, myTicketsQuery, transferRegistrationMutation } from '../graphql/events.graphql';
import { WebinarLinks } from './webinar-links.component';
import { formatCents, formatEventDates, formatWhen } from './event-format.util';

/** One seat: the QR ticket, the webinar links, and cancel / transfer while allowed. */
export function TicketCard({ reg }: { reg: EventRegistrationFieldsFragment }) {
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const [to, setTo] = useState({ name: '', email: '', credentials: '', organization: '' });
  const { error, run } = useActionError();
  const after = { refetchQueries: [myTicketsQuery] };
  const [cancel, { loading: cancelling }] = useMutation(cancelRegistrationMutation, after);
  const [transfer, { loading: transferring }] = useMutation(transferRegistrationMutation, after);
  const ev = reg.event;
  const live = reg.status === 'CONFIRMED';

  const doCancel = async () => {
    if (await run(() => cancel({ variables: { registrationId: reg.id } }))) setConfirmCancel(false);
  };
  const doTransfer = async (e: FormEvent) => {
    e.preventDefault();
    const input = { registrationId: reg.id, name: to.name.trim(), email: to.email.trim(), credentials: to.credentials.trim() || null, organization: to.organization.trim() || null };
    if (await run(() => transfer({ variables: { input } }))) setTransferOpen(false);
  };

  return (
    <Card withBorder component="article" aria-label={`${ev.title}: ${reg.attendeeName}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap">
          <Anchor component={Link} to={`/events/${ev.slug}`} fw={600}>
            {ev.title}
          </Anchor>
          <Badge variant="outline" color={live ? 'teal.9' : 'gray.8'}>
            {reg.status === 'CONFIRMED' ? (reg.checkedInAt ? `Checked in ${reg.checkedInAtVenue ?? ''}` : 'Confirmed') : reg.status === 'HELD' ? 'Held' : 'Cancelled'}
          </Badge>
        </Group>
        <Text size="sm">
          {formatEventDates(ev.startsAt, ev.endsAt, ev.timeZone)} · {reg.ticketTypeName}
        </Text>
        <Text size="sm">
          {reg.attendeeName}
          {reg.attendeeCredentials ? `, ${reg.attendeeCredentials}` : ''}
          {reg.attendeeOrganization ? ` · ${reg.attendeeOrganization}` : ''}
          {reg.isBuyer && !reg.isAttendee ? ' (bought by you)' : ''}
        </Text>
        {reg.orderState === 'AWAITING_PAYMENT' ? <Text size="sm">Awaiting payment of the invoice.</Text> : null}
        {reg.refundCents ? <Text size="sm">Refund recorded: {formatCents(reg.refundCents)}</Text> : null}
        {live && reg.ticketQrDataUrl && reg.isAttendee ? (
          <Stack gap={2} align="flex-start">
            <Image src={reg.ticketQrDataUrl} alt={`QR ticket for ${reg.attendeeName}`} w={180} h={180} />
            <Text size="xs" c="dimmed">
              Show this code at the door. If it will not scan, staff can type this ticket code:
            </Text>
            {reg.ticketToken ? (
              <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="ticket-token">
                {reg.ticketToken}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <WebinarLinks joinUrl={live ? reg.joinUrl : null} recordingUrl={reg.recordingUrl} />
        {live && ev.kind !== 'WEBINAR' ? (
          <Anchor component={Link} to={`/events/${ev.slug}/agenda`} size="sm">
            Choose sessions for my agenda
          </Anchor>
        ) : null}
        {live && (reg.canCancel || reg.canTransfer) ? (
          <Group gap="xs">
            {reg.canTransfer ? (
              <Button size="xs" variant="outline" onClick={() => setTransferOpen(true)}>
                Transfer to a colleague
              </Button>
            ) : null}
            {reg.canCancel ? (
              <Button size="xs" variant="outline" color="red.9" onClick={() => setConfirmCancel(true)}>
                Cancel this seat
              </Button>
            ) : null}
          </Group>
        ) : null}
        {live && reg.canCancel ? (
          <Text size="xs" c="dimmed">
            You can cancel until {formatWhen(reg.cancelUntil, ev.timeZone)}.
          </Text>
        ) : null}
        {error && !transferOpen && !confirmCancel ? <ErrorAlert>{error}</ErrorAlert> : null}
      </Stack>

      <Modal opened={confirmCancel} onClose={() => setConfirmCancel(false)} title="Cancel this seat?">
        <Stack gap="sm">
          <Text>
            {reg.attendeeName}’s seat at {ev.title} is cancelled and the calendar invite withdrawn. A paid seat is refunded.
          </Text>
          {error ? <ErrorAlert>{error}</ErrorAlert> : null}
          <Group>
            <Button color="red.9" loading={cancelling} onClick={doCancel}>
              Cancel seat
            </Button>
            <Button variant="subtle" onClick={() => setConfirmCancel(false)}>
              Keep it
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={transferOpen} onClose={() => setTransferOpen(false)} title="Transfer to a colleague">
        <form onSubmit={doTransfer}>
          <Stack gap="sm">
            <TextInput label="Name" required value={to.name} onChange={(e) => setTo({ ...to, name: e.currentTarget.value })} />
            <TextInput label="Email" type="email" required value={to.email} onChange={(e) => setTo({ ...to, email: e.currentTarget.value })} />
            <TextInput label="Credentials" value={to.credentials} onChange={(e) => setTo({ ...to, credentials: e.currentTarget.value })} />
            <TextInput label="Organization" value={to.organization} onChange={(e) => setTo({ ...to, organization: e.currentTarget.value })} />
            <Text size="sm">Your colleague gets a new ticket and invite; yours stops working.</Text>
            {error ? <ErrorAlert>{error}</ErrorAlert> : null}
            <Group>
              <Button type="submit" loading={transferring}>
                Transfer seat
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
