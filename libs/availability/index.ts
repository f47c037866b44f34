/**
 * Expert availability for one-to-one consultations: pure functions, no I/O, safe in the browser.
 *
 * Public API
 *   generateSlots(settings, durationMinutes, bookings, now, range?) → Slot[]
 *     Free slots, sorted, each instant once, ISO UTC with 'Z'. A slot [s, s+duration) is offered iff
 *     - it lies inside one window: weekly rules and 'extra' overrides of the expert-local date, minus
 *       'off' overrides (off wins), or an on-site block (always a window, even on days off or without
 *       rules; on-site time is offered on-site only, never online as well);
 *     - [s − before, s + duration + after) overlaps no booking's blockedRange (current buffers);
 *     - now + minimumNotice ≤ s < now + horizonDays (calendar days in the expert's zone);
 *     - fewer than maxPerDay existing bookings start on the slot's expert-local date;
 *     - s lies in the optional range [from, to).
 *     Starts begin at each window's start and step by slotStepMinutes (default: the duration); the
 *     grid does not move with `now`. Windows stay within their local date (a slot never spans
 *     midnight unless it comes from an on-site block).
 *   findOfferedSlot(settings, durationMinutes, bookings, now, start) → Slot | null
 *     Re-check a requested start on the server before inserting the booking.
 *   blockedRange(booking, before, after) → { start, end }, blockedTstzRange(...) → '[start,end)'
 *     What the PostgreSQL exclusion constraint stores: the booking widened by its buffers.
 *   slotsByDay(slots, viewerZone) → [{ date, slots: [{ start, end, label, onSite }] }]
 *     Grouping and '9:00 AM' labels in the member's own zone.
 *   checkRequestedSlot(settings, duration, bookings, now, start, mode) → { ok, slot } | { ok: false, refusal }
 *     The booking-time check with the reason a start is refused (past, notice, horizon, outside, taken,
 *     max_per_day); online types book outside on-site blocks, on-site types only inside them.
 *   isValidAvailability(settings) → { ok: true } | { ok: false, problems }
 *
 * Daylight saving time: a window is every instant whose wall clock in the expert's zone reads a
 * time within [start, end) on that date, so 09:00–12:00 stays 09:00–12:00 local all year.
 *   - Spring forward (New York 02:00 → 03:00): the skipped times contribute nothing; 01:00–04:00 is
 *     two real hours and yields 01:00 EST and 03:00 EDT, never 02:00.
 *   - Fall back (New York 02:00 → 01:00): both real 01:00–02:00 hours are in the window; slots follow
 *     real elapsed time, so 01:00–04:00 is four hours: 01:00 EDT, 01:00 EST, 02:00, 03:00. Each
 *     instant appears once; two may share the label '1:00 AM'.
 * Arithmetic on instants is in minutes (always 60 s); days always go through luxon in a zone.
 */
export type {
  AvailabilityCheck,
  AvailabilitySettings,
  DateOverride,
  ExistingBooking,
  InstantRange,
  OnSiteBlock,
  Slot,
  ViewerDay,
  ViewerSlot,
  WeeklyRule,
  Weekday,
} from './availability.types';
export { blockedRange, blockedTstzRange } from './blocked-range.rule';
export { checkRequestedSlot, slotFitsMode, type SlotMode, type SlotRefusal } from './explain-slot.rule';
export { findOfferedSlot, generateSlots, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, type SlotQueryRange } from './generate-slots.rule';
export { slotsByDay } from './slots-by-day.rule';
export { isValidAvailability, MAX_BUFFER_MINUTES, MAX_HORIZON_DAYS, MIN_SLOT_STEP_MINUTES } from './validate-availability.rule';
