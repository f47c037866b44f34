import type { InstantRange } from './availability.types';
import { addMinutes, parseInstant, toUtcIso, type MsRange } from './wall-clock.rule';

/**
 * The time a booking takes out of the expert's calendar: [start − before, end + after), ISO UTC.
 * Store it (e.g. as tstzrange '[start,end)') for the exclusion constraint over non-cancelled
 * bookings, so two bookings' buffered ranges can never overlap. Buffers are minutes, which always
 * last 60 s, so plain millisecond arithmetic is exact here.
 */
export function blockedRange(booking: InstantRange, bufferBeforeMinutes: number, bufferAfterMinutes: number): InstantRange {
  const range = blockedMs(booking, bufferBeforeMinutes, bufferAfterMinutes);
  return { start: toUtcIso(range.start), end: toUtcIso(range.end) };
}

/** The PostgreSQL literal for the blocked range, half-open like the constraint expects. */
export function blockedTstzRange(booking: InstantRange, bufferBeforeMinutes: number, bufferAfterMinutes: number): string {
  const range = blockedRange(booking, bufferBeforeMinutes, bufferAfterMinutes);
  return `[${range.start},${range.end})`;
}

export function blockedMs(booking: InstantRange, bufferBeforeMinutes: number, bufferAfterMinutes: number): MsRange {
  const start = parseInstant(booking.start);
  const end = parseInstant(booking.end);
  if (start === null || end === null) {
    throw new RangeError(`Booking needs ISO instants with an offset or Z (got ${booking.start} – ${booking.end}).`);
  }
  if (end <= start) throw new RangeError(`Booking end ${booking.end} must be after its start ${booking.start}.`);
  for (const buffer of [bufferBeforeMinutes, bufferAfterMinutes]) {
    if (!Number.isInteger(buffer) || buffer < 0) throw new RangeError(`Buffers must be whole, non-negative minutes (got ${buffer}).`);
  }
  return { start: addMinutes(start, -bufferBeforeMinutes), end: addMinutes(end, bufferAfterMinutes) };
}
