/** The platforms a plan can name (the same list as the directory's). */
export const PLAN_PLATFORMS = ['facebook', 'x', 'youtube', 'linkedin', 'instagram', 'tiktok', 'blog', 'podcast', 'other'] as const;
export type PlanPlatform = (typeof PLAN_PLATFORMS)[number];

export interface PlanFields {
  title: string;
  goals: string;
  audience: string;
  platforms: readonly string[];
  metrics: string;
  governance: string;
}

export const PLAN_LIMITS = {
  title: { min: 3, max: 200 },
  /** Each written section (goals, audience, metrics, governance and privacy). */
  section: { min: 20, max: 10_000 },
  comment: { max: 5_000 },
  publicSummary: { max: 500 },
} as const;

const SECTIONS = ['goals', 'audience', 'metrics', 'governance'] as const;

const chars = (s: string) => [...s.trim()].length;

/** Field → message for everything wrong with a plan; empty when it can be saved. */
export function checkPlanFields(f: PlanFields): Record<string, string> {
  const problems: Record<string, string> = {};
  const title = chars(f.title);
  if (title < PLAN_LIMITS.title.min || title > PLAN_LIMITS.title.max) {
    problems.title = `Give the plan a title of ${PLAN_LIMITS.title.min} to ${PLAN_LIMITS.title.max} characters.`;
  }
  for (const key of SECTIONS) {
    const n = chars(f[key]);
    if (n < PLAN_LIMITS.section.min) problems[key] = `Write at least ${PLAN_LIMITS.section.min} characters.`;
    else if (n > PLAN_LIMITS.section.max) problems[key] = `Keep this section under ${PLAN_LIMITS.section.max.toLocaleString('en-US')} characters.`;
  }
  const platforms = new Set(f.platforms);
  if (platforms.size === 0) problems.platforms = 'Choose at least one platform.';
  else if ([...platforms].some((p) => !(PLAN_PLATFORMS as readonly string[]).includes(p))) problems.platforms = 'Choose platforms from the list.';
  return problems;
}

/** Comments and summaries: trimmed, null when empty, or a message when too long. */
export function checkText(value: string | null | undefined, max: number): { ok: true; value: string | null } | { ok: false; message: string } {
  const trimmed = (value ?? '').trim();
  if (chars(trimmed) > max) return { ok: false, message: `Keep it under ${max.toLocaleString('en-US')} characters.` };
  return { ok: true, value: trimmed.length > 0 ? trimmed : null };
}
