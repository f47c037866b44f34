import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { ORDER_STATE_LABEL, formatCents } from '../modules/events/components/event-format.util';
import { TicketCard } from '../modules/events/components/ticket-card.component';
import { WaitlistPlace } from '../modules/events/components/waitlist-place.component';
import { cancelOrderMutation, myTicketsQuery } from '../modules/events/graphql/events.graphql';
import { useActionError } from '../modules/events/hooks/use-action-error.hook';
import { useLiveWaitlist } from '../modules/events/hooks/use-events-live.hook';
import type { OrderFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** The member's tickets (QR, cancel, transfer), waiting-list places (live) and orders. */
export function MyTicketsPage() {
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(myTicketsQuery, { skip: !viewer, fetchPolicy: 'cache-and-network' });
  // A change of place or an offer arrives over the socket; the list is then read again.
  useLiveWaitlist(!!viewer, () => void refetch().catch(() => undefined));

  if (viewerLoading || (loading && !data)) return <Loading />;
  if (!viewer) {
    return (
      <Page title="My tickets">
        <Alert color="blue">
          <Anchor component={Link} to="/login?next=%2Fmy-tickets">
            Log in
          </Anchor>{' '}
          to see your tickets.
        </Alert>
      </Page>
    );
  }
  const regs = data?.myRegistrations ?? [];
  const current = regs.filter((r) => r.status !== 'CANCELLED' && r.status !== 'EXPIRED');
  const past = regs.filter((r) => r.status === 'CANCELLED' || r.status === 'EXPIRED');
  const places = (data?.myWaitlist ?? []).filter((w) => w.status === 'WAITING' || w.status === 'OFFERED');

  return (
    <Page title="My tickets" intro="Your seats, waiting-list places and orders." size="md">
      {error ? <ErrorAlert>{toApiError(error).message}</ErrorAlert> : null}
      {places.length ? (
        <Stack gap="sm" component="section" aria-labelledby="waitlist-heading">
          <Title order={2} size="h3" id="waitlist-heading">
            Waiting lists
          </Title>
          {places.map((entry) => (
            <WaitlistPlace key={entry.id} entry={entry} />
          ))}
        </Stack>
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby="tickets-heading">
        <Title order={2} size="h3" id="tickets-heading">
          Tickets
        </Title>
        {current.length === 0 ? (
          <Text c="dimmed">
            No tickets yet.{' '}
            <Anchor component={Link} to="/events">
              See events
            </Anchor>
          </Text>
        ) : null}
        {current.map((reg) => (
          <TicketCard key={reg.id} reg={reg} />
        ))}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="orders-heading">
        <Title order={2} size="h3" id="orders-heading">
          Orders
        </Title>
        {(data?.myOrders ?? []).map((order) => (
          <OrderCard key={order.id} order={order} />
        ))}
      </Stack>
      {past.length ? (
        <Stack gap="sm" component="section" aria-labelledby="past-heading">
          <Title order={2} size="h3" id="past-heading">
            Cancelled seats
          </Title>
          {past.map((reg) => (
            <TicketCard key={reg.id} reg={reg} />
          ))}
        </Stack>
      ) : null}
    </Page>
  );
}

function OrderCard({ order }: { order: OrderFieldsFragment }) {
  const { error, run } = useActionError();
  const [cancel, { loading }] = useMutation(cancelOrderMutation, { refetchQueries: [myTicketsQuery] });
  const cancellable = order.state === 'PENDING';
  return (
    <Card withBorder component="article" aria-label={`Order ${order.invoiceNumber ?? order.lines.map((l) => l.name).join(', ')}`}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{order.lines.map((l) => `${l.quantity} × ${l.name}`).join(', ')}</Text>
          <Badge variant="outline" color="gray.8">
            {ORDER_STATE_LABEL[order.state]}
          </Badge>
        </Group>
        <Text size="sm">
          {formatCents(order.totalCents)}
          {order.discountCents > 0 ? ` (list ${formatCents(order.subtotalCents)}, ${order.explanation})` : ''}
          {order.invoiceNumber ? ` · Invoice ${order.invoiceNumber}` : ''}
          {order.refundCents ? ` · Refunded ${formatCents(order.refundCents)}` : ''}
        </Text>
        {cancellable ? (
          <Group>
            <Button size="xs" variant="subtle" loading={loading} onClick={() => void run(() => cancel({ variables: { orderId: order.id } }))}>
              Release the held seats
            </Button>
          </Group>
        ) : null}
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      </Stack>
    </Card>
  );
}
