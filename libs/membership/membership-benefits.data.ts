import type { MembershipTier } from './membership.types';

// User-facing summary of each tier, shown on the membership and pricing pages.
// Prices and rules come from PRODUCT.md; the pricing lib is the source of truth for amounts.
export const MEMBERSHIP_BENEFITS: Record<MembershipTier, readonly string[]> = {
  guest: [
    'Read the public sample materials and resources',
    'Browse the public event calendar and subscribe to it from any calendar app',
    'Browse the Health Care Social Media List directory',
    'Buy single event tickets at the full price',
  ],
  premium: [
    'Everything included with a free guest account',
    'Ask and answer questions on the confidential members-only discussion board',
    'Save 25% on in-person events: the Annual Conference and the Social Media Residency',
    'Monthly webinars included at no extra cost',
    'The Social for Healthcare Certificate online course included',
    'Book one-to-one consultations with the network’s experts',
    'A personal calendar feed with everything you registered for or booked',
  ],
};
