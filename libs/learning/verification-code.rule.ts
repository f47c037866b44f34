// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;
/** Random bytes needed: 20 characters × 5 bits = 100 bits, unguessable by trying. */
export const VERIFICATION_CODE_BYTES = 13;
const SHAPE = new RegExp(`^SFHC(-[${ALPHABET}]{${GROUP_LENGTH}}){${GROUPS}}$`);

/** A certificate's verification code from random bytes: "SFHC-XXXXX-XXXXX-XXXXX-XXXXX". */
export function formatVerificationCode(random: Uint8Array): string {
  if (random.length < VERIFICATION_CODE_BYTES) throw new Error(`need ${VERIFICATION_CODE_BYTES} random bytes`);
  let bits = 0n;
  for (const byte of random.slice(0, VERIFICATION_CODE_BYTES)) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < GROUPS * GROUP_LENGTH; i += 1) {
    chars += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  const groups = chars.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!;
  return ['SFHC', ...groups].join('-');
}

/**
 * What a person typed, as a canonical code, or null when it cannot be one: case, spaces and missing
 * dashes are forgiven, and the letters people confuse with digits (O, I, L) are read as 0 and 1.
 */
export function normalizeVerificationCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (!compact.startsWith('SFHC')) return null;
  const body = compact.slice(4).replace(/O/g, '0').replace(/[IL]/g, '1');
  if (body.length !== GROUPS * GROUP_LENGTH) return null;
  const code = ['SFHC', ...body.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!].join('-');
  return SHAPE.test(code) ? code : null;
}
