import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { toApiError } from '../apollo/api-error.util';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { AvailabilityForm } from '../modules/consultations/components/availability-form.component';
import { ConsultationTypeForm } from '../modules/consultations/components/consultation-type-form.component';
import { ExpertProfileForm } from '../modules/consultations/components/expert-profile-form.component';
import { availabilityQuery } from '../modules/consultations/graphql/consultations.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** The expert's editor: profile, consultation types, weekly hours, overrides, on-site time and limits. */
export function ExpertAvailabilityPage() {
  return <RequireViewer>{() => <Editor />}</RequireViewer>;
}

function Editor() {
  const { data, loading, error } = useQuery(availabilityQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error || !data) {
    return (
      <Page title="My availability">
        <ErrorAlert title="Not available">{error ? toApiError(error).message : 'Only experts publish availability.'}</ErrorAlert>
      </Page>
    );
  }
  const a = data.expertAvailability;
  return (
    <Page title="My availability" intro="What members can book, in your own time zone." size="lg">
      <Stack gap="sm" component="section" aria-labelledby="profile">
        <Title order={2} size="h3" id="profile">
          Profile
        </Title>
        <ExpertProfileForm key={`p-${a.expertId}`} availability={a} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="types">
        <Title order={2} size="h3" id="types">
          Consultation types
        </Title>
        {a.consultationTypes.map((t) => (
          <ConsultationTypeForm key={t.id} type={t} />
        ))}
        <ConsultationTypeForm key={`new-${a.consultationTypes.length}`} type={null} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="hours">
        <Title order={2} size="h3" id="hours">
          Hours and limits
        </Title>
        <AvailabilityForm key={`a-${a.expertId}`} availability={a} />
      </Stack>
    </Page>
  );
}
