import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { QrScanner } from '../modules/events/components/qr-scanner.component';
import { eventQuery } from '../modules/events/graphql/events.graphql';
import { checkInRegistrationMutation, checkInSearchQuery, checkInTicketMutation, eventAttendanceQuery } from '../modules/events/graphql/events-staff.graphql';
import { useLiveAttendance } from '../modules/events/hooks/use-events-live.hook';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

type Outcome = { kind: 'in' | 'already' | 'error'; text: string };

/** Staff at the door: scan a QR ticket (or type its code), or find someone by name; live count of who is in. */
export function CheckInPage() {
  const { slug = '' } = useParams();
  const { isStaff, loading: viewerLoading } = useViewer();
  const { data, loading } = useQuery(eventQuery, { variables: { slug } });
  const event = data?.event ?? null;
  const eventId = isStaff ? (event?.id ?? null) : null;
  const first = useQuery(eventAttendanceQuery, { variables: { eventId: eventId ?? '' }, skip: !eventId });
  const live = useLiveAttendance(eventId);
  const attendance = live ?? first.data?.eventAttendance ?? null;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [code, setCode] = useState('');
  const [query, setQuery] = useState('');
  const [search, searchResult] = useLazyQuery(checkInSearchQuery, { fetchPolicy: 'network-only' });
  const [byTicket] = useMutation(checkInTicketMutation);
  const [byRegistration] = useMutation(checkInRegistrationMutation);

  if (viewerLoading || (loading && !data)) return <Loading />;
  if (!isStaff || !event) {
    return (
      <Page title="Check-in">
        <ErrorAlert title="Not available">Only staff can check attendees in.</ErrorAlert>
      </Page>
    );
  }

  const run = async (action: () => Promise<{ name: string; credentials?: string | null }>) => {
    try {
      const who = await action();
      setOutcome({ kind: 'in', text: `Checked in: ${who.name}${who.credentials ? `, ${who.credentials}` : ''}` });
    } catch (e) {
      const err = toApiError(e);
      setOutcome({ kind: err.reason === 'ALREADY_CHECKED_IN' ? 'already' : 'error', text: err.message });
    }
    if (query.trim()) void search({ variables: { eventId: event.id, query: query.trim() } });
  };
  const scan = (token: string) =>
    run(async () => {
      const r = await byTicket({ variables: { eventId: event.id, token: token.trim() } });
      const reg = r.data!.checkInTicket.registration;
      return { name: reg.attendeeName, credentials: reg.attendeeCredentials };
    });
  const submitCode = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) return;
    await scan(code);
    setCode('');
  };
  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    if (query.trim()) void search({ variables: { eventId: event.id, query: query.trim() } });
  };

  return (
    <Page title={`Check-in: ${event.title}`} size="md">
      <Anchor component={Link} to={`/events/${event.slug}`}>
        Back to the event
      </Anchor>
      <Card withBorder component="section" aria-label="Attendance">
        <Text size="xl" fw={700} aria-live="polite" data-testid="attendance">
          {attendance ? `${attendance.checkedIn} of ${attendance.confirmed} checked in` : '…'}
        </Text>
      </Card>

      {outcome ? (
        <Alert
          role="alert"
          color={outcome.kind === 'in' ? 'green' : outcome.kind === 'already' ? 'orange' : 'red'}
          title={outcome.kind === 'in' ? 'Welcome' : outcome.kind === 'already' ? 'Already checked in' : 'Not checked in'}
          data-testid="check-in-outcome"
        >
          <Text size="lg" fw={600}>
            {outcome.text}
          </Text>
        </Alert>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="scan-heading">
        <Title order={2} size="h3" id="scan-heading">
          Scan a ticket
        </Title>
        <QrScanner onCode={(text) => void scan(text)} />
        <form onSubmit={submitCode}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput label="Ticket code" description="For a damaged code: type or paste the text under it" value={code} onChange={(e) => setCode(e.currentTarget.value)} style={{ flex: 1 }} autoComplete="off" />
            <Button type="submit">Check in</Button>
          </Group>
        </form>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="search-heading">
        <Title order={2} size="h3" id="search-heading">
          Find by name
        </Title>
        <form onSubmit={submitSearch}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput label="Name, email or organization" value={query} onChange={(e) => setQuery(e.currentTarget.value)} style={{ flex: 1 }} type="search" />
            <Button type="submit" variant="outline" loading={searchResult.loading}>
              Search
            </Button>
          </Group>
        </form>
        {searchResult.data?.checkInSearch.length === 0 ? <Text c="dimmed">Nobody with a confirmed seat matches.</Text> : null}
        {searchResult.data?.checkInSearch.map((r) => (
          <Card key={r.id} withBorder padding="sm" component="article" aria-label={r.attendeeName}>
            <Group justify="space-between" wrap="wrap">
              <Stack gap={0}>
                <Text fw={600}>
                  {r.attendeeName}
                  {r.attendeeCredentials ? `, ${r.attendeeCredentials}` : ''}
                </Text>
                <Text size="sm">{[r.attendeeOrganization, r.ticketTypeName].filter(Boolean).join(' · ')}</Text>
              </Stack>
              {r.checkedInAt ? (
                <Text fw={600}>In since {r.checkedInAtVenue}</Text>
              ) : (
                <Button
                  onClick={() =>
                    run(async () => {
                      const res = await byRegistration({ variables: { eventId: event.id, registrationId: r.id } });
                      const reg = res.data!.checkInRegistration.registration;
                      return { name: reg.attendeeName, credentials: reg.attendeeCredentials };
                    })
                  }
                >
                  Check in
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Page>
  );
}
