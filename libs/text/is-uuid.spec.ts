import { isUuid } from './is-uuid.rule';

describe('isUuid', () => {
  it.each([
    ['3f2c1a9e-7b4d-4c1e-9a2b-0c1d2e3f4a5b', true],
    ['3F2C1A9E-7B4D-4C1E-9A2B-0C1D2E3F4A5B', true],
    ['3f2c1a9e7b4d4c1e9a2b0c1d2e3f4a5b', false],
    ['3f2c1a9e-7b4d-4c1e-9a2b-0c1d2e3f4a5', false],
    ['not-a-uuid-at-all-------------------', false],
    ["1';drop table users;--", false],
    ['', false],
    [42, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });
});
