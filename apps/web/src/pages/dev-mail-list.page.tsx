import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { recipients, useDevMailList } from '../modules/dev-mail/hooks/use-dev-mail.hook';
import { formatDateTime } from '../ui/dates.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** Development mailbox: emails the API captured instead of sending. Loaded on demand. */
export function DevMailListPage() {
  const { data, error, loading, reload } = useDevMailList();
  return (
    <Page title="Dev mail" intro="Emails the API captured instead of sending them. Newest first.">
      <Group>
        <Button variant="default" onClick={reload} loading={loading && data !== null}>
          Refresh
        </Button>
      </Group>
      {error ? <ErrorAlert title="Could not load the mailbox">{error}</ErrorAlert> : null}
      {loading && !data ? <Loading label="Loading messages" /> : null}
      {data && data.length === 0 ? <Text c="dimmed">No messages yet.</Text> : null}
      {data && data.length > 0 ? (
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Messages">
          {data.map((message) => (
            <li key={message.id}>
              <Card withBorder padding="sm">
                <Anchor component={Link} to={`/dev/mail/${encodeURIComponent(message.id)}`} fw={600}>
                  {message.subject || '(no subject)'}
                </Anchor>
                <Text size="sm" style={{ wordBreak: 'break-all' }}>
                  To {recipients(message.to)}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(message.date)}
                </Text>
              </Card>
            </li>
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}
