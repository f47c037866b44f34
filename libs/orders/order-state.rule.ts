/**
 * An order's life: a checkout holds seats in a pending order; it is confirmed (paid at once, or
 * awaiting payment on an invoice), or it expires after its hold. Confirmed orders can be cancelled
 * (unpaid) or refunded (paid). Final states never change again.
 */
export type OrderState = 'pending' | 'awaiting_payment' | 'paid' | 'expired' | 'cancelled' | 'refunded';
export type OrderEvent = 'confirm_free' | 'confirm_invoice' | 'confirm_paid' | 'mark_paid' | 'expire' | 'cancel' | 'refund';

const TRANSITIONS: Record<OrderState, Partial<Record<OrderEvent, OrderState>>> = {
  pending: { confirm_free: 'paid', confirm_invoice: 'awaiting_payment', confirm_paid: 'paid', expire: 'expired', cancel: 'cancelled' },
  awaiting_payment: { mark_paid: 'paid', cancel: 'cancelled' },
  paid: { refund: 'refunded' },
  expired: {},
  cancelled: {},
  refunded: {},
};

export function nextOrderState(state: OrderState, event: OrderEvent): OrderState | null {
  return TRANSITIONS[state][event] ?? null;
}

/** States that hold seats: a seat is free again once its order leaves these. */
export function holdsSeats(state: OrderState): boolean {
  return state === 'pending' || state === 'awaiting_payment' || state === 'paid';
}

export function isFinal(state: OrderState): boolean {
  return Object.keys(TRANSITIONS[state]).length === 0;
}
