import { DateTime } from 'luxon';
import type { AvailabilitySettings, ExistingBooking, Slot } from './availability.types';
import { findOfferedSlot } from './generate-slots.rule';
import { addMinutes, parseInstant } from './wall-clock.rule';

/** Online consultations are offered outside on-site blocks; on-site ones only inside them. */
export type SlotMode = 'online' | 'on_site';

/** Why a requested start is not bookable, most basic reason first. */
export type SlotRefusal = 'invalid' | 'past' | 'notice' | 'horizon' | 'outside' | 'taken' | 'max_per_day';

export function slotFitsMode(slot: Slot, mode: SlotMode): boolean {
  return mode === 'on_site' ? slot.onSite !== null : slot.onSite === null;
}

/**
 * The offered slot at `start` for this mode, or the reason it is not offered. Used on the server at
 * booking time, so the caller hears "inside the minimum notice" rather than a bare "not available".
 */
export function checkRequestedSlot(
  settings: AvailabilitySettings,
  durationMinutes: number,
  bookings: readonly ExistingBooking[],
  now: string,
  start: string,
  mode: SlotMode,
): { ok: true; slot: Slot } | { ok: false; refusal: SlotRefusal } {
  const startMs = parseInstant(start);
  const nowMs = parseInstant(now);
  if (startMs === null || nowMs === null) return { ok: false, refusal: 'invalid' };
  if (startMs < nowMs) return { ok: false, refusal: 'past' };
  if (startMs < addMinutes(nowMs, settings.minimumNoticeMinutes)) return { ok: false, refusal: 'notice' };
  const horizon = DateTime.fromMillis(nowMs, { zone: settings.timeZone }).plus({ days: settings.horizonDays }).toMillis();
  if (startMs >= horizon) return { ok: false, refusal: 'horizon' };

  const offered = findOfferedSlot(settings, durationMinutes, bookings, now, start);
  if (offered && slotFitsMode(offered, mode)) return { ok: true, slot: offered };
  // Not offered: would it be on a free calendar? Then bookings (overlap or the daily maximum) are why.
  const free = findOfferedSlot({ ...settings, maxPerDay: null }, durationMinutes, [], now, start);
  if (!free || !slotFitsMode(free, mode)) return { ok: false, refusal: 'outside' };
  const withoutLimit = findOfferedSlot({ ...settings, maxPerDay: null }, durationMinutes, bookings, now, start);
  return { ok: false, refusal: withoutLimit ? 'max_per_day' : 'taken' };
}
