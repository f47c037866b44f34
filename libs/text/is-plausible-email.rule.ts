import { normalizeDomain } from '../membership/normalize-domain.rule';

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
// Whitespace and control characters never belong in an address, and would let input smuggle
// extra mail headers; quotes, brackets and the like are legal in RFC 5322 but not in real sign-ups.
const FORBIDDEN = /[\s\p{Cc}"(),:;<>\[\\\]]/u;

/**
 * A cheap "looks like an address we can mail" check for forms. Deliverability is proved only by
 * the verification email; this just catches typos and garbage early.
 */
export function isPlausibleEmail(email: string): boolean {
  if (typeof email !== 'string') return false;
  if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return false;
  if (FORBIDDEN.test(email)) return false;
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > MAX_LOCAL_LENGTH) return false;
  return normalizeDomain(domain) !== null;
}
