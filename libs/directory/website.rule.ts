import { parseWebAddress, siteDomain } from './web-address.rule';

export interface Website {
  url: string;
  /** Lower-case host without "www.", the duplicate key for websites. */
  domain: string;
}

/** The organization's website, normalised; null when it is not a usable public http(s) address. */
export function normalizeWebsite(raw: string): Website | null {
  const url = parseWebAddress(raw);
  if (!url) return null;
  return { url: url.toString(), domain: siteDomain(url) };
}
