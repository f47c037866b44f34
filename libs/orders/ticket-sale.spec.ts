import { saleProblem, SaleFacts, seatsLeft } from './ticket-sale.rule';

const NOW = new Date('2026-10-01T12:00:00Z');
const EVENT = { status: 'published' as const, startsAt: new Date('2026-11-13T13:00:00Z') };
const base: SaleFacts = { active: true, events: [EVENT], saleStartsAt: null, saleEndsAt: null, maxPerOrder: 5, audience: 'anyone', seatsLeft: 10 };

describe('saleProblem', () => {
  it.each([
    ['on sale', {}, 1, 'guest', null],
    ['inactive ticket', { active: false }, 1, 'guest', 'EVENT_NOT_OPEN'],
    ['draft event', { events: [{ ...EVENT, status: 'draft' }] }, 1, 'guest', 'EVENT_NOT_OPEN'],
    ['cancelled event in a bundle', { events: [EVENT, { ...EVENT, status: 'cancelled' }] }, 1, 'guest', 'EVENT_NOT_OPEN'],
    ['quantity 0', {}, 0, 'guest', 'INVALID_QUANTITY'],
    ['quantity above the limit', {}, 6, 'guest', 'INVALID_QUANTITY'],
    ['fractional quantity', {}, 1.5, 'guest', 'INVALID_QUANTITY'],
    ['before the sale window', { saleStartsAt: new Date('2026-10-02T00:00:00Z') }, 1, 'guest', 'SALE_NOT_STARTED'],
    ['after the sale window', { saleEndsAt: new Date('2026-10-01T11:59:59Z') }, 1, 'guest', 'SALE_CLOSED'],
    ['event already started, no window', { events: [{ ...EVENT, startsAt: new Date('2026-10-01T12:00:00Z') }] }, 1, 'guest', 'SALE_CLOSED'],
    ['guest buying premium-only', { audience: 'premium' }, 1, 'guest', 'PREMIUM_ONLY'],
    ['premium buying premium-only', { audience: 'premium' }, 1, 'premium', null],
    ['not enough seats', { seatsLeft: 2 }, 3, 'guest', 'SOLD_OUT'],
    ['exactly the seats left', { seatsLeft: 3 }, 3, 'guest', null],
    ['unlimited', { seatsLeft: null }, 5, 'guest', null],
    ['membership product (no event)', { events: [] }, 1, 'guest', null],
  ] as const)('%s → %s', (_n, over, quantity, tier, expected) => {
    expect(saleProblem({ ...base, ...(over as Partial<SaleFacts>) }, { quantity, buyerTier: tier, now: NOW })).toBe(expected);
  });

  it.each([
    [10, 3, 7],
    [10, 10, 0],
    [null, 500, null],
  ])('seatsLeft(%p, %p) = %p', (capacity, taken, left) => {
    expect(seatsLeft(capacity, taken)).toBe(left);
  });
});
