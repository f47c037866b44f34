import { blockedRange, blockedTstzRange } from './blocked-range.rule';

describe('blockedRange: what the exclusion constraint stores', () => {
  it.each<[string, string, string, number, number, string, string]>([
    ['15 min either side', '2026-06-02T14:00:00Z', '2026-06-02T14:30:00Z', 15, 15, '2026-06-02T13:45:00.000Z', '2026-06-02T14:45:00.000Z'],
    ['no buffers keeps the booking', '2026-06-02T14:00:00Z', '2026-06-02T14:30:00Z', 0, 0, '2026-06-02T14:00:00.000Z', '2026-06-02T14:30:00.000Z'],
    ['asymmetric buffers', '2026-06-02T14:00:00Z', '2026-06-02T15:00:00Z', 5, 30, '2026-06-02T13:55:00.000Z', '2026-06-02T15:30:00.000Z'],
    ['offsets are normalised to UTC', '2026-06-02T10:00:00-04:00', '2026-06-02T20:00:00+05:30', 10, 10, '2026-06-02T13:50:00.000Z', '2026-06-02T14:40:00.000Z'],
    ['buffers cross the spring-forward jump in real minutes', '2026-03-08T03:00:00-04:00', '2026-03-08T03:30:00-04:00', 30, 0, '2026-03-08T06:30:00.000Z', '2026-03-08T07:30:00.000Z'],
    ['buffers cross midnight UTC', '2026-06-02T23:50:00Z', '2026-06-03T00:00:00Z', 0, 20, '2026-06-02T23:50:00.000Z', '2026-06-03T00:20:00.000Z'],
  ])('%s', (_label, start, end, before, after, blockedStart, blockedEnd) => {
    expect(blockedRange({ start, end }, before, after)).toEqual({ start: blockedStart, end: blockedEnd });
  });

  it('formats a half-open tstzrange literal', () => {
    expect(blockedTstzRange({ start: '2026-06-02T14:00:00Z', end: '2026-06-02T14:30:00Z' }, 15, 15)).toBe(
      '[2026-06-02T13:45:00.000Z,2026-06-02T14:45:00.000Z)',
    );
  });

  it.each<[string, string, string, number, number]>([
    ['no offset', '2026-06-02T14:00:00', '2026-06-02T14:30:00Z', 0, 0],
    ['not a date', 'soon', '2026-06-02T14:30:00Z', 0, 0],
    ['end before start', '2026-06-02T14:30:00Z', '2026-06-02T14:00:00Z', 0, 0],
    ['negative buffer', '2026-06-02T14:00:00Z', '2026-06-02T14:30:00Z', -5, 0],
  ])('throws on %s', (_label, start, end, before, after) => {
    expect(() => blockedRange({ start, end }, before, after)).toThrow(RangeError);
  });
});
