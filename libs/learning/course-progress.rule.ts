import type { CourseProgressSummary, ModuleProgressFacts, ModuleStatus } from './learning.types';

/** A module is finished when its quiz is passed; reading it or trying the quiz starts it. */
export function moduleStatus(p: Pick<ModuleProgressFacts, 'readAt' | 'passedAt' | 'lastActivityAt'> | null): ModuleStatus {
  if (!p) return 'not_started';
  if (p.passedAt) return 'completed';
  if (p.readAt || p.lastActivityAt) return 'in_progress';
  return 'not_started';
}

/** Progress over all of a course's modules (modules without a progress row count as not started). */
export function courseProgress(modules: readonly ModuleProgressFacts[]): CourseProgressSummary {
  const ordered = [...modules].sort((a, b) => a.position - b.position);
  const completed = ordered.filter((m) => moduleStatus(m) === 'completed');
  const unfinished = ordered.filter((m) => moduleStatus(m) !== 'completed');
  // Members pick the modules they need, so "where you left off" is the latest one touched, not the first.
  const touched = unfinished
    .filter((m) => m.lastActivityAt !== null)
    .sort((a, b) => b.lastActivityAt!.getTime() - a.lastActivityAt!.getTime() || a.position - b.position);
  const resume = touched[0] ?? unfinished[0] ?? null;
  const total = ordered.length;
  return {
    totalModules: total,
    completedModules: completed.length,
    percent: total === 0 ? 0 : Math.floor((completed.length * 100) / total),
    resumeModuleId: resume ? resume.moduleId : null,
    complete: total > 0 && completed.length === total,
  };
}
