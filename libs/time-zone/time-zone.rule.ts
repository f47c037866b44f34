import { IANAZone } from 'luxon';

// The network's home (Jacksonville, Florida): used for events and users who have not chosen a zone.
export const DEFAULT_TIME_ZONE = 'America/New_York';

// Offset forms ('UTC+3', 'GMT-05:00', '+02:00'): newer ICU accepts some of them, but a fixed offset
// ignores daylight saving time, so a stored event or profile would drift by an hour twice a year.
const FIXED_OFFSET = /^(?:utc|gmt|ut|z)?\s*[+\u2212-]/i;

/** Whether `zone` is an IANA time-zone name (e.g. 'Europe/Paris', or 'UTC'). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string') return false;
  if (zone.length === 0 || zone !== zone.trim()) return false;
  if (FIXED_OFFSET.test(zone)) return false;
  return IANAZone.isValidZone(zone);
}
