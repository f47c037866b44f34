import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../apollo/api-error.util';
import { courseProductQuery } from '../modules/learning/graphql/learning.graphql';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { AttendeeFields, attendeeProblems, emptyAttendee, toAttendeeInput, type AttendeeDraft } from '../modules/events/components/attendee-fields.component';
import { ORDER_STATE_LABEL, PROMO_PROBLEM_LABEL, formatCents, formatEventDates, newIdempotencyKey } from '../modules/events/components/event-format.util';
import { HoldCountdown } from '../modules/events/components/hold-countdown.component';
import { PriceBreakdown } from '../modules/events/components/price-breakdown.component';
import {
  acceptWaitlistOfferMutation,
  checkoutMutation,
  confirmOrderMutation,
  checkoutEventQuery,
  membershipProductsQuery,
  myTicketsQuery,
  priceQuoteQuery,
} from '../modules/events/graphql/events.graphql';
import type { OrderFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/**
 * Checkout for one ticket, bundle, membership or course: `/checkout/<ticketTypeId>?event=<event id>`
 * (`?course=<course slug>` for a course), or with
 * `&offer=<waiting-list entry>` to take an offered seat. The server's quote is shown before anything is
 * committed; "Hold seats" creates a pending order (15 minutes), "Confirm" issues the invoice.
 */
export function CheckoutPage() {
  const { ticketTypeId = '' } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const eventId = params.get('event');
  const offerId = params.get('offer');
  const courseSlug = params.get('course');
  const { viewer, loading: viewerLoading } = useViewer();

  const eventResult = useQuery(checkoutEventQuery, { variables: { id: eventId ?? '' }, skip: !eventId });
  const products = useQuery(membershipProductsQuery, { skip: !!eventId || !!courseSlug });
  const courseResult = useQuery(courseProductQuery, { variables: { courseSlug: courseSlug ?? '' }, skip: !courseSlug });
  const courseProduct = courseResult.data?.courseProduct?.id === ticketTypeId ? courseResult.data.courseProduct : undefined;
  const tickets = useQuery(myTicketsQuery, { skip: !offerId || !viewer });
  const event = eventResult.data?.eventById ?? null;
  const ticket = event ? event.ticketTypes.find((t) => t.id === ticketTypeId) : (courseProduct ?? products.data?.membershipProducts.find((t) => t.id === ticketTypeId));
  const offer = offerId ? (tickets.data?.myWaitlist.find((w) => w.id === offerId) ?? null) : null;
  // Membership and the course are products: no seats, no attendees.
  const isMembership = ticket?.kind === 'MEMBERSHIP' || ticket?.kind === 'COURSE';
  const questions = event?.questions ?? [];

  // Made once per checkout form: a second click (or a retry after a network error) is the same order.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [quantity, setQuantity] = useState(1);
  const [attendees, setAttendees] = useState<AttendeeDraft[]>([emptyAttendee()]);
  const [promoInput, setPromoInput] = useState('');
  const [promo, setPromo] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<number, Record<string, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [order, setOrder] = useState<OrderFieldsFragment | null>(null);

  const seats = offer ? offer.quantity : quantity;
  useEffect(() => {
    // One attendee per seat; the first is the buyer unless they change it.
    setAttendees((list) => {
      const next = list.slice(0, seats);
      while (next.length < seats) next.push(emptyAttendee());
      return next;
    });
  }, [seats]);
  useEffect(() => {
    if (!viewer) return;
    setAttendees((list) =>
      list.map((a, i) =>
        i === 0 && !a.name && !a.email
          ? { ...a, name: viewer.displayName, email: viewer.email, credentials: viewer.credentials ?? '', organization: viewer.organizationName ?? '' }
          : a,
      ),
    );
  }, [viewer]);

  const quote = useQuery(priceQuoteQuery, {
    variables: { input: { ticketTypeId, quantity: seats, promoCode: promo } },
    skip: !ticket || order !== null,
    fetchPolicy: 'network-only',
  });
  const refetchAfter = { refetchQueries: [myTicketsQuery] };
  const [checkout, { loading: holding }] = useMutation(checkoutMutation, refetchAfter);
  const [accept, { loading: accepting }] = useMutation(acceptWaitlistOfferMutation, refetchAfter);
  const [confirm, { loading: confirming }] = useMutation(confirmOrderMutation, refetchAfter);

  const maxPerOrder = ticket?.maxPerOrder ?? 1;
  const backTo = event ? `/events/${event.slug}` : courseSlug ? '/learning' : '/events';
  const title = useMemo(() => (ticket ? (offer ? `Take your seat: ${ticket.name}` : isMembership ? `Buy: ${ticket.name}` : `Register: ${ticket.name}`) : 'Checkout'), [ticket, offer]);

  if (viewerLoading || eventResult.loading || products.loading || courseResult.loading || (offerId && tickets.loading)) return <Loading />;
  if (!viewer) {
    return (
      <Page title="Checkout">
        <Alert color="blue" title="Log in to register">
          <Anchor component={Link} to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>
            Log in
          </Anchor>{' '}
          or{' '}
          <Anchor component={Link} to="/signup">
            create a free account
          </Anchor>{' '}
          to buy a ticket.
        </Alert>
      </Page>
    );
  }
  if (!ticket || (offerId && !offer)) {
    return (
      <Page title="Checkout">
        <ErrorAlert title="Not found">{offerId ? 'This offer is not yours or has ended.' : 'No such ticket.'}</ErrorAlert>
        <Anchor component={Link} to={backTo}>
          Back
        </Anchor>
      </Page>
    );
  }

  const hold = async (e: FormEvent) => {
    e.preventDefault();
    setApiError(null);
    if (!isMembership) {
      const found: Record<number, Record<string, string>> = {};
      attendees.forEach((a, i) => {
        const p = attendeeProblems(a, questions);
        if (Object.keys(p).length) found[i] = p;
      });
      setProblems(found);
      if (Object.keys(found).length) return;
    }
    const people = isMembership ? [] : attendees.map(toAttendeeInput);
    try {
      const result = offer
        ? await accept({ variables: { input: { entryId: offer.id, attendees: people, idempotencyKey, promoCode: promo } } })
        : await checkout({ variables: { input: { ticketTypeId, quantity: seats, attendees: people, idempotencyKey, promoCode: promo } } });
      const placed = result.data && ('checkout' in result.data ? result.data.checkout : result.data.acceptWaitlistOffer);
      if (placed) setOrder(placed);
    } catch (thrown) {
      setApiError(toApiError(thrown));
    }
  };
  const confirmOrder = async () => {
    if (!order) return;
    setApiError(null);
    try {
      const result = await confirm({ variables: { orderId: order.id } });
      if (result.data) setOrder(result.data.confirmOrder);
    } catch (thrown) {
      setApiError(toApiError(thrown));
    }
  };

  const q = quote.data?.priceQuote;
  const done = order && order.state !== 'PENDING';
  return (
    <Page title={title} intro={event ? `${event.title} · ${formatEventDates(event.startsAt, event.endsAt, event.timeZone)}` : ticket.description}>
      {done ? (
        <Card withBorder component="section" aria-labelledby="confirmation-heading">
          <Stack gap="sm">
            <Title order={2} size="h3" id="confirmation-heading">
              {order.state === 'EXPIRED' ? 'This hold has expired' : isMembership ? 'Order confirmed' : 'You are registered'}
            </Title>
            <Text fw={600} data-testid="order-state">
              {ORDER_STATE_LABEL[order.state]}
            </Text>
            {order.invoiceNumber ? (
              <Text>
                Invoice number <strong data-testid="invoice-number">{order.invoiceNumber}</strong>
                {order.state === 'AWAITING_PAYMENT' ? ` — ${formatCents(order.totalCents)} to pay. Staff mark it paid when it arrives.` : ''}
              </Text>
            ) : null}
            <PriceBreakdown breakdown={{ ...order, quantity: seats, listPriceCents: order.subtotalCents, reason: order.discountReason }} title="What you pay" />
            <Text size="sm">
              {ticket.kind === 'COURSE'
                ? 'The course opens as soon as the invoice is paid.'
                : isMembership
                  ? 'Your premium membership starts when the invoice is paid.'
                  : 'A confirmation with your ticket and a calendar invite is on its way by email.'}
            </Text>
            <Group>
              <Button component={Link} to="/my-tickets">
                My tickets and orders
              </Button>
              <Anchor component={Link} to={backTo}>
                {courseSlug ? 'Back to the course' : 'Back to the event'}
              </Anchor>
            </Group>
          </Stack>
        </Card>
      ) : order ? (
        <Stack gap="md" component="section" aria-labelledby="review-heading">
          <Title order={2} size="h3" id="review-heading">
            Review and confirm
          </Title>
          {order.holdExpiresAt ? <HoldCountdown until={order.holdExpiresAt} /> : null}
          <PriceBreakdown breakdown={{ ...order, quantity: seats, listPriceCents: order.subtotalCents, reason: order.discountReason }} title="What you pay" />
          <Text size="sm">Payment is by invoice: confirming issues an invoice with a number; you pay it later.</Text>
          {apiError ? <ErrorAlert title="Could not confirm">{apiError.message}</ErrorAlert> : null}
          <Group>
            <Button onClick={confirmOrder} loading={confirming}>
              Confirm and get invoice
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={hold} noValidate>
          <Stack gap="md">
            {offer ? (
              <Alert color="green" title="A seat is held for you">
                {offer.quantity} {offer.quantity === 1 ? 'seat' : 'seats'} from the waiting list
                {offer.offerExpiresAt ? ` until ${new Date(offer.offerExpiresAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}` : ''}.
              </Alert>
            ) : !isMembership ? (
              <NumberInput
                label="Tickets"
                description={`Up to ${maxPerOrder} per order`}
                min={1}
                max={maxPerOrder}
                value={quantity}
                onChange={(v) => setQuantity(Math.min(maxPerOrder, Math.max(1, Number(v) || 1)))}
                allowDecimal={false}
                w={160}
              />
            ) : null}

            {!isMembership
              ? attendees.map((a, i) => (
                  <AttendeeFields
                    key={i}
                    legend={seats > 1 ? `Attendee ${i + 1}` : 'Attendee'}
                    value={a}
                    onChange={(next) => setAttendees((list) => list.map((x, j) => (j === i ? next : x)))}
                    questions={questions}
                    errors={problems[i]}
                  />
                ))
              : null}

            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput label="Promo code" value={promoInput} onChange={(e) => setPromoInput(e.currentTarget.value)} style={{ flex: 1 }} maxLength={40} />
              <Button variant="outline" onClick={() => setPromo(promoInput.trim() || null)}>
                Apply
              </Button>
            </Group>
            {q?.promoProblem ? (
              <Text size="sm" role="status">
                {PROMO_PROBLEM_LABEL[q.promoProblem]}
              </Text>
            ) : null}

            <Card withBorder>
              {q ? <PriceBreakdown breakdown={q} title="Price before you commit" /> : quote.error ? <ErrorAlert>{toApiError(quote.error).message}</ErrorAlert> : <Loading />}
            </Card>

            {apiError ? (
              apiError.reason === 'SOLD_OUT' && event ? (
                <Alert color="orange" title="Sold out" role="alert">
                  {apiError.message}{' '}
                  <Anchor component={Link} to={backTo}>
                    Join the waiting list on the event page
                  </Anchor>
                </Alert>
              ) : (
                <ErrorAlert title="Could not hold your seats">{apiError.message}</ErrorAlert>
              )
            ) : null}
            <Group>
              <Button type="submit" loading={holding || accepting} disabled={!q}>
                {isMembership ? 'Continue' : 'Hold my seats'}
              </Button>
              <Anchor component={Link} to={backTo}>
                Back
              </Anchor>
            </Group>
            <Text size="sm" c="dimmed">
              {isMembership ? 'Nothing is charged yet: you confirm on the next step.' : 'Nothing is charged yet: your seats are held for 15 minutes while you confirm.'}
            </Text>
          </Stack>
        </form>
      )}
    </Page>
  );
}
