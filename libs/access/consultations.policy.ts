import { hasRole, isPremium, isSignedIn, isStaff } from './viewer.rule';
import type { Viewer } from './viewer.types';

/** The parties of one booking, as stored. */
export interface ConsultationRef {
  memberId: string;
  expertId: string;
}

/** Why a viewer may not book; null when they may. */
export type BookingRefusal = 'SIGN_IN_REQUIRED' | 'PREMIUM_REQUIRED' | 'CANNOT_BOOK_SELF';

const is = (viewer: Viewer, userId: string) => isSignedIn(viewer) && viewer.userId === userId;

/**
 * Access decisions for expert consultations. Every read path (GraphQL, emails, feeds, .ics
 * downloads, link tokens) asks these, so a booking is only ever shown to its two parties (and staff).
 */
export const consultationsPolicy = {
  /** The directory and expert pages are the network's shop window: anyone may look. */
  canSeeExperts(_viewer: Viewer): boolean {
    return true;
  },

  bookingRefusal(viewer: Viewer, expertId: string): BookingRefusal | null {
    if (!isSignedIn(viewer)) return 'SIGN_IN_REQUIRED';
    if (viewer.userId === expertId) return 'CANNOT_BOOK_SELF';
    if (!isPremium(viewer)) return 'PREMIUM_REQUIRED';
    return null;
  },

  canSeeBooking(viewer: Viewer, booking: ConsultationRef): boolean {
    return is(viewer, booking.memberId) || is(viewer, booking.expertId) || isStaff(viewer);
  },

  /** Reschedule: the member who booked (the expert cancels and the member books again). */
  canReschedule(viewer: Viewer, booking: ConsultationRef): boolean {
    return is(viewer, booking.memberId);
  },

  canCancel(viewer: Viewer, booking: ConsultationRef): boolean {
    return is(viewer, booking.memberId) || is(viewer, booking.expertId);
  },

  /** Outcome and private notes: the expert only (notes are never shown to the member). */
  canActAsExpert(viewer: Viewer, booking: ConsultationRef): boolean {
    return is(viewer, booking.expertId);
  },

  /** Publishing availability and consultation types: an expert for themselves, or staff for any expert. */
  canManageExpert(viewer: Viewer, expertId: string): boolean {
    return (is(viewer, expertId) && hasRole(viewer, 'expert')) || isStaff(viewer);
  },
};
