import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { EventCard } from '../modules/events/components/event-card.component';
import { formatCents } from '../modules/events/components/event-format.util';
import { eventsQuery, membershipProductsQuery } from '../modules/events/graphql/events.graphql';
import type { EventKind } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

const KINDS: { value: string; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'CONFERENCE', label: 'Conference' },
  { value: 'RESIDENCY', label: 'Residency' },
  { value: 'WEBINAR', label: 'Webinars' },
];

/** Upcoming events by kind, with links to tickets, orders and (for staff) the tools. */
export function EventsPage() {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? 'ALL';
  const { viewer, isStaff } = useViewer();
  const { data, loading, error } = useQuery(eventsQuery, { variables: { kind: kind === 'ALL' ? null : (kind as EventKind) } });
  const products = useQuery(membershipProductsQuery);
  const isPremium = viewer?.membership.tier === 'PREMIUM';

  return (
    <Page title="Events" intro="The Annual Conference in Jacksonville, the Social Media Residency and monthly webinars." size="lg">
      <Group gap="md">
        {viewer ? (
          <Anchor component={Link} to="/my-tickets">
            My tickets and orders
          </Anchor>
        ) : null}
        {isStaff ? (
          <Anchor component={Link} to="/events/admin">
            Manage events
          </Anchor>
        ) : null}
      </Group>
      <SegmentedControl
        aria-label="Kind of event"
        data={KINDS}
        value={kind}
        onChange={(value) => setParams(value === 'ALL' ? {} : { kind: value }, { replace: true })}
        fullWidth
      />
      {loading ? <Loading /> : null}
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {data && data.events.length === 0 ? <Text c="dimmed">No upcoming events of this kind.</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {data?.events.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </SimpleGrid>
      {!isPremium && products.data?.membershipProducts.length ? (
        <Card withBorder component="section" aria-labelledby="premium-heading">
          <Stack gap="xs">
            <Title order={2} size="h3" id="premium-heading">
              Premium membership
            </Title>
            <Text size="sm">Premium members save 25% on the conference and the Residency, and webinars are included.</Text>
            {products.data.membershipProducts.map((p) => (
              <Anchor key={p.id} component={Link} to={`/checkout/${p.id}`}>
                Buy {p.name} — {formatCents(p.listPriceCents)}
              </Anchor>
            ))}
          </Stack>
        </Card>
      ) : null}
    </Page>
  );
}
