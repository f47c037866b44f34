import { PLATFORM_INFO, type Platform } from './platforms.data';
import { isOnHost, parseWebAddress } from './web-address.rule';

export type AccountUrlVerdict =
  | { ok: true; url: string }
  | { ok: false; reason: 'INVALID_URL' | 'URL_NOT_ON_PLATFORM' | 'ACCOUNT_PATH_MISSING' };

/**
 * Checks that an account's address is a web address on its platform's hosts (any subdomain, e.g.
 * m.facebook.com), and that it points at a page, not the platform's home page. Blogs, podcasts and
 * "other" may live anywhere.
 */
export function checkAccountUrl(platform: Platform, raw: string): AccountUrlVerdict {
  const url = parseWebAddress(raw);
  if (!url) return { ok: false, reason: 'INVALID_URL' };
  const hosts = PLATFORM_INFO[platform].hosts;
  if (hosts) {
    if (!hosts.some((h) => isOnHost(url.hostname, h))) return { ok: false, reason: 'URL_NOT_ON_PLATFORM' };
    if (url.pathname.replace(/\/+/g, '/') === '/') return { ok: false, reason: 'ACCOUNT_PATH_MISSING' };
  }
  return { ok: true, url: url.toString() };
}
