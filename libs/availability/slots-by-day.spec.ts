import { DateTime } from 'luxon';
import type { AvailabilitySettings, Slot } from './availability.types';
import { generateSlots } from './generate-slots.rule';
import { slotsByDay } from './slots-by-day.rule';

const NY = 'America/New_York';

// An expert in New York: weekday mornings 09:00–10:00 and evenings 20:00–21:00.
const expert: AvailabilitySettings = {
  timeZone: NY,
  rules: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday: weekday as 1 | 2 | 3 | 4 | 5, start: '09:00', end: '10:00' },
    { weekday: weekday as 1 | 2 | 3 | 4 | 5, start: '20:00', end: '21:00' },
  ]),
  overrides: [],
  onSite: [],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  horizonDays: 365,
  maxPerDay: null,
};

function expertDay(date: string): Slot[] {
  const day = DateTime.fromISO(date, { zone: NY });
  return generateSlots(expert, 60, [], '2026-01-01T00:00:00Z', { from: day.toISO() as string, to: day.plus({ days: 1 }).toISO() as string });
}

describe('slotsByDay: the same New York slot seen by bookers elsewhere', () => {
  it.each<[string, string, string, string, string, string]>([
    ['both on standard time: 6 h apart', '2026-03-02', '09:00', 'Europe/Berlin', '2026-03-02', '3:00 PM'],
    ['US on DST, EU not yet: 5 h apart', '2026-03-09', '09:00', 'Europe/Berlin', '2026-03-09', '2:00 PM'],
    ['still 5 h apart the week before the EU change', '2026-03-27', '09:00', 'Europe/Berlin', '2026-03-27', '2:00 PM'],
    ['both on summer time: 6 h again', '2026-03-30', '09:00', 'Europe/Berlin', '2026-03-30', '3:00 PM'],
    ['EU back on standard time, US not yet: 5 h', '2026-10-26', '09:00', 'Europe/Berlin', '2026-10-26', '2:00 PM'],
    ['last weekday of the autumn gap', '2026-10-30', '09:00', 'Europe/Berlin', '2026-10-30', '2:00 PM'],
    ['both on standard time after 1 Nov', '2026-11-02', '09:00', 'Europe/Berlin', '2026-11-02', '3:00 PM'],
    ['an evening slot is after midnight in Berlin', '2026-06-01', '20:00', 'Europe/Berlin', '2026-06-02', '2:00 AM'],
    ['Kolkata, New York on EST: +10:30', '2026-03-02', '09:00', 'Asia/Kolkata', '2026-03-02', '7:30 PM'],
    ['Kolkata, New York on EDT: +9:30', '2026-03-09', '09:00', 'Asia/Kolkata', '2026-03-09', '6:30 PM'],
    ['Kolkata: a New York evening is next morning (EDT)', '2026-06-01', '20:00', 'Asia/Kolkata', '2026-06-02', '5:30 AM'],
    ['Kolkata: a New York evening is next morning (EST)', '2026-11-02', '20:00', 'Asia/Kolkata', '2026-11-03', '6:30 AM'],
    ['the expert\'s own zone', '2026-06-01', '20:00', NY, '2026-06-01', '8:00 PM'],
  ])('%s', (_label, expertDate, expertTime, viewerZone, viewerDate, label) => {
    const slot = expertDay(expertDate).find((s) => DateTime.fromISO(s.start, { zone: NY }).toFormat('HH:mm') === expertTime) as Slot;
    const [day] = slotsByDay([slot], viewerZone);
    expect([day.date, day.slots[0].label, day.slots[0].start]).toEqual([viewerDate, label, slot.start]);
  });

  it.each<[string, { date: string; labels: string[] }[]]>([
    [NY, [{ date: '2026-06-01', labels: ['9:00 AM', '8:00 PM'] }]],
    ['Europe/Berlin', [{ date: '2026-06-01', labels: ['3:00 PM'] }, { date: '2026-06-02', labels: ['2:00 AM'] }]],
    ['Asia/Kolkata', [{ date: '2026-06-01', labels: ['6:30 PM'] }, { date: '2026-06-02', labels: ['5:30 AM'] }]],
  ])('groups one New York Monday under %s dates', (viewerZone, expected) => {
    const days = slotsByDay(expertDay('2026-06-01'), viewerZone);
    expect(days.map((day) => ({ date: day.date, labels: day.slots.map((s) => s.label) }))).toEqual(expected);
  });

  it('sorts unsorted input and keeps both fall-back 1:00 AM slots', () => {
    const slots: Slot[] = [
      { start: '2026-11-01T06:00:00.000Z', end: '2026-11-01T07:00:00.000Z', onSite: null },
      { start: '2026-11-01T05:00:00.000Z', end: '2026-11-01T06:00:00.000Z', onSite: null },
    ];
    expect(slotsByDay(slots, NY)).toEqual([
      {
        date: '2026-11-01',
        slots: [
          { start: '2026-11-01T05:00:00.000Z', end: '2026-11-01T06:00:00.000Z', label: '1:00 AM', onSite: null },
          { start: '2026-11-01T06:00:00.000Z', end: '2026-11-01T07:00:00.000Z', label: '1:00 AM', onSite: null },
        ],
      },
    ]);
  });

  it('rejects an invalid viewer zone', () => {
    expect(() => slotsByDay([], 'GMT+1')).toThrow(/not an IANA time zone/);
  });
});
