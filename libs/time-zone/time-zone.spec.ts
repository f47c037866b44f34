import { DEFAULT_TIME_ZONE, isValidTimeZone } from './time-zone.rule';

describe('isValidTimeZone', () => {
  it.each<[string, boolean]>([
    ['America/New_York', true],
    ['Europe/London', true],
    ['Asia/Kolkata', true],
    ['Australia/Sydney', true],
    ['America/Argentina/Buenos_Aires', true],
    ['UTC', true],
    ['Etc/UTC', true],
    ['', false],
    [' ', false],
    [' America/New_York', false],
    ['America/Nowhere', false],
    ['Mars/Olympus_Mons', false],
    ['EasternTime', false],
    ['UTC+3', false],
    ['UTC-05:00', false],
    ['GMT+1', false],
    ['+02:00', false],
    ['-0500', false],
  ])('%j → %s', (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });

  it('the default zone is valid', () => {
    expect(isValidTimeZone(DEFAULT_TIME_ZONE)).toBe(true);
  });
});
