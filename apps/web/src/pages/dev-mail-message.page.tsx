import { Anchor, Box, Paper, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { LinkifiedText } from '../modules/dev-mail/components/linkified-text.component';
import { recipients, useDevMailMessage } from '../modules/dev-mail/hooks/use-dev-mail.hook';
import { formatDateTime } from '../ui/dates.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

export function DevMailMessagePage() {
  const { id = '' } = useParams();
  const { data: message, error, loading } = useDevMailMessage(id);
  const [showHtml, setShowHtml] = useState(false);

  const back = (
    <Anchor component={Link} to="/dev/mail">
      ← All messages
    </Anchor>
  );
  if (loading && !message) return <Loading label="Loading message" />;
  if (error || !message) {
    return (
      <Page title="Message">
        {back}
        <ErrorAlert title="Could not load the message">{error ?? 'Not found.'}</ErrorAlert>
      </Page>
    );
  }

  return (
    <Page title={message.subject || '(no subject)'}>
      {back}
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Meta label="From" value={message.from} />
          <Meta label="To" value={recipients(message.to)} />
          <Meta label="Date" value={formatDateTime(message.date)} />
        </SimpleGrid>
      </Paper>
      {message.html ? (
        <Switch label="View HTML" checked={showHtml} onChange={(e) => setShowHtml(e.currentTarget.checked)} />
      ) : null}
      <Paper withBorder p="md">
        {showHtml && message.html ? (
          // Sandboxed: no scripts, no same-origin access; links may only leave on a click.
          <Box
            component="iframe"
            title="HTML version of the email"
            srcDoc={message.html}
            sandbox="allow-top-navigation-by-user-activation allow-popups"
            w="100%"
            h={600}
            style={{ border: 0 }}
          />
        ) : message.text ? (
          <LinkifiedText text={message.text} />
        ) : (
          <Text c="dimmed">This message has no plain-text part. Switch on “View HTML”.</Text>
        )}
      </Paper>
    </Page>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
    </Stack>
  );
}
