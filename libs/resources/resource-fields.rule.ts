export const RESOURCE_KINDS = ['guideline', 'template', 'training', 'webinar', 'article'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_LIMITS = {
  title: { min: 3, max: 200 },
  summary: { max: 500 },
  body: { max: 100_000 },
  tags: { max: 10, length: 40 },
  url: { max: 2_000 },
} as const;

const SLUG = /^[a-z0-9][a-z0-9-]{1,79}$/;
const TAG = /^[a-z0-9][a-z0-9 -]*$/;

export interface ResourceFields {
  slug: string;
  kind: string;
  title: string;
  summary: string;
  bodyMd: string;
  tags: readonly string[];
  linkUrl: string | null;
}

const chars = (s: string) => [...s.trim()].length;

/** Tags are compared lower-case and trimmed, without repeats, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter((t) => t.length > 0))];
}

/** Field → message for everything wrong with a resource; empty when it can be saved. */
export function checkResourceFields(f: ResourceFields): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!SLUG.test(f.slug)) problems.slug = 'Use 2 to 80 lower-case letters, digits and dashes.';
  if (!(RESOURCE_KINDS as readonly string[]).includes(f.kind)) problems.kind = 'Choose a kind from the list.';
  const title = chars(f.title);
  if (title < RESOURCE_LIMITS.title.min || title > RESOURCE_LIMITS.title.max) problems.title = 'Give it a title of 3 to 200 characters.';
  if (chars(f.summary) === 0 || chars(f.summary) > RESOURCE_LIMITS.summary.max) problems.summary = 'Write a summary of up to 500 characters.';
  if (chars(f.bodyMd) > RESOURCE_LIMITS.body.max) problems.bodyMd = 'Keep the body under 100,000 characters.';
  const tags = normalizeTags(f.tags);
  if (tags.length > RESOURCE_LIMITS.tags.max) problems.tags = 'Use at most 10 tags.';
  else if (tags.some((t) => t.length > RESOURCE_LIMITS.tags.length || !TAG.test(t))) problems.tags = 'Tags are up to 40 letters, digits, spaces and dashes.';
  if (f.linkUrl !== null && !isWebUrl(f.linkUrl)) problems.linkUrl = 'Give a full http(s) address.';
  return problems;
}

/** An absolute http(s) URL with a host; anything else (javascript:, relative, data:) is refused. */
export function isWebUrl(value: string): boolean {
  if (value.length > RESOURCE_LIMITS.url.max) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
