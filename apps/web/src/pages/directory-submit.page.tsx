import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { SentNotice } from '../modules/directory/components/sent-notice.component';
import { ListingForm, type ListingFormValues } from '../modules/directory/components/listing-form.component';
import { requestDirectoryEditLinksMutation, submitDirectoryListingMutation } from '../modules/directory/graphql/directory.graphql';
import { Page } from '../ui/page.component';

export function DirectorySubmitPage() {
  const [submit] = useMutation(submitDirectoryListingMutation);
  const [sent, setSent] = useState<{ name: string; email: string } | null>(null);

  const onSubmit = async ({ submitterEmail, ...listing }: ListingFormValues) => {
    const res = await submit({ variables: { input: { ...listing, submitterEmail: submitterEmail ?? '' } } });
    setSent({ name: res.data?.submitDirectoryListing.organizationName ?? listing.name, email: submitterEmail ?? '' });
    window.scrollTo({ top: 0 });
  };

  if (sent) {
    return (
      <SentNotice title="Check your email" heading="Almost done">
        We sent a confirmation link to {sent.email}. Open it to send {sent.name} to our staff for review. Nothing is listed until then.
      </SentNotice>
    );
  }

  return (
    <Page
      title="Add your organization"
      intro="List your health-care organization’s official social media accounts. After you confirm your email, our staff check the entry before it appears."
      size="sm"
    >
      <Paper withBorder p="lg">
        <ListingForm label="Submit an organization" submitLabel="Submit for review" askEmail onSubmit={onSubmit} />
      </Paper>
      <EditLinkRequest />
    </Page>
  );
}

/** "Already listed?": emails the edit links of every listing this address submitted. */
function EditLinkRequest() {
  const [request, { loading }] = useMutation(requestDirectoryEditLinksMutation);
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await request({ variables: { email: email.trim() } });
      setMessage({ ok: true, text: 'If this address submitted a listing, we have emailed its edit link.' });
    } catch (error) {
      setMessage({ ok: false, text: toApiError(error).message });
    }
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="edit-link-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="edit-link-heading">
          Already listed?
        </Title>
        <Text size="sm">
          To update your organization’s listing, use the edit link we emailed when it was approved, or ask for a new one. You can also browse the{' '}
          <Anchor component={Link} to="/directory">
            directory
          </Anchor>
          .
        </Text>
        <form onSubmit={onSubmit} aria-label="Email me my edit links" noValidate>
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput label="Email you submitted with" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} style={{ flex: 1, minWidth: 200 }} />
            <Button type="submit" variant="default" loading={loading}>
              Email my edit links
            </Button>
          </Group>
        </form>
        {message ? (
          <Text size="sm" c={message.ok ? 'teal' : 'red'} role="status">
            {message.text}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
