import type { AvailabilitySettings } from './availability.types';
import { isValidAvailability } from './validate-availability.rule';

const valid: AvailabilitySettings = {
  timeZone: 'America/New_York',
  rules: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 1, start: '12:00', end: '13:00' },
    { weekday: 5, start: '20:00', end: '24:00' },
  ],
  overrides: [
    { date: '2026-06-01', kind: 'off' },
    { date: '2026-06-02', kind: 'off', start: '09:00', end: '10:00' },
    { date: '2026-06-06', kind: 'extra', start: '10:00', end: '12:00' },
  ],
  onSite: [{ start: '2026-11-14T09:00:00-05:00', end: '2026-11-14T12:00:00-05:00', location: 'Jacksonville' }],
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 15,
  minimumNoticeMinutes: 120,
  horizonDays: 60,
  maxPerDay: 4,
  slotStepMinutes: 30,
};

describe('isValidAvailability', () => {
  it.each<[string, Partial<AvailabilitySettings>]>([
    ['the baseline', {}],
    ['no limit per day, default step', { maxPerDay: null, slotStepMinutes: undefined }],
    ['a horizon of exactly 365 days', { horizonDays: 365 }],
    ['no rules at all (on-site only)', { rules: [], overrides: [] }],
    ['UTC', { timeZone: 'UTC' }],
  ])('accepts %s', (_label, changes) => {
    expect(isValidAvailability({ ...valid, ...changes })).toEqual({ ok: true });
  });

  it.each<[string, Partial<AvailabilitySettings>, string]>([
    ['an unknown zone', { timeZone: 'America/Nowhere' }, 'Time zone "America/Nowhere" is not an IANA time zone'],
    ['a fixed offset', { timeZone: 'UTC+3' }, 'Time zone "UTC+3"'],
    ['a rule ending before it starts', { rules: [{ weekday: 2, start: '12:00', end: '09:00' }] }, 'Weekly rule 1: end 09:00 must be after start 12:00'],
    ['an empty rule', { rules: [{ weekday: 2, start: '09:00', end: '09:00' }] }, 'end 09:00 must be after start 09:00'],
    ['a time without leading zero', { rules: [{ weekday: 2, start: '9:00', end: '12:00' }] }, 'start "9:00" is not a time in HH:mm form'],
    ['24:30', { rules: [{ weekday: 2, start: '09:00', end: '24:30' }] }, 'end "24:30" is not a time'],
    ['a rule starting at 24:00', { rules: [{ weekday: 2, start: '24:00', end: '24:00' }] }, 'start "24:00" is not a time'],
    ['weekday 0', { rules: [{ weekday: 0 as 1, start: '09:00', end: '12:00' }] }, 'weekday must be 1 (Monday) to 7 (Sunday) (got 0)'],
    ['weekday 8', { rules: [{ weekday: 8 as 1, start: '09:00', end: '12:00' }] }, 'got 8'],
    ['overlapping rules', { rules: [{ weekday: 3, start: '09:00', end: '12:00' }, { weekday: 3, start: '11:00', end: '13:00' }] }, 'Weekly rules on Wednesday overlap: 09:00–12:00 and 11:00–13:00'],
    ['a negative buffer before', { bufferBeforeMinutes: -5 }, 'Buffer before must be a whole number of minutes from 0'],
    ['a fractional buffer after', { bufferAfterMinutes: 7.5 }, 'Buffer after must be a whole number'],
    ['negative notice', { minimumNoticeMinutes: -1 }, 'Minimum notice must be'],
    ['a horizon of 0 days', { horizonDays: 0 }, 'Booking horizon must be a whole number of days from 1 to 365 (got 0)'],
    ['a horizon over 365 days', { horizonDays: 366 }, 'got 366'],
    ['maxPerDay 0', { maxPerDay: 0 }, 'Maximum per day must be a whole number of at least 1'],
    ['fractional maxPerDay', { maxPerDay: 1.5 }, 'got 1.5'],
    ['a zero step', { slotStepMinutes: 0 }, 'Slot step must be'],
    ['an impossible date', { overrides: [{ date: '2026-02-30', kind: 'off' }] }, 'date "2026-02-30" is not a real date'],
    ['a date in another format', { overrides: [{ date: '06/01/2026', kind: 'off' }] }, 'is not a real date in yyyy-MM-dd form'],
    ['extra hours without times', { overrides: [{ date: '2026-06-06', kind: 'extra' }] }, 'extra hours need both a start and an end'],
    ['hours off with only a start', { overrides: [{ date: '2026-06-02', kind: 'off', start: '09:00' }] }, 'hours off need both a start and an end'],
    ['override hours ending before they start', { overrides: [{ date: '2026-06-02', kind: 'off', start: '10:00', end: '09:00' }] }, 'end 09:00 must be after start 10:00'],
    ['an unknown override kind', { overrides: [{ date: '2026-06-02', kind: 'busy' as 'off' }] }, 'kind must be "off" or "extra"'],
    ['extra hours on a day off', { overrides: [{ date: '2026-06-01', kind: 'off' }, { date: '2026-06-01', kind: 'extra', start: '14:00', end: '15:00' }] }, 'Override on 2026-06-01: extra hours 14:00–15:00 overlap time off (whole day)'],
    ['an on-site block ending before it starts', { onSite: [{ start: '2026-11-14T12:00:00-05:00', end: '2026-11-14T09:00:00-05:00', location: 'Jacksonville' }] }, 'On-site block 1: end must be after start'],
    ['an on-site block without an offset', { onSite: [{ start: '2026-11-14T09:00:00', end: '2026-11-14T12:00:00-05:00', location: 'Jacksonville' }] }, 'start "2026-11-14T09:00:00" is not an ISO instant with an offset or Z'],
    ['an on-site block without a location', { onSite: [{ start: '2026-11-14T14:00:00Z', end: '2026-11-14T17:00:00Z', location: '  ' }] }, 'On-site block 1: location is required'],
    ['overlapping on-site blocks', { onSite: [{ start: '2026-11-14T14:00:00Z', end: '2026-11-14T17:00:00Z', location: 'Hall A' }, { start: '2026-11-14T16:00:00Z', end: '2026-11-14T18:00:00Z', location: 'Hall B' }] }, 'On-site blocks overlap'],
    ['a missing rules list', { rules: undefined as unknown as [] }, 'rules must be a list'],
  ])('rejects %s', (_label, changes, problem) => {
    const result = isValidAvailability({ ...valid, ...changes });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join('\n')).toContain(problem);
  });

  it('reports every problem at once', () => {
    const result = isValidAvailability({ ...valid, timeZone: 'Nowhere', bufferBeforeMinutes: -1, horizonDays: 400 });
    expect(result.ok ? [] : result.problems).toHaveLength(3);
  });
});
