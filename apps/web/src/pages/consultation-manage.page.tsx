import { useQuery } from '@apollo/client/react';
import { Alert, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import type { ConsultationFieldsFragment } from '../gql/graphql';
import { browserTimeZone } from '../modules/accounts/hooks/use-time-zones.hook';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { ConsultationCard } from '../modules/consultations/components/consultation-card.component';
import { consultationByLinkQuery } from '../modules/consultations/graphql/consultations.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** Where the reschedule/cancel links in consultation emails lead: works without logging in, for one change. */
export function ConsultationManagePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { viewer } = useViewer();
  const timeZone = viewer?.timeZone ?? browserTimeZone();
  const { data, loading, error } = useQuery(consultationByLinkQuery, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [changed, setChanged] = useState<ConsultationFieldsFragment | null>(null);

  return (
    <Page title="Manage your consultation">
      {!token ? <ErrorAlert title="No link">Open this page from the link in your email.</ErrorAlert> : null}
      {loading ? <Loading /> : null}
      {error ? <ErrorAlert title="This link does not work">{toApiError(error).message}</ErrorAlert> : null}
      {changed ? (
        <Alert color="green" title={changed.status === 'CANCELLED' ? 'Cancelled' : 'Moved'}>
          Done. Both of you get an email with the updated calendar invite.
        </Alert>
      ) : null}
      {data && !changed ? (
        <>
          <Text c="dimmed">This link works for one change, until the consultation starts.</Text>
          <ConsultationCard consultation={data.consultationByLink} timeZone={timeZone} token={token} onChanged={setChanged} />
        </>
      ) : null}
      {changed ? <ConsultationCard consultation={changed} timeZone={timeZone} /> : null}
    </Page>
  );
}
