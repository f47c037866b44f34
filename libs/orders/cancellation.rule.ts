import type { OrderEvent, OrderState } from './order-state.rule';

export type CancellationProblem = 'ALREADY_CANCELLED' | 'CANCELLATION_CLOSED' | 'INVALID_ORDER_STATE';

/**
 * Whether an order may be cancelled now and which transition that is: an unpaid order is cancelled,
 * a paid one refunded (the refund is recorded). Buyers must act before every event's deadline (the
 * event's start when it has none); staff may cancel at any time. A paid membership (no event) is
 * refunded by staff only.
 */
export function cancellation(
  state: OrderState,
  opts: { deadlines: readonly (Date | null)[]; starts: readonly Date[]; now: Date; byStaff: boolean },
): { event: OrderEvent } | { problem: CancellationProblem } {
  if (state === 'cancelled' || state === 'refunded') return { problem: 'ALREADY_CANCELLED' };
  const event: OrderEvent | null = state === 'paid' ? 'refund' : state === 'pending' || state === 'awaiting_payment' ? 'cancel' : null;
  if (!event) return { problem: 'INVALID_ORDER_STATE' };
  if (!opts.byStaff) {
    // No event (a membership): an unpaid order may be dropped, a paid one is refunded by staff only.
    if (opts.starts.length === 0 && event === 'refund') return { problem: 'CANCELLATION_CLOSED' };
    const t = opts.now.getTime();
    const closed = opts.deadlines.some((d, i) => t >= (d ?? opts.starts[i]).getTime());
    if (closed) return { problem: 'CANCELLATION_CLOSED' };
  }
  return { event };
}
