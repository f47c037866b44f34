import { DateTime } from 'luxon';
import type { AvailabilitySettings, DateOverride, ExistingBooking, OnSiteBlock, WeeklyRule } from './availability.types';
import { findOfferedSlot, generateSlots } from './generate-slots.rule';

const NY = 'America/New_York';
const START_OF_2026 = '2026-01-01T00:00:00Z';
const JACKSONVILLE = 'Jacksonville — Expert consultations, Hall B';

function settings(changes: Partial<AvailabilitySettings> = {}): AvailabilitySettings {
  return {
    timeZone: NY,
    rules: [],
    overrides: [],
    onSite: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    maxPerDay: null,
    ...changes,
  };
}

function rules(start: string, end: string, weekdays: WeeklyRule['weekday'][] = [1, 2, 3, 4, 5]): WeeklyRule[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

/** A booking given in New York wall time, stored as UTC like the database does. */
function nyBooking(start: string, end: string): ExistingBooking {
  const utc = (local: string) => DateTime.fromISO(local, { zone: NY }).toUTC().toISO() as string;
  return { start: utc(start), end: utc(end) };
}

/** Slots of one expert-local date, formatted in the expert's zone (default 'HH:mmZZ' shows the offset). */
function localDay(
  s: AvailabilitySettings,
  date: string,
  duration: number,
  options: { bookings?: ExistingBooking[]; now?: string; format?: string } = {},
): string[] {
  const day = DateTime.fromISO(date, { zone: s.timeZone });
  const range = { from: day.toISO() as string, to: day.plus({ days: 1 }).toISO() as string };
  return generateSlots(s, duration, options.bookings ?? [], options.now ?? START_OF_2026, range).map((slot) => {
    const local = DateTime.fromISO(slot.start, { zone: s.timeZone }).toFormat(options.format ?? 'HH:mmZZ');
    return slot.onSite ? `${local}@${slot.onSite}` : local;
  });
}

describe('generateSlots: US daylight saving transitions (expert in New York)', () => {
  // Every day 09:00–12:00, plus Sundays 01:00–04:00, which spans both transition hours.
  const expert = settings({ rules: [...rules('09:00', '12:00', [1, 2, 3, 4, 5, 6, 7]), { weekday: 7, start: '01:00', end: '04:00' }] });
  const EST = (times: string[]) => times.map((t) => `${t}-05:00`);
  const EDT = (times: string[]) => times.map((t) => `${t}-04:00`);

  it.each<[string, string, string[]]>([
    ['Sun 1 Mar, ordinary Sunday (EST)', '2026-03-01', EST(['01:00', '02:00', '03:00', '09:00', '10:00', '11:00'])],
    ['Sat 7 Mar, day before spring forward', '2026-03-07', EST(['09:00', '10:00', '11:00'])],
    ['Sun 8 Mar, spring forward: no 02:00, offset -05:00 → -04:00', '2026-03-08', [...EST(['01:00']), ...EDT(['03:00', '09:00', '10:00', '11:00'])]],
    ['Mon 9 Mar, first weekday on EDT', '2026-03-09', EDT(['09:00', '10:00', '11:00'])],
    ['Sun 15 Mar, ordinary Sunday (EDT)', '2026-03-15', EDT(['01:00', '02:00', '03:00', '09:00', '10:00', '11:00'])],
    ['Sun 25 Oct, ordinary Sunday (EDT)', '2026-10-25', EDT(['01:00', '02:00', '03:00', '09:00', '10:00', '11:00'])],
    ['Sat 31 Oct, day before fall back', '2026-10-31', EDT(['09:00', '10:00', '11:00'])],
    ['Sun 1 Nov, fall back: 01:00 twice, offset -04:00 → -05:00', '2026-11-01', [...EDT(['01:00']), ...EST(['01:00', '02:00', '03:00', '09:00', '10:00', '11:00'])]],
    ['Mon 2 Nov, first weekday on EST', '2026-11-02', EST(['09:00', '10:00', '11:00'])],
    ['Sun 8 Nov, ordinary Sunday (EST)', '2026-11-08', EST(['01:00', '02:00', '03:00', '09:00', '10:00', '11:00'])],
  ])('%s', (_label, date, expected) => {
    expect(localDay(expert, date, 60)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['2026-03-07', ['2026-03-07T14:00:00.000Z', '2026-03-07T15:00:00.000Z', '2026-03-07T16:00:00.000Z']],
    ['2026-03-08', ['2026-03-08T06:00:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-08T14:00:00.000Z', '2026-03-08T15:00:00.000Z']],
    ['2026-03-09', ['2026-03-09T13:00:00.000Z', '2026-03-09T14:00:00.000Z', '2026-03-09T15:00:00.000Z']],
    ['2026-11-01', ['2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z', '2026-11-01T07:00:00.000Z', '2026-11-01T08:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-01T15:00:00.000Z', '2026-11-01T16:00:00.000Z']],
    ['2026-11-02', ['2026-11-02T14:00:00.000Z', '2026-11-02T15:00:00.000Z', '2026-11-02T16:00:00.000Z']],
  ])('%s: UTC instants, sorted, unique, with Z', (date, expected) => {
    const day = DateTime.fromISO(date, { zone: NY });
    const slots = generateSlots(expert, 60, [], START_OF_2026, { from: day.toISO() as string, to: day.plus({ days: 1 }).toISO() as string });
    expect(slots.map((slot) => slot.start)).toEqual(expected);
    expect(slots.every((slot) => slot.end.endsWith('Z') && slot.onSite === null)).toBe(true);
  });
});

describe('generateSlots: windows touching the skipped or repeated hour', () => {
  const extra = (date: string, start: string, end: string): AvailabilitySettings =>
    settings({ overrides: [{ date, kind: 'extra', start, end }] });

  it.each<[string, AvailabilitySettings, string, number, string[]]>([
    ['02:00–03:00 on spring forward does not exist', extra('2026-03-08', '02:00', '03:00'), '2026-03-08', 30, []],
    ['02:30–04:00 on spring forward starts at 03:00 EDT', extra('2026-03-08', '02:30', '04:00'), '2026-03-08', 30, ['03:00-04:00', '03:30-04:00']],
    ['01:30–03:30 on spring forward is one real hour', extra('2026-03-08', '01:30', '03:30'), '2026-03-08', 30, ['01:30-05:00', '03:00-04:00']],
    ['a 90-min slot may span the jump (90 real minutes)', extra('2026-03-08', '01:00', '04:00'), '2026-03-08', 90, ['01:00-05:00']],
    ['01:30–02:00 on fall back happens twice', extra('2026-11-01', '01:30', '02:00'), '2026-11-01', 30, ['01:30-04:00', '01:30-05:00']],
    ['01:00–02:00 on fall back is two real hours', extra('2026-11-01', '01:00', '02:00'), '2026-11-01', 60, ['01:00-04:00', '01:00-05:00']],
  ])('%s', (_label, s, date, duration, expected) => {
    expect(localDay(s, date, duration)).toEqual(expected);
  });

  it.each<[string, string, number]>([
    [NY, '2026-03-08', 23],
    [NY, '2026-06-01', 24],
    [NY, '2026-11-01', 25],
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['Asia/Kolkata', '2026-03-08', 24],
  ])('a 00:00–24:00 day in %s on %s holds %i one-hour slots', (timeZone, date, count) => {
    const s = settings({ timeZone, rules: rules('00:00', '24:00', [1, 2, 3, 4, 5, 6, 7]) });
    const slots = localDay(s, date, 60);
    expect(slots).toHaveLength(count);
    expect(new Set(slots).size).toBe(count);
  });

  it.each<[string]>([[NY], ['Europe/Berlin'], ['Asia/Kolkata'], ['Australia/Sydney'], ['Australia/Lord_Howe']])(
    '%s: for a whole year every slot of a 09:00–12:00 rule starts at 09, 10 or 11 local time',
    (timeZone) => {
      const s = settings({ timeZone, rules: rules('09:00', '12:00', [1, 2, 3, 4, 5, 6, 7]) });
      const slots = generateSlots(s, 60, [], START_OF_2026);
      const local = slots.map((slot) => DateTime.fromISO(slot.start, { zone: timeZone }));
      expect(new Set(local.map((time) => time.toFormat('HH:mm')))).toEqual(new Set(['09:00', '10:00', '11:00']));
      const perDate = new Map<string, number>();
      for (const time of local) perDate.set(time.toISODate() as string, (perDate.get(time.toISODate() as string) ?? 0) + 1);
      expect(Math.max(...perDate.values())).toBe(3);
      expect(slots.length).toBeGreaterThanOrEqual(3 * 363);
      const starts = slots.map((slot) => slot.start);
      expect([...starts].sort()).toEqual(starts);
      expect(new Set(starts).size).toBe(starts.length);
    },
  );
});

describe('generateSlots: buffers (Tue 2 Jun 2026, 09:00–12:00 New York, booking 10:00–10:30)', () => {
  const booking = nyBooking('2026-06-02T10:00', '2026-06-02T10:30');

  it.each<[string, number, number, number, number | undefined, ExistingBooking, string[]]>([
    ['no buffers', 0, 0, 30, undefined, booking, ['09:00', '09:30', '10:30', '11:00', '11:30']],
    ['15 min each side removes 09:30 and 10:30', 15, 15, 30, undefined, booking, ['09:00', '11:00', '11:30']],
    ['5 min each side is enough to remove neighbours', 5, 5, 30, undefined, booking, ['09:00', '11:00', '11:30']],
    ['15 min after only: the 09:30 slot\'s own after-buffer reaches the booking', 0, 15, 30, undefined, booking, ['09:00', '11:00', '11:30']],
    ['15 min before only: both sides still blocked', 15, 0, 30, undefined, booking, ['09:00', '11:00', '11:30']],
    ['60-min slots every 30 min, 15 min buffers', 15, 15, 60, 30, booking, ['11:00']],
    ['a booking outside the window still blocks via buffers', 15, 15, 30, undefined, nyBooking('2026-06-02T12:00', '2026-06-02T12:30'), ['09:00', '09:30', '10:00', '10:30', '11:00']],
    ['a booking on another day changes nothing', 15, 15, 30, undefined, nyBooking('2026-06-03T10:00', '2026-06-03T10:30'), ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']],
  ])('%s', (_label, before, after, duration, step, existing, expected) => {
    const s = settings({ rules: rules('09:00', '12:00', [2]), bufferBeforeMinutes: before, bufferAfterMinutes: after, slotStepMinutes: step });
    expect(localDay(s, '2026-06-02', duration, { bookings: [existing], format: 'HH:mm' })).toEqual(expected);
  });
});

describe('generateSlots: minimum notice and booking horizon', () => {
  const MONDAY_9_AM_NY = '2026-06-01T13:00:00Z';

  it.each<[string, string, number, number, string, string, number]>([
    ['no notice: a slot starting now is offered', MONDAY_9_AM_NY, 0, 7, '2026-06-01T13:00:00.000Z', '2026-06-05T15:00:00.000Z', 15],
    ['30 min notice', MONDAY_9_AM_NY, 30, 7, '2026-06-01T14:00:00.000Z', '2026-06-05T15:00:00.000Z', 14],
    ['2 h notice', MONDAY_9_AM_NY, 120, 7, '2026-06-01T15:00:00.000Z', '2026-06-05T15:00:00.000Z', 13],
    ['3 h notice skips to the next day', MONDAY_9_AM_NY, 180, 7, '2026-06-02T13:00:00.000Z', '2026-06-05T15:00:00.000Z', 12],
    ['24 h notice: exactly the same time tomorrow is fine', MONDAY_9_AM_NY, 1440, 7, '2026-06-02T13:00:00.000Z', '2026-06-05T15:00:00.000Z', 12],
    ['24 h + 1 min notice', MONDAY_9_AM_NY, 1441, 7, '2026-06-02T14:00:00.000Z', '2026-06-05T15:00:00.000Z', 11],
    ['1-day horizon ends before tomorrow 09:00', MONDAY_9_AM_NY, 0, 1, '2026-06-01T13:00:00.000Z', '2026-06-01T15:00:00.000Z', 3],
    ['2-day horizon', MONDAY_9_AM_NY, 0, 2, '2026-06-01T13:00:00.000Z', '2026-06-02T15:00:00.000Z', 6],
    ['3-day horizon across spring forward is calendar days, not 72 h', '2026-03-06T14:00:00Z', 0, 3, '2026-03-06T14:00:00.000Z', '2026-03-06T16:00:00.000Z', 3],
    ['4-day horizon across spring forward', '2026-03-06T14:00:00Z', 0, 4, '2026-03-06T14:00:00.000Z', '2026-03-09T15:00:00.000Z', 6],
  ])('%s', (_label, now, notice, horizon, first, last, count) => {
    const s = settings({ rules: rules('09:00', '12:00'), minimumNoticeMinutes: notice, horizonDays: horizon });
    const slots = generateSlots(s, 60, [], now);
    expect([slots[0]?.start, slots[slots.length - 1]?.start, slots.length]).toEqual([first, last, count]);
  });

  it('keeps the grid aligned to the window start, whatever now is', () => {
    const s = settings({ rules: rules('09:00', '12:00'), minimumNoticeMinutes: 0 });
    const slots = generateSlots(s, 60, [], '2026-06-01T13:07:00Z', { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' });
    expect(slots.map((slot) => slot.start)).toEqual(['2026-06-01T14:00:00.000Z', '2026-06-01T15:00:00.000Z']);
  });
});

describe('generateSlots: maximum bookings per expert-local day (Mon–Tue 09:00–12:00 New York)', () => {
  it.each<[string, number | null, ExistingBooking[], string[]]>([
    ['no limit', null, [nyBooking('2026-06-01T10:00', '2026-06-01T10:30')], ['Mon 09:00', 'Mon 11:00', 'Tue 09:00', 'Tue 10:00', 'Tue 11:00']],
    ['limit 1 reached on Monday', 1, [nyBooking('2026-06-01T10:00', '2026-06-01T10:30')], ['Tue 09:00', 'Tue 10:00', 'Tue 11:00']],
    ['limit 2, one booking', 2, [nyBooking('2026-06-01T10:00', '2026-06-01T10:30')], ['Mon 09:00', 'Mon 11:00', 'Tue 09:00', 'Tue 10:00', 'Tue 11:00']],
    ['limit 2, a second booking outside the weekly hours counts', 2, [nyBooking('2026-06-01T10:00', '2026-06-01T10:30'), nyBooking('2026-06-01T18:00', '2026-06-01T18:30')], ['Tue 09:00', 'Tue 10:00', 'Tue 11:00']],
    ['Sunday 23:30 New York is Monday in UTC but not for the expert', 1, [nyBooking('2026-05-31T23:30', '2026-06-01T00:00')], ['Mon 09:00', 'Mon 10:00', 'Mon 11:00', 'Tue 09:00', 'Tue 10:00', 'Tue 11:00']],
    ['Monday 00:30 New York counts for Monday', 1, [nyBooking('2026-06-01T00:30', '2026-06-01T01:00')], ['Tue 09:00', 'Tue 10:00', 'Tue 11:00']],
    ['Tuesday 20:30 New York (Wednesday UTC) counts for Tuesday', 1, [nyBooking('2026-06-02T20:30', '2026-06-02T21:00')], ['Mon 09:00', 'Mon 10:00', 'Mon 11:00']],
  ])('%s', (_label, maxPerDay, bookings, expected) => {
    const s = settings({ rules: rules('09:00', '12:00', [1, 2]), maxPerDay });
    const slots = generateSlots(s, 60, bookings, START_OF_2026, { from: '2026-06-01T04:00:00Z', to: '2026-06-03T04:00:00Z' });
    expect(slots.map((slot) => DateTime.fromISO(slot.start, { zone: NY }).toFormat('ccc HH:mm'))).toEqual(expected);
  });
});

describe('generateSlots: date overrides (Mon–Fri 09:00–12:00 New York, week of 1 Jun 2026)', () => {
  it.each<[string, DateOverride[], string, string[]]>([
    ['no override', [], '2026-06-01', ['09:00', '10:00', '11:00']],
    ['whole day off', [{ date: '2026-06-01', kind: 'off' }], '2026-06-01', []],
    ['a day off on Tuesday leaves Monday alone', [{ date: '2026-06-02', kind: 'off' }], '2026-06-01', ['09:00', '10:00', '11:00']],
    ['hours off 10:00–11:00', [{ date: '2026-06-01', kind: 'off', start: '10:00', end: '11:00' }], '2026-06-01', ['09:00', '11:00']],
    ['hours off 09:30–10:00 leave too little before them', [{ date: '2026-06-01', kind: 'off', start: '09:30', end: '10:00' }], '2026-06-01', ['10:00', '11:00']],
    ['hours off until midnight', [{ date: '2026-06-01', kind: 'off', start: '11:30', end: '24:00' }], '2026-06-01', ['09:00', '10:00']],
    ['extra hours on Saturday', [{ date: '2026-06-06', kind: 'extra', start: '10:00', end: '12:00' }], '2026-06-06', ['10:00', '11:00']],
    ['extra hours on Sunday too short for a second slot', [{ date: '2026-06-07', kind: 'extra', start: '13:00', end: '14:30' }], '2026-06-07', ['13:00']],
    ['extra afternoon hours on Monday', [{ date: '2026-06-01', kind: 'extra', start: '13:00', end: '15:00' }], '2026-06-01', ['09:00', '10:00', '11:00', '13:00', '14:00']],
    ['extra hours touching the rule merge into one window', [{ date: '2026-06-01', kind: 'extra', start: '12:00', end: '13:00' }], '2026-06-01', ['09:00', '10:00', '11:00', '12:00']],
    ['extra hours overlapping the rule start the grid earlier', [{ date: '2026-06-01', kind: 'extra', start: '08:30', end: '09:30' }], '2026-06-01', ['08:30', '09:30', '10:30']],
    ['morning off, afternoon extra', [{ date: '2026-06-01', kind: 'off', start: '09:00', end: '12:00' }, { date: '2026-06-01', kind: 'extra', start: '14:00', end: '15:00' }], '2026-06-01', ['14:00']],
  ])('%s', (_label, overrides, date, expected) => {
    const s = settings({ rules: rules('09:00', '12:00'), overrides });
    expect(localDay(s, date, 60, { format: 'HH:mm' })).toEqual(expected);
  });
});

describe('generateSlots: on-site blocks at the Annual Conference (Jacksonville, 14–15 Nov 2026)', () => {
  const conference: OnSiteBlock[] = [
    { start: '2026-11-14T09:00:00-05:00', end: '2026-11-14T12:00:00-05:00', location: JACKSONVILLE },
    { start: '2026-11-15T18:00:00Z', end: '2026-11-15T20:00:00Z', location: JACKSONVILLE },
  ];
  const at = (times: string[]) => times.map((time) => `${time}@${JACKSONVILLE}`);
  const residencyDay: OnSiteBlock = { start: '2026-11-13T11:00:00-05:00', end: '2026-11-13T13:00:00-05:00', location: 'Jacksonville campus' };

  it.each<[string, Partial<AvailabilitySettings>, string, { bookings?: ExistingBooking[]; now?: string }, string[]]>([
    ['Saturday without weekly rules', {}, '2026-11-14', {}, at(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])],
    ['Sunday afternoon block', {}, '2026-11-15', {}, at(['13:00', '13:30', '14:00', '14:30'])],
    ['Monday after the conference is online again', {}, '2026-11-16', {}, ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']],
    ['a day-off override does not cancel an on-site block', { overrides: [{ date: '2026-11-14', kind: 'off' }] }, '2026-11-14', {}, at(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'])],
    ['bookings and buffers apply on site', { bufferBeforeMinutes: 15, bufferAfterMinutes: 15 }, '2026-11-14', { bookings: [nyBooking('2026-11-14T10:00', '2026-11-14T10:30')] }, at(['09:00', '11:00', '11:30'])],
    ['the daily maximum applies on site', { maxPerDay: 1 }, '2026-11-14', { bookings: [nyBooking('2026-11-14T10:00', '2026-11-14T10:30')] }, []],
    ['minimum notice applies on site', { minimumNoticeMinutes: 60 }, '2026-11-14', { now: '2026-11-14T14:45:00Z' }, at(['11:00', '11:30'])],
    ['an on-site block inside weekly hours takes them over', { onSite: [...conference, residencyDay] }, '2026-11-13', {}, ['09:00', '09:30', '10:00', '10:30', '11:00@Jacksonville campus', '11:30@Jacksonville campus', '12:00@Jacksonville campus', '12:30@Jacksonville campus']],
  ])('%s', (_label, changes, date, options, expected) => {
    const s = settings({ rules: rules('09:00', '12:00'), onSite: conference, ...changes });
    expect(localDay(s, date, 30, { ...options, format: 'HH:mm' })).toEqual(expected);
  });

  it('returns UTC instants with the location', () => {
    const s = settings({ onSite: conference });
    const [first] = generateSlots(s, 30, [], START_OF_2026);
    expect(first).toEqual({ start: '2026-11-14T14:00:00.000Z', end: '2026-11-14T14:30:00.000Z', onSite: JACKSONVILLE });
  });
});

describe('findOfferedSlot: re-checking a requested start', () => {
  const s = settings({ rules: rules('09:00', '12:00'), bufferAfterMinutes: 15 });

  it.each<[string, string, ExistingBooking[], boolean]>([
    ['a free grid start', '2026-06-01T14:00:00Z', [], true],
    ['the same instant written with an offset', '2026-06-01T10:00:00-04:00', [], true],
    ['off the grid', '2026-06-01T14:10:00Z', [], false],
    ['taken meanwhile (buffer overlap)', '2026-06-01T14:00:00Z', [nyBooking('2026-06-01T09:30', '2026-06-01T09:50')], false],
    ['outside the weekly hours', '2026-06-01T20:00:00Z', [], false],
  ])('%s', (_label, start, bookings, offered) => {
    const slot = findOfferedSlot(s, 60, bookings, START_OF_2026, start);
    expect(slot === null ? null : slot.start).toEqual(offered ? '2026-06-01T14:00:00.000Z' : null);
  });
});

describe('generateSlots: rejects bad input', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['invalid settings', () => generateSlots(settings({ timeZone: 'Mars/Olympus' }), 30, [], START_OF_2026), /Time zone "Mars\/Olympus"/],
    ['zero duration', () => generateSlots(settings(), 0, [], START_OF_2026), /Duration/],
    ['now without an offset', () => generateSlots(settings(), 30, [], '2026-06-01T09:00'), /now must be an ISO instant/],
    ['a booking that ends before it starts', () => generateSlots(settings(), 30, [{ start: '2026-06-01T10:00:00Z', end: '2026-06-01T09:00:00Z' }], START_OF_2026), /must be after/],
  ])('%s', (_label, run, message) => {
    expect(run).toThrow(message);
  });
});
