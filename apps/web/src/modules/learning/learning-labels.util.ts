import type { CourseAccessVia, ModuleStatus } from '../../gql/graphql';

export const MODULE_STATUS_LABELS: Record<ModuleStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};

/** Filled badge colours dark enough for white text at WCAG AA. */
export const MODULE_STATUS_COLORS: Record<ModuleStatus, string> = {
  NOT_STARTED: 'gray.7',
  IN_PROGRESS: 'blue.9',
  COMPLETED: 'teal.9',
};

/** Text colours for right / wrong that pass WCAG AA on white and on light alert backgrounds. */
export const GOOD_TEXT = 'var(--mantine-color-teal-9)';
export const BAD_TEXT = 'var(--mantine-color-red-9)';

/** Why the viewer may study the course, in one short phrase. */
export const ACCESS_VIA_LABELS: Record<CourseAccessVia, string> = {
  STAFF_ROLE: 'You run the course as staff',
  PREMIUM: 'Included in your premium membership',
  STAFF: 'Access given by Confer staff',
  PURCHASE: 'You bought this course',
  RESIDENCY: 'Included with your Social Media Residency registration',
};

export function formatUsd(cents: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: cents % 100 === 0 ? 0 : 2 }).format(cents / 100);
}

export function moduleHref(slug: string): string {
  return `/learning/modules/${encodeURIComponent(slug)}`;
}
