export type { OrderEvent, OrderState } from './order-state.rule';
export { holdsSeats, isFinal, nextOrderState } from './order-state.rule';
