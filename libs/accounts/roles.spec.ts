import { isRole, ROLES } from './roles';

describe('isRole', () => {
  it.each<[unknown, boolean]>([
    ...ROLES.map((r): [unknown, boolean] => [r, true]),
    ['admin', false],
    ['Staff', false],
    ['', false],
    [null, false],
    [3, false],
  ])('%j → %s', (value, expected) => {
    expect(isRole(value)).toBe(expected);
  });
});
