import { holdsSeats, isFinal, nextOrderState, OrderEvent, OrderState } from './order-state.rule';

const STATES: OrderState[] = ['pending', 'awaiting_payment', 'paid', 'expired', 'cancelled', 'refunded'];
const EVENTS: OrderEvent[] = ['confirm_free', 'confirm_invoice', 'confirm_paid', 'mark_paid', 'expire', 'cancel', 'refund'];

const ALLOWED: [OrderState, OrderEvent, OrderState][] = [
  ['pending', 'confirm_free', 'paid'],
  ['pending', 'confirm_invoice', 'awaiting_payment'],
  ['pending', 'confirm_paid', 'paid'],
  ['pending', 'expire', 'expired'],
  ['pending', 'cancel', 'cancelled'],
  ['awaiting_payment', 'mark_paid', 'paid'],
  ['awaiting_payment', 'cancel', 'cancelled'],
  ['paid', 'refund', 'refunded'],
];

describe('order state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(nextOrderState(from, event)).toBe(to);
  });

  // Every other pair is refused: e.g. an expired hold cannot be confirmed, a paid order cannot expire.
  const refused = STATES.flatMap((s) => EVENTS.map((e) => [s, e] as const)).filter(([s, e]) => !ALLOWED.some(([f, ev]) => f === s && ev === e));
  it.each(refused)('%s refuses %s', (from, event) => {
    expect(nextOrderState(from, event)).toBeNull();
  });

  it.each([
    ['pending', true, false],
    ['awaiting_payment', true, false],
    ['paid', true, false],
    ['expired', false, true],
    ['cancelled', false, true],
    ['refunded', false, true],
  ] as const)('%s: holds seats %s, final %s', (state, holds, final) => {
    expect(holdsSeats(state)).toBe(holds);
    expect(isFinal(state)).toBe(final);
  });
});
