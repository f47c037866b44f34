import { courseProgress, moduleStatus } from './course-progress.rule';
import type { ModuleProgressFacts } from './learning.types';

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 9, minutes));
const mod = (id: string, position: number, over: Partial<ModuleProgressFacts> = {}): ModuleProgressFacts => ({
  moduleId: id,
  position,
  readAt: null,
  passedAt: null,
  lastActivityAt: null,
  ...over,
});

describe('moduleStatus', () => {
  it.each([
    ['no row', null, 'not_started'],
    ['empty row', { readAt: null, passedAt: null, lastActivityAt: null }, 'not_started'],
    ['read', { readAt: t(1), passedAt: null, lastActivityAt: t(1) }, 'in_progress'],
    ['quiz tried, not passed', { readAt: null, passedAt: null, lastActivityAt: t(2) }, 'in_progress'],
    ['quiz passed', { readAt: t(1), passedAt: t(2), lastActivityAt: t(2) }, 'completed'],
  ] as const)('%s → %s', (_name, facts, expected) => {
    expect(moduleStatus(facts)).toBe(expected);
  });
});

describe('courseProgress', () => {
  it.each([
    ['nothing done: start at the first module', [mod('b', 2), mod('a', 1), mod('c', 3)], { completedModules: 0, percent: 0, resumeModuleId: 'a', complete: false }],
    [
      'first done: the next one',
      [mod('a', 1, { passedAt: t(5), lastActivityAt: t(5) }), mod('b', 2), mod('c', 3)],
      { completedModules: 1, percent: 33, resumeModuleId: 'b', complete: false },
    ],
    [
      'a later module read: back to it, not to the first',
      [mod('a', 1), mod('b', 2), mod('c', 3, { readAt: t(3), lastActivityAt: t(3) })],
      { completedModules: 0, percent: 0, resumeModuleId: 'c', complete: false },
    ],
    [
      'the latest unfinished module wins',
      [mod('a', 1, { readAt: t(1), lastActivityAt: t(9) }), mod('b', 2, { readAt: t(4), lastActivityAt: t(4) }), mod('c', 3)],
      { completedModules: 0, percent: 0, resumeModuleId: 'a', complete: false },
    ],
    [
      'finished modules are skipped even when touched last',
      [mod('a', 1, { passedAt: t(9), lastActivityAt: t(9) }), mod('b', 2, { readAt: t(4), lastActivityAt: t(4) })],
      { completedModules: 1, percent: 50, resumeModuleId: 'b', complete: false },
    ],
    [
      'all done',
      [mod('a', 1, { passedAt: t(1), lastActivityAt: t(1) }), mod('b', 2, { passedAt: t(2), lastActivityAt: t(2) })],
      { completedModules: 2, percent: 100, resumeModuleId: null, complete: true },
    ],
    ['no modules is never complete', [], { totalModules: 0, completedModules: 0, percent: 0, resumeModuleId: null, complete: false }],
  ])('%s', (_name, modules, expected) => {
    expect(courseProgress(modules)).toMatchObject(expected);
  });
});
