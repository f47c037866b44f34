import { isPremium, isSignedIn, isStaff } from './viewer.rule';
import type { Viewer } from './viewer.types';

export interface EventRef {
  status: 'draft' | 'published' | 'cancelled';
}

/**
 * Who may see and do what in events. Every read path (lists, detail, agenda, orders, registrations,
 * realtime rooms, emails) asks these questions; nothing else decides.
 */
export const eventsPolicy = {
  /** Published (and cancelled, so people learn of it) events are public; drafts are staff only. */
  canSeeEvent(v: Viewer, e: EventRef): boolean {
    return e.status !== 'draft' || isStaff(v);
  },
  /** A webinar's join and recording links: its registrants (and staff) only. */
  canSeeJoinLink(v: Viewer, registered: boolean): boolean {
    return isStaff(v) || (isSignedIn(v) && registered);
  },
  /** Buying needs an account; a premium-only ticket needs premium, as decided on the server now. */
  canBuy(v: Viewer, audience: 'anyone' | 'premium'): boolean {
    if (!isSignedIn(v)) return false;
    return audience === 'anyone' || isPremium(v);
  },
  /** An order: its buyer and staff. */
  canSeeOrder(v: Viewer, o: { buyerId: string }): boolean {
    return isStaff(v) || (isSignedIn(v) && v.userId === o.buyerId);
  },
  /** A registration: who bought it, who attends with it, and staff. */
  canSeeRegistration(v: Viewer, r: { buyerId: string; attendeeUserId: string | null }): boolean {
    return isStaff(v) || (isSignedIn(v) && (v.userId === r.buyerId || v.userId === r.attendeeUserId));
  },
  canManage(v: Viewer): boolean {
    return isStaff(v);
  },
};
