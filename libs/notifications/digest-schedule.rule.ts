import { DateTime } from 'luxon';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../time-zone/time-zone.rule';

/** Digests go out at this local hour: daily every morning, weekly on Monday morning. */
export const DIGEST_HOUR = 7;

/** The most recent digest moment at or before `now` in the member's zone. */
export function lastDigestSlot(mode: 'daily' | 'weekly', timeZone: string, now: Date, hour = DIGEST_HOUR): Date {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const local = DateTime.fromJSDate(now, { zone });
  let slot = local.set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (mode === 'weekly') slot = slot.set({ weekday: 1 });
  if (slot > local) slot = slot.minus(mode === 'weekly' ? { weeks: 1 } : { days: 1 });
  return slot.toJSDate();
}

/** A digest is due when none went out since the latest slot. Without a previous digest, the next slot counts from `since`. */
export function isDigestDue(input: { mode: 'daily' | 'weekly'; timeZone: string; lastDigestAt: Date | null; since: Date; now: Date; hour?: number }): boolean {
  const slot = lastDigestSlot(input.mode, input.timeZone, input.now, input.hour);
  const last = input.lastDigestAt ?? input.since;
  return last < slot;
}
