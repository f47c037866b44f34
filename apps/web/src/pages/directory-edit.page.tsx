import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { SentNotice } from '../modules/directory/components/sent-notice.component';
import { ListingForm, type ListingFormValues } from '../modules/directory/components/listing-form.component';
import { directoryEditFormQuery, updateDirectoryListingMutation } from '../modules/directory/graphql/directory.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** The emailed edit link: propose changes; the listed version stays public until staff approve them. */
export function DirectoryEditPage() {
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(directoryEditFormQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [update] = useMutation(updateDirectoryListingMutation);
  const [sent, setSent] = useState(false);

  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title="This link does not work" size="sm">
        <ErrorAlert title="Could not open the listing">{error ? toApiError(error).message : 'Unknown link.'}</ErrorAlert>
        <Group>
          <Button component={Link} to="/directory/submit" variant="default">
            Ask for a new edit link
          </Button>
        </Group>
      </Page>
    );
  }
  const { listing, updatePending } = data.directoryEditForm;
  const onSubmit = async ({ submitterEmail: _ignored, ...input }: ListingFormValues) => {
    await update({ variables: { token, input } });
    setSent(true);
    window.scrollTo({ top: 0 });
  };

  if (sent) {
    return (
      <SentNotice title="Update sent for review" heading="Thank you">
        Our staff will review your changes. The current listing stays as it is until they approve them; we will email you either way.
      </SentNotice>
    );
  }

  return (
    <Page title={`Update ${listing.name}`} intro="Changes are reviewed by our staff before they appear." size="sm">
      {updatePending ? (
        <Alert color="yellow" title="An update is already waiting" role="status">
          Sending this form replaces the update that is waiting for review.
        </Alert>
      ) : null}
      <Paper withBorder p="lg">
        <ListingForm
          label="Update the listing"
          submitLabel="Send update for review"
          initial={{
            name: listing.name,
            type: listing.type,
            countryCode: listing.countryCode,
            region: listing.region,
            city: listing.city,
            website: listing.website,
            accounts: listing.accounts.map((a) => ({ platform: a.platform, url: a.url })),
          }}
          onSubmit={onSubmit}
        />
      </Paper>
    </Page>
  );
}
