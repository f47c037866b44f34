import type { PriceBreakdown, PricingInput, PromoCode, PromoProblem } from './pricing.types';

export const PREMIUM_IN_PERSON_PERCENT = 25;

/** Percent of an amount in integer cents, rounded half up (e.g. 25% of 79,500 = 19,875). */
export function percentOf(cents: number, percent: number): number {
  return Math.floor((cents * percent + 50) / 100);
}

function promoDiscount(promo: PromoCode, listPriceCents: number, ticketTypeId: string, now: Date): { cents: number } | { problem: PromoProblem } {
  if (promo.expiresAt && promo.expiresAt.getTime() <= now.getTime()) return { problem: 'expired' };
  if (promo.maxUses !== null && promo.uses >= promo.maxUses) return { problem: 'used_up' };
  if (promo.ticketTypeIds && !promo.ticketTypeIds.includes(ticketTypeId)) return { problem: 'not_applicable' };
  const raw = promo.percentOff !== null ? percentOf(listPriceCents, promo.percentOff) : (promo.amountOffCents ?? 0);
  return { cents: Math.min(Math.max(raw, 0), listPriceCents) };
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/**
 * The one pricing rule. Discounts never stack: the buyer gets the single best of their membership
 * discount (premium, which organization members are) and a promo code, applied to the list price.
 */
export function priceItem({ item, buyerTier, promo, now }: PricingInput): PriceBreakdown {
  const list = item.listPriceCents;
  if (!Number.isInteger(list) || list < 0) throw new RangeError('listPriceCents must be a non-negative integer');
  const premium = buyerTier === 'premium';
  let member = 0;
  let memberReason: PriceBreakdown['reason'] = 'none';
  if (premium && item.includedInPremium) {
    member = list;
    memberReason = 'included_in_premium';
  } else if (premium && item.inPerson) {
    member = percentOf(list, PREMIUM_IN_PERSON_PERCENT);
    memberReason = 'premium_member';
  }
  const offered = promo ? promoDiscount(promo, list, item.ticketTypeId, now) : null;
  const promoCents = offered && 'cents' in offered ? offered.cents : 0;
  // Ties go to the membership: the code stays unused for another purchase.
  if (promo && offered && 'cents' in offered && promoCents > member) {
    const what = promo.percentOff !== null ? `${promo.percentOff}% off` : `${dollars(promoCents)} off`;
    return { listPriceCents: list, discountCents: promoCents, reason: 'promo_code', promoCode: promo.code, promoProblem: null, totalCents: list - promoCents, explanation: `Promo code ${promo.code}: ${what}.` };
  }
  const promoProblem: PromoProblem | null = !promo || !offered ? null : 'problem' in offered ? offered.problem : 'not_better';
  const explanation =
    memberReason === 'included_in_premium'
      ? 'Included in your premium membership.'
      : memberReason === 'premium_member'
        ? `Premium members save ${PREMIUM_IN_PERSON_PERCENT}% on in-person events.`
        : 'Full price.';
  return { listPriceCents: list, discountCents: member, reason: memberReason, promoCode: null, promoProblem, totalCents: list - member, explanation };
}
