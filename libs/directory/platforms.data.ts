/** The platforms an organization can list, in the order forms and filters show them. */
export const PLATFORMS = ['facebook', 'x', 'youtube', 'linkedin', 'instagram', 'tiktok', 'blog', 'podcast', 'other'] as const;

export type Platform = (typeof PLATFORMS)[number];

export interface PlatformInfo {
  label: string;
  /** Hosts (and their subdomains) an account URL must be on; null = any web address. */
  hosts: readonly string[] | null;
  example: string;
}

export const PLATFORM_INFO: Record<Platform, PlatformInfo> = {
  facebook: { label: 'Facebook', hosts: ['facebook.com', 'fb.com', 'fb.me'], example: 'https://www.facebook.com/yourhospital' },
  x: { label: 'X (Twitter)', hosts: ['x.com', 'twitter.com'], example: 'https://x.com/yourhospital' },
  youtube: { label: 'YouTube', hosts: ['youtube.com', 'youtu.be'], example: 'https://www.youtube.com/@yourhospital' },
  linkedin: { label: 'LinkedIn', hosts: ['linkedin.com'], example: 'https://www.linkedin.com/company/yourhospital' },
  instagram: { label: 'Instagram', hosts: ['instagram.com', 'instagr.am'], example: 'https://www.instagram.com/yourhospital' },
  tiktok: { label: 'TikTok', hosts: ['tiktok.com'], example: 'https://www.tiktok.com/@yourhospital' },
  blog: { label: 'Blog', hosts: null, example: 'https://blog.yourhospital.org' },
  podcast: { label: 'Podcast', hosts: null, example: 'https://podcasts.apple.com/podcast/yourshow' },
  other: { label: 'Other', hosts: null, example: 'https://…' },
};

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}
