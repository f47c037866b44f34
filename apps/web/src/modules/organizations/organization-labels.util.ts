import { formatDate } from '../../ui/dates.util';

interface MembershipWindow {
  membershipStartsAt: string;
  membershipEndsAt: string | null;
}

export function membershipWindowLabel(org: MembershipWindow, timeZone?: string): string {
  const start = formatDate(org.membershipStartsAt, timeZone);
  return org.membershipEndsAt ? `${start} – ${formatDate(org.membershipEndsAt, timeZone)}` : `From ${start}, no end date`;
}

export function statusLabel(status: string): string {
  return status.length > 0 ? status[0].toUpperCase() + status.slice(1).toLowerCase() : status;
}
