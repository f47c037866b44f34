import { groupAgenda, venueTime } from './agenda.rule';

const NY = 'America/New_York';
const s = (id: string, iso: string, track: string | null, position = 0) => ({ id, startsAt: new Date(iso), track, position });

describe('groupAgenda', () => {
  it('groups by day at the venue and by track, plenary first', () => {
    const days = groupAgenda(
      [
        s('b2', '2026-11-14T16:00:00Z', 'B'),
        s('k1', '2026-11-14T14:00:00Z', null),
        s('a1', '2026-11-14T15:00:00Z', 'A'),
        s('b1', '2026-11-14T15:00:00Z', 'B'),
        // 23:30 in New York on the 14th is already the 15th in UTC: it stays on the 14th.
        s('net', '2026-11-15T04:30:00Z', null),
        s('k2', '2026-11-15T14:00:00Z', null),
      ],
      NY,
    );
    expect(days.map((d) => [d.date, d.tracks.map((t) => [t.name, t.sessions.map((x) => x.id)])])).toEqual([
      ['2026-11-14', [[null, ['k1', 'net']], ['A', ['a1']], ['B', ['b1', 'b2']]]],
      ['2026-11-15', [[null, ['k2']]]],
    ]);
  });

  it('orders sessions starting together by position', () => {
    const days = groupAgenda([s('second', '2026-11-14T14:00:00Z', null, 2), s('first', '2026-11-14T14:00:00Z', null, 1)], NY);
    expect(days[0].tracks[0].sessions.map((x) => x.id)).toEqual(['first', 'second']);
  });

  it('is empty without sessions', () => {
    expect(groupAgenda([], NY)).toEqual([]);
  });

  it.each([
    ['2026-11-14T14:00:00Z', NY, '2026-11-14T09:00:00-05:00'],
    ['2026-07-14T13:00:00Z', NY, '2026-07-14T09:00:00-04:00'],
    ['2026-11-14T14:00:00Z', 'Europe/Paris', '2026-11-14T15:00:00+01:00'],
  ])('venueTime(%s, %s) = %s', (iso, zone, expected) => {
    expect(venueTime(new Date(iso), zone)).toBe(expected);
  });
});
