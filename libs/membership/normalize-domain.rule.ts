// A DNS label: 1-63 chars of a-z0-9-, not starting or ending with '-'.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// TLDs are letters only (no numeric TLD exists, and it keeps IP addresses out).
const TLD = /^[a-z]{2,63}$/;
const MAX_DOMAIN_LENGTH = 253;

/**
 * Canonical form of a domain name (lower-case, trimmed, no trailing dot), or null when the
 * input is not a plain DNS host name with at least one dot. Strict on purpose: organization
 * domains grant premium membership, so URLs, wildcards and single-label names are refused
 * rather than guessed at.
 */
export function normalizeDomain(domain: string): string | null {
  if (typeof domain !== 'string') return null;
  let value = domain.trim().toLowerCase();
  if (value.endsWith('.')) value = value.slice(0, -1);
  if (value.length === 0 || value.length > MAX_DOMAIN_LENGTH) return null;
  const labels = value.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((label) => LABEL.test(label))) return null;
  if (!TLD.test(labels[labels.length - 1] ?? '')) return null;
  return value;
}
