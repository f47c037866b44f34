/** Longest web address we store; longer ones are refused rather than cut. */
export const MAX_URL_LENGTH = 500;

/**
 * Parses what a person typed as a web address: http(s) only, a real-looking host name (with a dot,
 * no user:password part), scheme added when missing ("mayoclinic.org" → "https://mayoclinic.org/").
 * Returns null when it is not a usable public address.
 */
export function parseWebAddress(raw: string): URL | null {
  const text = raw.trim();
  if (!text || text.length > MAX_URL_LENGTH || /\s/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname;
  // A public name: labels of letters, digits and hyphens (or punycode), at least one dot, a letter TLD.
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/.test(host)) return null;
  url.hash = '';
  return url;
}

/** The host without a leading "www.": what two listings of the same organization share. */
export function siteDomain(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

export function isOnHost(host: string, allowed: string): boolean {
  return host === allowed || host.endsWith(`.${allowed}`);
}
