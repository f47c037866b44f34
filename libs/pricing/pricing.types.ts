import type { MembershipTier } from '../membership/membership.types';

/** What is being bought. In-person events carry the premium discount; some items are included in premium. */
export interface PriceableItem {
  listPriceCents: number;
  /** Annual Conference, Residency and bundles of them: premium members save PREMIUM_IN_PERSON_PERCENT. */
  inPerson: boolean;
  /** Webinars and the certificate course: free for premium members. */
  includedInPremium: boolean;
  ticketTypeId: string;
}

export interface PromoCode {
  code: string;
  /** Exactly one of percentOff (1–100) and amountOffCents is set. */
  percentOff: number | null;
  amountOffCents: number | null;
  expiresAt: Date | null;
  maxUses: number | null;
  uses: number;
  /** Limited to these ticket types; null means any. */
  ticketTypeIds: readonly string[] | null;
}

export type DiscountReason = 'none' | 'premium_member' | 'included_in_premium' | 'promo_code';
export type PromoProblem = 'expired' | 'used_up' | 'not_applicable' | 'not_better';

export interface PriceBreakdown {
  listPriceCents: number;
  discountCents: number;
  reason: DiscountReason;
  /** The promo code applied, when it was the best discount. */
  promoCode: string | null;
  /** Why an offered promo code was not applied (for the checkout to explain). */
  promoProblem: PromoProblem | null;
  totalCents: number;
  /** One sentence for the buyer, e.g. "Premium members save 25% on in-person events." */
  explanation: string;
}

export interface PricingInput {
  item: PriceableItem;
  buyerTier: MembershipTier;
  promo: PromoCode | null;
  now: Date;
}
