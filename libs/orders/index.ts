export type { OrderEvent, OrderState } from './order-state.rule';
export { holdsSeats, isFinal, nextOrderState } from './order-state.rule';
export type { SaleFacts, SaleProblem, SaleRequest } from './ticket-sale.rule';
export { saleProblem, seatsLeft } from './ticket-sale.rule';
export type { CancellationProblem } from './cancellation.rule';
export { cancellation } from './cancellation.rule';
