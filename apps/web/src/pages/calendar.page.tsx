import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { toApiError } from '../apollo/api-error.util';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { calendarFeedQuery, regenerateFeedMutation } from '../modules/consultations/graphql/consultations.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

function FeedLink({ label, value }: { label: string; value: string }) {
  return (
    <Group gap="xs" align="end" wrap="nowrap">
      <TextInput label={label} value={value} readOnly style={{ flex: 1, minWidth: 0 }} onFocus={(e) => e.currentTarget.select()} />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'default'} onClick={copy} aria-label={`Copy ${label}`}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** Subscribe to your personal feed (consultations, registrations, sessions) and the public events feed. */
export function CalendarPage() {
  return <RequireViewer>{() => <CalendarContent />}</RequireViewer>;
}

function CalendarContent() {
  const { data, loading, error } = useQuery(calendarFeedQuery);
  const [regenerate, { loading: regenerating, error: regenerateError }] = useMutation(regenerateFeedMutation, {
    update(cache, result) {
      if (result.data) cache.writeQuery({ query: calendarFeedQuery, data: { myCalendarFeed: result.data.regenerateCalendarFeed } });
    },
  });
  const links = data?.myCalendarFeed;

  return (
    <Page title="Calendar" intro="Everything you booked or registered for, in any calendar program. It updates by itself.">
      {loading ? <Loading /> : null}
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {links ? (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="personal-feed">
            <Stack gap="sm">
              <Title order={2} size="h3" id="personal-feed">
                Your personal feed
              </Title>
              <Text size="sm" c="dimmed">
                Keep these links to yourself: anyone who has them can read your calendar. Board posts are never in it.
              </Text>
              <Group gap="sm">
                <Button component="a" href={links.webcalUrl}>
                  Subscribe in your calendar app
                </Button>
                <Button component="a" href={links.googleUrl} target="_blank" rel="noreferrer" variant="default">
                  Add to Google Calendar
                </Button>
              </Group>
              <FeedLink label="webcal:// link" value={links.webcalUrl} />
              <FeedLink label="https:// link" value={links.httpsUrl} />
              {regenerateError ? <ErrorAlert>{toApiError(regenerateError).message}</ErrorAlert> : null}
              <Group>
                <Button variant="light" color="red" loading={regenerating} onClick={() => void regenerate().catch(() => undefined)}>
                  Make a new link (the old one stops working)
                </Button>
              </Group>
            </Stack>
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="public-feed">
            <Stack gap="sm">
              <Title order={2} size="h3" id="public-feed">
                The network’s public event calendar
              </Title>
              <FeedLink label="Public webcal:// link" value={links.publicWebcalUrl} />
              <Text size="sm">
                Or download it: <Anchor href={links.publicHttpsUrl} underline="always">public.ics</Anchor>
              </Text>
            </Stack>
          </Paper>
        </>
      ) : null}
    </Page>
  );
}
