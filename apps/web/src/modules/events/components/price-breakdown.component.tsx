import { Divider, Group, Stack, Text } from '@mantine/core';
import type { DiscountReason } from '../../../gql/graphql';
import { DISCOUNT_REASON_LABEL, formatCents } from './event-format.util';

export interface Breakdown {
  quantity: number;
  listPriceCents: number;
  discountCents: number;
  totalCents: number;
  reason: DiscountReason;
  explanation: string;
}

/** List price, the discount and why, and the total — as the server priced it. */
export function PriceBreakdown({ breakdown, title = 'Price' }: { breakdown: Breakdown; title?: string }) {
  const row = (label: string, value: string, strong = false, testId?: string) => (
    <Group justify="space-between" wrap="nowrap">
      <Text fw={strong ? 700 : 400}>{label}</Text>
      <Text fw={strong ? 700 : 400} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4} component="section" aria-label={title}>
      {row(`List price${breakdown.quantity > 1 ? ` (${breakdown.quantity} tickets)` : ''}`, formatCents(breakdown.listPriceCents))}
      {breakdown.discountCents > 0 ? row(DISCOUNT_REASON_LABEL[breakdown.reason], `−${formatCents(breakdown.discountCents)}`) : null}
      <Divider />
      {row('Total', formatCents(breakdown.totalCents), true, 'price-total')}
      {breakdown.explanation ? (
        <Text size="sm" c="dimmed">
          {breakdown.explanation}
        </Text>
      ) : null}
    </Stack>
  );
}
