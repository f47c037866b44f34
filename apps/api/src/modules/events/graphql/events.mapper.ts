import { venueTime } from '@confer/libs/events';
import { seatsLeft } from '@confer/libs/orders';
import type { PriceBreakdown } from '@confer/libs/pricing';
import type { EventEntity } from '../entities/event.entity';
import type { EventSessionEntity } from '../entities/event-session.entity';
import type { OrderEntity } from '../entities/order.entity';
import type { OrderLineEntity } from '../entities/order-line.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import type { TicketTypeEntity } from '../entities/ticket-type.entity';
import type { WaitlistEntryEntity } from '../entities/waitlist-entry.entity';
import { EventKindGql, EventModel, EventSessionModel, EventSessionTypeGql, EventSpeakerModel, EventStatusGql } from './event.model';
import { OrderModel, OrderStateGql, RegistrationModel, RegistrationStatusGql } from './order.model';
import { DiscountReasonGql, PriceQuoteModel, PromoProblemGql, TicketAudienceGql, TicketKindGql, TicketTypeModel } from './ticket.model';
import { WaitlistEntryModel, WaitlistStatusGql } from './waitlist.model';

export function toEventModel(e: EventEntity): EventModel {
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind as EventKindGql,
    title: e.title,
    summary: e.summary,
    description: e.description,
    venueName: e.venueName,
    venueAddress: e.venueAddress,
    timeZone: e.timeZone,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    venueStart: venueTime(e.startsAt, e.timeZone),
    venueEnd: venueTime(e.endsAt, e.timeZone),
    status: e.status as EventStatusGql,
    cancellationDeadline: e.cancellationDeadline,
    includesCourse: e.includesCourse,
    questions: (e.questions ?? []).map((q) => ({ id: q.id, label: q.label, kind: q.kind, options: q.options ?? [], required: q.required })),
  };
}

export function toSessionModel(s: EventSessionEntity, zone: string, speakers: EventSpeakerModel[]): EventSessionModel {
  return {
    id: s.id,
    eventId: s.eventId,
    type: s.type as EventSessionTypeGql,
    title: s.title,
    description: s.description,
    track: s.track,
    room: s.room,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    venueStart: venueTime(s.startsAt, zone),
    venueEnd: venueTime(s.endsAt, zone),
    speakers,
  };
}

/** `left`: seats left across the ticket and (for a bundle) every component; `onSale`: window and events open. */
export function toTicketTypeModel(t: TicketTypeEntity, left: number | null, onSale: boolean, bundleEventIds: string[]): TicketTypeModel {
  return {
    id: t.id,
    kind: t.kind as TicketKindGql,
    eventId: t.eventId,
    name: t.name,
    description: t.description,
    listPriceCents: t.listPriceCents,
    capacity: t.capacity,
    seatsLeft: left,
    soldOut: left !== null && left <= 0,
    saleStartsAt: t.saleStartsAt,
    saleEndsAt: t.saleEndsAt,
    onSale,
    audience: t.audience as TicketAudienceGql,
    inPerson: t.inPerson,
    includedInPremium: t.includedInPremium,
    maxPerOrder: t.maxPerOrder,
    membershipMonths: t.membershipMonths,
    bundleEventIds,
  };
}

/** The fewest seats left among rows (null = unlimited). */
export function fewestSeatsLeft(rows: readonly { capacity: number | null; taken: number }[]): number | null {
  return rows.reduce<number | null>((min, r) => {
    const left = seatsLeft(r.capacity, r.taken);
    if (left === null) return min;
    return min === null ? left : Math.min(min, left);
  }, null);
}

export function toQuoteModel(ticketTypeId: string, quantity: number, buyerTier: string, b: PriceBreakdown, promoProblem: PromoProblemGql | null): PriceQuoteModel {
  return {
    ticketTypeId,
    quantity,
    buyerTier,
    unitListCents: b.listPriceCents,
    unitDiscountCents: b.discountCents,
    unitTotalCents: b.totalCents,
    listPriceCents: b.listPriceCents * quantity,
    discountCents: b.discountCents * quantity,
    totalCents: b.totalCents * quantity,
    reason: b.reason as DiscountReasonGql,
    explanation: b.explanation,
    promoCode: b.promoCode,
    promoProblem,
  };
}

export function toRegistrationModel(r: RegistrationEntity): RegistrationModel {
  return {
    id: r.id,
    orderId: r.orderId,
    eventId: r.eventId,
    ticketTypeId: r.ticketTypeId,
    attendeeName: r.attendeeName,
    attendeeEmail: r.attendeeEmail,
    attendeeCredentials: r.attendeeCredentials,
    attendeeOrganization: r.attendeeOrganization,
    answers: Object.entries(r.answers ?? {}).map(([questionId, value]) => ({ questionId, value })),
    status: r.status as RegistrationStatusGql,
    checkedInAt: r.checkedInAt,
  };
}

export function toOrderModel(o: OrderEntity, lines: OrderLineEntity[], names: Map<string, string>, registrations: RegistrationEntity[]): OrderModel {
  return {
    id: o.id,
    state: o.state as OrderStateGql,
    currency: o.currency,
    subtotalCents: o.subtotalCents,
    discountCents: o.discountCents,
    totalCents: o.totalCents,
    discountReason: o.discountReason as DiscountReasonGql,
    explanation: o.priceBreakdown?.explanation ?? '',
    holdExpiresAt: o.state === 'pending' ? o.holdExpiresAt : null,
    invoiceNumber: o.invoiceNumber,
    paymentProvider: o.paymentProvider,
    createdAt: o.createdAt,
    confirmedAt: o.confirmedAt,
    paidAt: o.paidAt,
    cancelledAt: o.cancelledAt,
    refundedAt: o.refundedAt,
    refundCents: o.refundCents,
    lines: lines.map((l) => ({
      ticketTypeId: l.ticketTypeId,
      name: names.get(l.ticketTypeId) ?? '',
      quantity: l.quantity,
      unitListCents: l.unitListCents,
      unitDiscountCents: l.unitDiscountCents,
      lineTotalCents: l.lineTotalCents,
    })),
    registrations: registrations.map(toRegistrationModel),
  };
}

export function toWaitlistModel(e: WaitlistEntryEntity, position: number | null): WaitlistEntryModel {
  return {
    id: e.id,
    eventId: e.eventId,
    ticketTypeId: e.ticketTypeId,
    quantity: e.quantity,
    status: e.status as WaitlistStatusGql,
    position,
    offerExpiresAt: e.status === 'offered' ? e.offerExpiresAt : null,
    orderId: e.orderId,
    createdAt: e.createdAt,
  };
}
