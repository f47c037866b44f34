import { DateTime } from 'luxon';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** 59625 → "$596.25". */
export const formatCents = (cents: number): string => USD.format(cents / 100);

export const EVENT_KIND_LABEL = { CONFERENCE: 'Conference', RESIDENCY: 'Residency', WEBINAR: 'Webinar', OTHER: 'Event' } as const;

export const EVENT_STATUS_LABEL = { PUBLISHED: 'Open', DRAFT: 'Draft', CANCELLED: 'Cancelled' } as const;

export const SESSION_TYPE_LABEL = {
  KEYNOTE: 'Keynote',
  CASE_STUDY: 'Case study',
  WORKSHOP: 'Workshop',
  NETWORKING: 'Networking',
  CONSULTATION_BLOCK: 'Expert consultations',
  OTHER: 'Session',
} as const;

export const ORDER_STATE_LABEL = {
  PENDING: 'Held — not confirmed yet',
  AWAITING_PAYMENT: 'Confirmed — awaiting payment',
  PAID: 'Confirmed — paid',
  CANCELLED: 'Cancelled',
  REFUNDED: 'Refunded',
  EXPIRED: 'Expired',
} as const;

export const DISCOUNT_REASON_LABEL = {
  NONE: 'No discount',
  PREMIUM_MEMBER: 'Premium member discount',
  INCLUDED_IN_PREMIUM: 'Included in premium membership',
  PROMO_CODE: 'Promo code',
} as const;

export const PROMO_PROBLEM_LABEL = {
  NOT_FOUND: 'There is no such promo code.',
  OTHER_EVENT: 'This code is for another event.',
  EXPIRED: 'This code has expired.',
  USED_UP: 'This code has been used up.',
  NOT_APPLICABLE: 'This code does not apply to this ticket.',
  NOT_BETTER: 'Your membership discount is better than this code, so it applies instead.',
} as const;

/** "Sat, Nov 14, 2026" at the venue. */
export function formatDay(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }, { locale: 'en-US' });
}

/** "9:00 AM EST" in the given zone. */
export function formatClock(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toLocaleString({ hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }, { locale: 'en-US' });
}

/** "Nov 13 – 14, 2026" style range at the venue (one day: just the day). */
export function formatEventDates(startsAt: string, endsAt: string, zone: string): string {
  const s = DateTime.fromISO(startsAt, { zone });
  const e = DateTime.fromISO(endsAt, { zone }).minus({ milliseconds: 1 });
  const day = (d: DateTime) => d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }, { locale: 'en-US' });
  return s.hasSame(e, 'day') ? day(s) : `${day(s)} – ${day(e)}`;
}

/** "Sat, Nov 14, 2026, 9:00 AM EST" in the given zone. */
export function formatWhen(iso: string, zone: string): string {
  return `${formatDay(iso, zone)}, ${formatClock(iso, zone)}`;
}

/** The venue's zone differs from the viewer's at that instant (then both times are shown). */
export function differentZone(iso: string, venueZone: string, viewerZone: string): boolean {
  return DateTime.fromISO(iso, { zone: venueZone }).offset !== DateTime.fromISO(iso, { zone: viewerZone }).offset || venueZone !== viewerZone;
}

/** A fresh idempotency key: made once per checkout form, so a second click sends the same one. */
export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
