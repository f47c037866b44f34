import { DateTime } from 'luxon';
import type { AvailabilitySettings, ExistingBooking, Slot } from './availability.types';
import { blockedMs } from './blocked-range.rule';
import { mergeRanges, overlaps, subtractRanges } from './ms-range.rule';
import { isValidAvailability } from './validate-availability.rule';
import {
  addMinutes,
  compareDates,
  formatDate,
  localDateOf,
  nextDate,
  parseClock,
  parseInstant,
  toUtcIso,
  wallClockRanges,
  weekdayOf,
  type CalendarDate,
  type MsRange,
} from './wall-clock.rule';

export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 1440;

export interface SlotQueryRange {
  /** Only slots starting at or after this instant… */
  from: string;
  /** …and strictly before this one. */
  to: string;
}

interface Window extends MsRange {
  location: string | null;
}

/**
 * Free slots of `durationMinutes` for one expert, sorted by start, each instant once, ISO UTC.
 * Pure: the same arguments always give the same slots (`now` is an argument, never read).
 * `bookings` are this expert's non-cancelled bookings; they are blocked with the *current* buffers.
 * Throws RangeError on invalid settings, duration, `now`, range or bookings.
 */
export function generateSlots(
  settings: AvailabilitySettings,
  durationMinutes: number,
  bookings: readonly ExistingBooking[],
  now: string,
  range?: SlotQueryRange,
): Slot[] {
  const check = isValidAvailability(settings);
  if (!check.ok) throw new RangeError(`Invalid availability settings: ${check.problems.join(' ')}`);
  if (!Number.isInteger(durationMinutes) || durationMinutes < MIN_DURATION_MINUTES || durationMinutes > MAX_DURATION_MINUTES) {
    throw new RangeError(`Duration must be whole minutes from ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES} (got ${durationMinutes}).`);
  }
  const nowMs = requireInstant(now, 'now');
  const zone = settings.timeZone;

  let lower = addMinutes(nowMs, settings.minimumNoticeMinutes);
  // Calendar days in the expert's zone: "30 days ahead" keeps its wall-clock time across DST.
  let upper = DateTime.fromMillis(nowMs, { zone }).plus({ days: settings.horizonDays }).toMillis();
  if (range) {
    lower = Math.max(lower, requireInstant(range.from, 'range.from'));
    upper = Math.min(upper, requireInstant(range.to, 'range.to'));
  }
  if (lower >= upper) return [];

  const blocked = bookings.map((booking) => blockedMs(booking, settings.bufferBeforeMinutes, settings.bufferAfterMinutes));
  const bookingsPerDay = countByLocalDate(bookings, zone);

  const onSite: Window[] = settings.onSite
    .map((block) => ({ start: parseInstant(block.start) as number, end: parseInstant(block.end) as number, location: block.location }))
    .sort((a, b) => a.start - b.start);
  const windows: Window[] = [...onSite];
  const lastDate = localDateOf(upper - 1, zone);
  for (let date = localDateOf(lower, zone); compareDates(date, lastDate) <= 0; date = nextDate(date)) {
    // On-site time is the conference's: an instant inside a block is offered on-site, never online too.
    for (const window of subtractRanges(regularWindows(settings, date), onSite)) windows.push({ ...window, location: null });
  }

  const durationMs = durationMinutes * 60_000;
  const stepMs = (settings.slotStepMinutes ?? durationMinutes) * 60_000;
  const slots: { start: number; location: string | null }[] = [];
  for (const window of windows) {
    // Starts stay aligned to the window start whatever `now` is, so the grid does not shift as time passes.
    const skip = window.start < lower ? Math.ceil((lower - window.start) / stepMs) : 0;
    for (let start = window.start + skip * stepMs; start + durationMs <= window.end && start < upper; start += stepMs) {
      const buffered = { start: addMinutes(start, -settings.bufferBeforeMinutes), end: addMinutes(start + durationMs, settings.bufferAfterMinutes) };
      if (blocked.some((range) => overlaps(range, buffered))) continue;
      if (settings.maxPerDay !== null && (bookingsPerDay.get(formatDate(localDateOf(start, zone))) ?? 0) >= settings.maxPerDay) continue;
      slots.push({ start, location: window.location });
    }
  }

  slots.sort((a, b) => a.start - b.start || (a.location === null ? 1 : 0) - (b.location === null ? 1 : 0));
  const unique = slots.filter((slot, index) => index === 0 || slots[index - 1].start !== slot.start);
  return unique.map((slot) => ({ start: toUtcIso(slot.start), end: toUtcIso(slot.start + durationMs), onSite: slot.location }));
}

/** Server-side re-check at booking time: the slot starting at `start` if it is still offered, else null. */
export function findOfferedSlot(
  settings: AvailabilitySettings,
  durationMinutes: number,
  bookings: readonly ExistingBooking[],
  now: string,
  start: string,
): Slot | null {
  const startMs = requireInstant(start, 'start');
  const [slot] = generateSlots(settings, durationMinutes, bookings, now, { from: start, to: toUtcIso(startMs + 1) });
  return slot && parseInstant(slot.start) === startMs ? slot : null;
}

/** Weekly rules and 'extra' hours of one expert-local date, minus its 'off' overrides. */
function regularWindows(settings: AvailabilitySettings, date: CalendarDate): MsRange[] {
  const key = formatDate(date);
  const overrides = settings.overrides.filter((override) => override.date === key);
  if (overrides.some((override) => override.kind === 'off' && override.start === undefined)) return [];

  const weekday = weekdayOf(date);
  const open = [
    ...settings.rules.filter((rule) => rule.weekday === weekday),
    ...overrides.filter((override) => override.kind === 'extra'),
  ].flatMap((span) => localRanges(settings.timeZone, date, span.start, span.end));
  const closed = overrides
    .filter((override) => override.kind === 'off')
    .flatMap((span) => localRanges(settings.timeZone, date, span.start, span.end));
  return subtractRanges(mergeRanges(open), closed);
}

function localRanges(zone: string, date: CalendarDate, start: string | undefined, end: string | undefined): MsRange[] {
  // Settings were validated, so both times parse.
  return wallClockRanges(zone, date, parseClock(start, false) as number, parseClock(end, true) as number);
}

function countByLocalDate(bookings: readonly ExistingBooking[], zone: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const booking of bookings) {
    const key = formatDate(localDateOf(requireInstant(booking.start, 'booking.start'), zone));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function requireInstant(value: string, what: string): number {
  const ms = parseInstant(value);
  if (ms === null) throw new RangeError(`${what} must be an ISO instant with an offset or Z (got ${value}).`);
  return ms;
}
