import { isDigestDue, lastDigestSlot } from './digest-schedule.rule';

const at = (iso: string) => new Date(iso);

describe('lastDigestSlot', () => {
  it.each<[string, 'daily' | 'weekly', string, string, string]>([
    // name, mode, zone, now, expected slot (UTC)
    ['daily, after 07:00 New York', 'daily', 'America/New_York', '2026-03-04T15:00:00Z', '2026-03-04T12:00:00.000Z'],
    ['daily, before 07:00 New York: yesterday', 'daily', 'America/New_York', '2026-03-04T10:00:00Z', '2026-03-03T12:00:00.000Z'],
    ['daily, summer time', 'daily', 'America/New_York', '2026-07-04T12:00:00Z', '2026-07-04T11:00:00.000Z'],
    ['daily, exactly at the slot', 'daily', 'Europe/Paris', '2026-03-04T06:00:00Z', '2026-03-04T06:00:00.000Z'],
    ['weekly, Wednesday: this Monday', 'weekly', 'America/New_York', '2026-03-04T15:00:00Z', '2026-03-02T12:00:00.000Z'],
    ['weekly, Monday before 07:00: last Monday', 'weekly', 'America/New_York', '2026-03-02T11:00:00Z', '2026-02-23T12:00:00.000Z'],
    ['an unknown zone falls back to New York', 'daily', 'Mars/Olympus', '2026-03-04T15:00:00Z', '2026-03-04T12:00:00.000Z'],
  ])('%s', (_name, mode, zone, now, expected) => {
    expect(lastDigestSlot(mode, zone, at(now)).toISOString()).toBe(expected);
  });
});

describe('isDigestDue', () => {
  const base = { mode: 'daily' as const, timeZone: 'America/New_York', since: at('2026-03-01T00:00:00Z') };
  it.each<[string, Partial<Parameters<typeof isDigestDue>[0]>, boolean]>([
    ['sent before this morning’s slot', { lastDigestAt: at('2026-03-03T12:00:00Z'), now: at('2026-03-04T13:00:00Z') }, true],
    ['already sent this morning', { lastDigestAt: at('2026-03-04T12:05:00Z'), now: at('2026-03-04T20:00:00Z') }, false],
    ['never sent, mode chosen before the slot', { lastDigestAt: null, since: at('2026-03-04T02:00:00Z'), now: at('2026-03-04T12:10:00Z') }, true],
    ['never sent, mode chosen after the slot: wait for tomorrow', { lastDigestAt: null, since: at('2026-03-04T12:30:00Z'), now: at('2026-03-04T20:00:00Z') }, false],
    ['weekly, sent last Monday, now Monday morning', { mode: 'weekly', lastDigestAt: at('2026-02-23T12:01:00Z'), now: at('2026-03-02T12:01:00Z') }, true],
    ['weekly, sent this Monday, now Friday', { mode: 'weekly', lastDigestAt: at('2026-03-02T12:01:00Z'), now: at('2026-03-06T12:01:00Z') }, false],
  ])('%s → %s', (_name, over, expected) => {
    expect(isDigestDue({ ...base, lastDigestAt: null, now: new Date(), ...over })).toBe(expected);
  });
});
