import { useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { priceQuoteQuery } from '../graphql/events.graphql';
import { DISCOUNT_REASON_LABEL, formatCents } from './event-format.util';

/** A ticket's list price and, from the server's quote, what this viewer would pay for one. */
export function TicketPrice({ ticketTypeId, listPriceCents }: { ticketTypeId: string; listPriceCents: number }) {
  const { data } = useQuery(priceQuoteQuery, { variables: { input: { ticketTypeId, quantity: 1 } }, fetchPolicy: 'cache-and-network' });
  const quote = data?.priceQuote;
  if (!quote || quote.totalCents === listPriceCents) {
    return <Text fw={600}>{formatCents(listPriceCents)}</Text>;
  }
  return (
    <Stack gap={0}>
      <Text fw={600}>
        Your price: {formatCents(quote.totalCents)}{' '}
        <Text span td="line-through" c="dimmed" fw={400}>
          {formatCents(listPriceCents)}
        </Text>
      </Text>
      <Text size="sm" c="dimmed">
        {DISCOUNT_REASON_LABEL[quote.reason]}
      </Text>
    </Stack>
  );
}
