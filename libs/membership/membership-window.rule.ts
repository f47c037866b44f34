/** Whether the half-open window [startsAt, endsAt) contains `now`; endsAt null = open-ended. */
export function isWindowActive(startsAt: Date, endsAt: Date | null, now: Date): boolean {
  const t = now.getTime();
  if (!(startsAt.getTime() <= t)) return false; // also false for an invalid startsAt
  return endsAt === null || t < endsAt.getTime();
}

/** Orders window ends by how long they last: null (forever) is the latest. Positive if a ends later. */
export function compareWindowEnds(a: Date | null, b: Date | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.getTime() - b.getTime();
}
