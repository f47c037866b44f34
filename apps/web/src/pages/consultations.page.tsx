import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import type { Viewer } from '../modules/accounts/hooks/use-viewer.hook';
import { ConsultationCard } from '../modules/consultations/components/consultation-card.component';
import { expertConsultationsQuery, myConsultationsQuery } from '../modules/consultations/graphql/consultations.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

export function ConsultationsPage() {
  return <RequireViewer>{(viewer) => <ConsultationsContent viewer={viewer} />}</RequireViewer>;
}

/** "My consultations" (upcoming first, then past) and, for experts, the bookings with them. */
function ConsultationsContent({ viewer }: { viewer: Viewer }) {
  const [params] = useSearchParams();
  const isExpert = viewer.roles.includes('EXPERT');
  const mine = useQuery(myConsultationsQuery, { fetchPolicy: 'cache-and-network' });
  const withMe = useQuery(expertConsultationsQuery, { skip: !isExpert, fetchPolicy: 'cache-and-network' });
  const now = Date.now();
  const list = mine.data?.myConsultations ?? [];
  const upcoming = list.filter((c) => c.status === 'BOOKED' && Date.parse(c.endsAt) > now);
  const past = list.filter((c) => !(c.status === 'BOOKED' && Date.parse(c.endsAt) > now)).reverse();

  return (
    <Page title="My consultations" intro={`Times in ${viewer.timeZone.replace(/_/g, ' ')} (change it in your profile).`} size="lg">
      {params.get('booked') ? (
        <Alert color="green" title="Booked">
          Your consultation is booked. You and the expert each get an email with a calendar invite.
        </Alert>
      ) : null}
      <Group>
        <Button component={Link} to="/experts" variant="light">
          Book an expert
        </Button>
        <Button component={Link} to="/calendar" variant="default">
          Calendar feed
        </Button>
        {isExpert ? (
          <Button component={Link} to="/experts/availability" variant="default">
            My availability
          </Button>
        ) : null}
      </Group>

      {isExpert ? (
        <Stack gap="sm" component="section" aria-labelledby="with-me">
          <Title order={2} size="h3" id="with-me">
            Bookings with you
          </Title>
          {withMe.error ? <ErrorAlert>{toApiError(withMe.error).message}</ErrorAlert> : null}
          {withMe.loading && !withMe.data ? <Loading /> : null}
          {withMe.data?.expertConsultations.length === 0 ? <Text c="dimmed">No upcoming bookings.</Text> : null}
          {withMe.data?.expertConsultations.map((c) => <ConsultationCard key={c.id} consultation={c} timeZone={viewer.timeZone} />)}
        </Stack>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="upcoming">
        <Title order={2} size="h3" id="upcoming">
          Upcoming
        </Title>
        {mine.error ? <ErrorAlert>{toApiError(mine.error).message}</ErrorAlert> : null}
        {mine.loading && !mine.data ? <Loading /> : null}
        {mine.data && upcoming.length === 0 ? (
          <Text c="dimmed">
            Nothing booked. <Anchor component={Link} to="/experts" underline="always">Find an expert</Anchor>.
          </Text>
        ) : null}
        {upcoming.map((c) => (
          <ConsultationCard key={c.id} consultation={c} timeZone={viewer.timeZone} />
        ))}
      </Stack>

      {past.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="past">
          <Title order={2} size="h3" id="past">
            Past and cancelled
          </Title>
          {past.map((c) => (
            <ConsultationCard key={c.id} consultation={c} timeZone={viewer.timeZone} />
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}
