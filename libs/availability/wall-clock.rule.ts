import { DateTime, IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// An instant without an offset would be read in the host's zone: not pure, and wrong in a browser.
const EXPLICIT_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Half-open [start, end) in epoch milliseconds. */
export interface MsRange {
  start: number;
  end: number;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** 'HH:mm' (or '24:00' when `allowEndOfDay`) → minutes since local midnight; null if malformed. */
export function parseClock(value: unknown, allowEndOfDay: boolean): number | null {
  if (typeof value !== 'string') return null;
  if (value === '24:00') return allowEndOfDay ? 1440 : null;
  const match = CLOCK.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** ISO instant with an explicit offset → epoch ms; null otherwise. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !EXPLICIT_OFFSET.test(value)) return null;
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toMillis() : null;
}

/** 'yyyy-MM-dd' that names a real calendar date; null otherwise. */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  return parsed.isValid ? { year: parsed.year, month: parsed.month, day: parsed.day } : null;
}

export function toUtcIso(ms: number): string {
  return DateTime.fromMillis(ms, { zone: 'utc' }).toISO() as string;
}

export function addMinutes(ms: number, minutes: number): number {
  return ms + minutes * MINUTE_MS;
}

/** Calendar date of an instant in `zone`. */
export function localDateOf(ms: number, zone: string): CalendarDate {
  const local = DateTime.fromMillis(ms, { zone });
  return { year: local.year, month: local.month, day: local.day };
}

export function formatDate(date: CalendarDate): string {
  return DateTime.utc(date.year, date.month, date.day).toISODate() as string;
}

/** Pure calendar arithmetic: UTC has no DST, so a day here is always one calendar day. */
export function nextDate(date: CalendarDate): CalendarDate {
  const next = DateTime.utc(date.year, date.month, date.day).plus({ days: 1 });
  return { year: next.year, month: next.month, day: next.day };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function weekdayOf(date: CalendarDate): number {
  return DateTime.utc(date.year, date.month, date.day).weekday;
}

/**
 * Every instant whose wall-clock reading in `zone` is on `date` and within [startMinute, endMinute).
 * Exact across DST: the skipped spring-forward hour contributes nothing, the repeated fall-back hour
 * contributes both of its real hours (so the result may be two ranges).
 */
export function wallClockRanges(zone: string, date: CalendarDate, startMinute: number, endMinute: number): MsRange[] {
  const tz = IANAZone.create(zone);
  // Wall time read as if it were UTC; subtracting the offset in force gives the real instant.
  const wallStart = DateTime.utc(date.year, date.month, date.day).toMillis() + startMinute * MINUTE_MS;
  const wallEnd = wallStart + (endMinute - startMinute) * MINUTE_MS;
  // Offsets stay within −12h…+14h, so these bounds contain every candidate instant.
  const segments = constantOffsetSegments(tz, wallStart - 15 * HOUR_MS, wallEnd + 13 * HOUR_MS);
  const ranges: MsRange[] = [];
  for (const segment of segments) {
    const start = Math.max(wallStart - segment.offset * MINUTE_MS, segment.start);
    const end = Math.min(wallEnd - segment.offset * MINUTE_MS, segment.end);
    if (start < end) ranges.push({ start, end });
  }
  return ranges;
}

interface OffsetSegment extends MsRange {
  offset: number;
}

/** Splits [from, to) where the zone's offset changes; zones change at most a couple of times a day. */
function constantOffsetSegments(tz: IANAZone, from: number, to: number): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let start = from;
  while (start < to) {
    const offset = tz.offset(start);
    const middle = start + Math.floor((to - start) / 2);
    const lastDiffers = tz.offset(to - 1) !== offset;
    if (!lastDiffers && tz.offset(middle) === offset) {
      segments.push({ start, end: to, offset });
      break;
    }
    // Binary search for the first millisecond with a different offset.
    let low = start;
    let high = lastDiffers ? to - 1 : middle;
    while (high - low > 1) {
      const mid = low + Math.floor((high - low) / 2);
      if (tz.offset(mid) === offset) low = mid;
      else high = mid;
    }
    segments.push({ start, end: high, offset });
    start = high;
  }
  return segments;
}
