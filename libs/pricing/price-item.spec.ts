import { percentOf, priceItem } from './price-item.rule';
import type { PriceableItem, PromoCode } from './pricing.types';

const NOW = new Date('2026-10-01T12:00:00Z');
const residency: PriceableItem = { listPriceCents: 79500, inPerson: true, includedInPremium: false, ticketTypeId: 'residency' };
const conference: PriceableItem = { listPriceCents: 129900, inPerson: true, includedInPremium: false, ticketTypeId: 'conference' };
const bundle: PriceableItem = { listPriceCents: 179500, inPerson: true, includedInPremium: false, ticketTypeId: 'bundle' };
const webinar: PriceableItem = { listPriceCents: 9500, inPerson: false, includedInPremium: true, ticketTypeId: 'webinar' };
const course: PriceableItem = { listPriceCents: 25000, inPerson: false, includedInPremium: true, ticketTypeId: 'course' };
const membership: PriceableItem = { listPriceCents: 49900, inPerson: false, includedInPremium: false, ticketTypeId: 'membership' };

const promo = (over: Partial<PromoCode> = {}): PromoCode => ({
  code: 'SAVE',
  percentOff: null,
  amountOffCents: null,
  expiresAt: null,
  maxUses: null,
  uses: 0,
  ticketTypeIds: null,
  ...over,
});

describe('priceItem', () => {
  it.each([
    ['guest, Residency', residency, 'guest', null, 79500, 0, 'none', 79500],
    ['premium, Residency ($795 → $596.25)', residency, 'premium', null, 79500, 19875, 'premium_member', 59625],
    ['premium, Conference', conference, 'premium', null, 129900, 32475, 'premium_member', 97425],
    ['premium, Residency + Conference bundle', bundle, 'premium', null, 179500, 44875, 'premium_member', 134625],
    ['guest, webinar', webinar, 'guest', null, 9500, 0, 'none', 9500],
    ['premium, webinar is free', webinar, 'premium', null, 9500, 9500, 'included_in_premium', 0],
    ['premium, certificate course included', course, 'premium', null, 25000, 25000, 'included_in_premium', 0],
    ['guest, certificate course retail', course, 'guest', null, 25000, 0, 'none', 25000],
    ['premium buying membership: no member discount on it', membership, 'premium', null, 49900, 0, 'none', 49900],
    ['guest with 10% code', residency, 'guest', promo({ percentOff: 10 }), 79500, 7950, 'promo_code', 71550],
    ['premium with 10% code: membership is better, no stacking', residency, 'premium', promo({ percentOff: 10 }), 79500, 19875, 'premium_member', 59625],
    ['premium with 40% code: the code is better, not 25% + 40%', residency, 'premium', promo({ percentOff: 40 }), 79500, 31800, 'promo_code', 47700],
    ['premium with 25% code: tie goes to membership', residency, 'premium', promo({ percentOff: 25 }), 79500, 19875, 'premium_member', 59625],
    ['guest with $100 code', residency, 'guest', promo({ amountOffCents: 10000 }), 79500, 10000, 'promo_code', 69500],
    ['amount code larger than the price is capped', webinar, 'guest', promo({ amountOffCents: 20000 }), 9500, 9500, 'promo_code', 0],
    ['100% code', conference, 'guest', promo({ percentOff: 100 }), 129900, 129900, 'promo_code', 0],
    ['expired code is ignored', residency, 'guest', promo({ percentOff: 50, expiresAt: new Date('2026-09-30T00:00:00Z') }), 79500, 0, 'none', 79500],
    ['code used up is ignored', residency, 'guest', promo({ percentOff: 50, maxUses: 3, uses: 3 }), 79500, 0, 'none', 79500],
    ['code limited to another ticket type is ignored', residency, 'guest', promo({ percentOff: 50, ticketTypeIds: ['conference'] }), 79500, 0, 'none', 79500],
    ['code limited to this ticket type applies', residency, 'guest', promo({ percentOff: 50, ticketTypeIds: ['residency'] }), 79500, 39750, 'promo_code', 39750],
    ['free item', { ...webinar, listPriceCents: 0 }, 'guest', null, 0, 0, 'none', 0],
  ] as const)('%s', (_name, item, tier, code, list, discount, reason, total) => {
    const out = priceItem({ item, buyerTier: tier, promo: code, now: NOW });
    expect(out).toMatchObject({ listPriceCents: list, discountCents: discount, reason, totalCents: total });
    expect(out.totalCents).toBe(out.listPriceCents - out.discountCents);
    expect(Number.isInteger(out.totalCents)).toBe(true);
  });

  it.each([
    [promo({ percentOff: 50, expiresAt: new Date('2026-09-30T00:00:00Z') }), 'expired'],
    [promo({ percentOff: 50, maxUses: 1, uses: 1 }), 'used_up'],
    [promo({ percentOff: 50, ticketTypeIds: ['conference'] }), 'not_applicable'],
  ] as const)('says why a code was not applied: %j → %s', (code, problem) => {
    expect(priceItem({ item: residency, buyerTier: 'guest', promo: code, now: NOW }).promoProblem).toBe(problem);
  });

  it('tells a premium buyer their code was not better than the membership discount', () => {
    const out = priceItem({ item: residency, buyerTier: 'premium', promo: promo({ percentOff: 10 }), now: NOW });
    expect(out.promoProblem).toBe('not_better');
    expect(out.explanation).toBe('Premium members save 25% on in-person events.');
  });

  it('explains the promo discount in words', () => {
    expect(priceItem({ item: residency, buyerTier: 'guest', promo: promo({ code: 'EARLY', amountOffCents: 5000 }), now: NOW }).explanation).toBe('Promo code EARLY: $50.00 off.');
  });

  it('refuses a negative or fractional list price', () => {
    expect(() => priceItem({ item: { ...residency, listPriceCents: -1 }, buyerTier: 'guest', promo: null, now: NOW })).toThrow(RangeError);
    expect(() => priceItem({ item: { ...residency, listPriceCents: 10.5 }, buyerTier: 'guest', promo: null, now: NOW })).toThrow(RangeError);
  });

  it.each([
    [79500, 25, 19875],
    [9999, 25, 2500],
    [1, 50, 1],
    [3, 33, 1],
    [0, 25, 0],
  ])('percentOf(%i, %i) = %i (half up, integer cents)', (cents, pct, expected) => {
    expect(percentOf(cents, pct)).toBe(expected);
  });
});
