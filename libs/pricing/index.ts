export type { DiscountReason, PriceableItem, PriceBreakdown, PricingInput, PromoCode, PromoProblem } from './pricing.types';
export { PREMIUM_IN_PERSON_PERCENT, percentOf, priceItem } from './price-item.rule';
