import type { AvailabilitySettings, ExistingBooking } from './availability.types';
import { checkRequestedSlot, slotFitsMode, type SlotMode, type SlotRefusal } from './explain-slot.rule';

// Mon–Fri 09:00–12:00 New York, 60 min notice, 14-day horizon, one booking a day, 15 min buffers,
// and a conference block on Saturday 14 Nov 2026.
const settings: AvailabilitySettings = {
  timeZone: 'America/New_York',
  rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, start: '09:00', end: '12:00' })),
  overrides: [],
  onSite: [{ start: '2026-11-14T09:00:00-05:00', end: '2026-11-14T11:00:00-05:00', location: 'Hall B' }],
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 15,
  minimumNoticeMinutes: 60,
  horizonDays: 14,
  maxPerDay: 1,
};
const NOW = '2026-11-09T13:00:00Z'; // Monday 08:00 New York
const TUESDAY_10 = { start: '2026-11-10T15:00:00Z', end: '2026-11-10T15:30:00Z' };

describe('checkRequestedSlot: why a start is refused', () => {
  it.each<[string, string, SlotMode, ExistingBooking[], SlotRefusal | 'ok']>([
    ['a free online slot', '2026-11-10T14:00:00Z', 'online', [], 'ok'],
    ['written with a Berlin offset', '2026-11-10T15:00:00+01:00', 'online', [], 'ok'],
    ['written with a Kolkata offset', '2026-11-10T19:30:00+05:30', 'online', [], 'ok'],
    ['not an instant', 'tomorrow', 'online', [], 'invalid'],
    ['in the past', '2026-11-09T12:00:00Z', 'online', [], 'past'],
    ['inside the minimum notice', '2026-11-09T13:30:00Z', 'online', [], 'notice'],
    ['beyond the horizon', '2026-11-24T14:00:00Z', 'online', [], 'horizon'],
    ['outside the weekly hours', '2026-11-10T20:00:00Z', 'online', [], 'outside'],
    ['off the grid', '2026-11-10T14:10:00Z', 'online', [], 'outside'],
    ['overlapping a booking', '2026-11-10T15:00:00Z', 'online', [TUESDAY_10], 'taken'],
    ['inside a booking’s buffer', '2026-11-10T15:30:00Z', 'online', [TUESDAY_10], 'taken'],
    ['the daily maximum is reached', '2026-11-10T16:30:00Z', 'online', [TUESDAY_10], 'max_per_day'],
    ['on-site type inside the conference block', '2026-11-14T14:00:00Z', 'on_site', [], 'ok'],
    ['online type inside the conference block', '2026-11-14T14:00:00Z', 'online', [], 'outside'],
    ['on-site type on an ordinary weekday', '2026-11-10T14:00:00Z', 'on_site', [], 'outside'],
  ])('%s', (_label, start, mode, bookings, expected) => {
    const result = checkRequestedSlot(settings, 30, bookings, NOW, start, mode);
    expect(result.ok ? 'ok' : result.refusal).toBe(expected);
  });
});

describe('slotFitsMode', () => {
  it.each<[string | null, SlotMode, boolean]>([
    [null, 'online', true],
    [null, 'on_site', false],
    ['Hall B', 'on_site', true],
    ['Hall B', 'online', false],
  ])('onSite %p, mode %s → %p', (onSite, mode, fits) => {
    expect(slotFitsMode({ start: '2026-11-14T14:00:00Z', end: '2026-11-14T14:30:00Z', onSite }, mode)).toBe(fits);
  });
});
