import type { MsRange } from './wall-clock.rule';

/** Sorted union; touching ranges join, so 09:00–12:00 + 12:00–13:00 is one window 09:00–13:00. */
export function mergeRanges(ranges: readonly MsRange[]): MsRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: MsRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `ranges` minus every range in `cuts`. */
export function subtractRanges(ranges: readonly MsRange[], cuts: readonly MsRange[]): MsRange[] {
  let remaining = ranges.map((range) => ({ ...range }));
  for (const cut of cuts) {
    const next: MsRange[] = [];
    for (const range of remaining) {
      if (cut.end <= range.start || cut.start >= range.end) {
        next.push(range);
        continue;
      }
      if (range.start < cut.start) next.push({ start: range.start, end: cut.start });
      if (cut.end < range.end) next.push({ start: cut.end, end: range.end });
    }
    remaining = next;
  }
  return remaining;
}

export function overlaps(a: MsRange, b: MsRange): boolean {
  return a.start < b.end && b.start < a.end;
}
