import { normalizeDomain } from './normalize-domain.rule';

/**
 * Whether an email domain is exactly a listed organization domain. Exact only: subdomains and
 * look-alikes never match, because a match hands out premium membership for free.
 */
export function domainMatches(emailDomainValue: string, listedDomain: string): boolean {
  const a = normalizeDomain(emailDomainValue);
  const b = normalizeDomain(listedDomain);
  return a !== null && b !== null && a === b;
}
