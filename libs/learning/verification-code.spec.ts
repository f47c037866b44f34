import { randomBytes } from 'node:crypto';
import { formatVerificationCode, normalizeVerificationCode, VERIFICATION_CODE_BYTES } from './verification-code.rule';

const SHAPE = /^SFHC(-[0-9A-HJKMNP-TV-Z]{5}){4}$/;

describe('formatVerificationCode', () => {
  it.each([
    ['all zero bytes', new Uint8Array(VERIFICATION_CODE_BYTES), 'SFHC-00000-00000-00000-00000'],
    ['all one bits', new Uint8Array(VERIFICATION_CODE_BYTES).fill(255), 'SFHC-ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ'],
  ])('%s → %s', (_name, bytes, expected) => {
    expect(formatVerificationCode(bytes)).toBe(expected);
  });

  it('gives the documented shape and no repeats over many random codes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const code = formatVerificationCode(randomBytes(VERIFICATION_CODE_BYTES));
      expect(code).toMatch(SHAPE);
      seen.add(code);
    }
    expect(seen.size).toBe(2000);
  });

  it('refuses too few random bytes', () => {
    expect(() => formatVerificationCode(new Uint8Array(4))).toThrow();
  });
});

describe('normalizeVerificationCode', () => {
  it.each([
    ['canonical', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RT', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RT'],
    ['lower case and spaces', ' sfhc 7k3qd m9x2a 04bcn zz1rt ', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RT'],
    ['no dashes', 'SFHC7K3QDM9X2A04BCNZZ1RT', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RT'],
    ['O, I and L read as digits', 'SFHC-7K3QD-M9X2A-O4BCN-ZZIRT', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RT'],
    ['a U is never in a code', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1RU', null],
    ['too short', 'SFHC-7K3QD-M9X2A-04BCN', null],
    ['another prefix', 'ABCD-7K3QD-M9X2A-04BCN-ZZ1RT', null],
    ['punctuation', 'SFHC-7K3QD-M9X2A-04BCN-ZZ1R!', null],
    ['empty', '', null],
    ['very long', 'SFHC-'.padEnd(500, 'A'), null],
  ])('%s', (_name, input, expected) => {
    expect(normalizeVerificationCode(input)).toBe(expected);
  });

  it('round-trips every generated code', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = formatVerificationCode(randomBytes(VERIFICATION_CODE_BYTES));
      expect(normalizeVerificationCode(code.toLowerCase())).toBe(code);
    }
  });
});
