import { normalizeDomain } from './normalize-domain.rule';

/**
 * The normalized domain of an email address (the part after the last '@'), or null when the
 * input is not an address with a non-empty local part and a valid domain.
 */
export function emailDomain(email: string): string | null {
  if (typeof email !== 'string') return null;
  const value = email.trim();
  const at = value.lastIndexOf('@');
  if (at <= 0) return null;
  return normalizeDomain(value.slice(at + 1));
}
