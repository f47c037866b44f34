/** Why a ticket cannot be bought now, checked before any seat is taken (the seat guard is in SQL). */
export type SaleProblem = 'EVENT_NOT_OPEN' | 'INVALID_QUANTITY' | 'SALE_NOT_STARTED' | 'SALE_CLOSED' | 'PREMIUM_ONLY' | 'SOLD_OUT';

export interface SaleFacts {
  active: boolean;
  /** The events the ticket gives seats in (none for the membership product). */
  events: readonly { status: 'draft' | 'published' | 'cancelled'; startsAt: Date }[];
  saleStartsAt: Date | null;
  /** null: sales close when the (first) event starts. */
  saleEndsAt: Date | null;
  maxPerOrder: number;
  audience: 'anyone' | 'premium';
  /** null: unlimited. */
  seatsLeft: number | null;
}

export interface SaleRequest {
  quantity: number;
  buyerTier: 'guest' | 'premium';
  now: Date;
}

/** The first reason, in the order a buyer can act on them; null when the sale may go ahead. */
export function saleProblem(f: SaleFacts, r: SaleRequest): SaleProblem | null {
  if (!f.active || f.events.some((e) => e.status !== 'published')) return 'EVENT_NOT_OPEN';
  if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > f.maxPerOrder) return 'INVALID_QUANTITY';
  const t = r.now.getTime();
  if (f.saleStartsAt && t < f.saleStartsAt.getTime()) return 'SALE_NOT_STARTED';
  const firstStart = f.events.reduce<number | null>((min, e) => (min === null || e.startsAt.getTime() < min ? e.startsAt.getTime() : min), null);
  const closes = f.saleEndsAt?.getTime() ?? firstStart;
  if (closes !== null && t >= closes) return 'SALE_CLOSED';
  if (f.audience === 'premium' && r.buyerTier !== 'premium') return 'PREMIUM_ONLY';
  if (f.seatsLeft !== null && f.seatsLeft < r.quantity) return 'SOLD_OUT';
  return null;
}

/** Seats left from capacity and taken; null capacity is unlimited. */
export function seatsLeft(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : Math.max(capacity - taken, 0);
}
