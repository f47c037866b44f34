import { DateTime } from 'luxon';

export interface AgendaItem {
  startsAt: Date;
  track: string | null;
  position: number;
}

export interface AgendaDay<T> {
  /** The day at the venue, e.g. 2026-11-14. */
  date: string;
  /** Plenary sessions (no track) first, then tracks by name. */
  tracks: { name: string | null; sessions: T[] }[];
}

/** Groups sessions by day in the event's zone (not the server's or the viewer's) and by track. */
export function groupAgenda<T extends AgendaItem>(sessions: readonly T[], zone: string): AgendaDay<T>[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.position - b.position);
  const days = new Map<string, Map<string | null, T[]>>();
  for (const s of sorted) {
    const date = DateTime.fromJSDate(s.startsAt, { zone }).toISODate()!;
    const tracks = days.get(date) ?? new Map<string | null, T[]>();
    days.set(date, tracks);
    const list = tracks.get(s.track) ?? [];
    tracks.set(s.track, list);
    list.push(s);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, tracks]) => ({
      date,
      tracks: [...tracks.entries()]
        .sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)))
        .map(([name, list]) => ({ name, sessions: list })),
    }));
}

/** An instant as wall-clock time at the venue, with its offset (e.g. 2026-11-14T09:00:00-05:00). */
export function venueTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true })!;
}
