import { DateTime, FixedOffsetZone } from 'luxon';
import { isValidTimeZone } from '../time-zone/time-zone.rule';

const HOUR = 3_600_000;

/**
 * A VTIMEZONE block for `zone` covering the years [fromYear, toYear], built from the host's time-zone
 * data through luxon: one observance per real offset change (explicit DTSTART, no RRULE), so every
 * calendar program computes exactly the instants luxon does. A zone without changes gets one STANDARD.
 * Returns null for an unknown zone (ical-generator then writes no block).
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string | null {
  if (!isValidTimeZone(zone) || fromYear > toYear) return null;
  const start = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const end = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const initial = DateTime.fromMillis(start, { zone });
  const transitions = findTransitions(zone, start, end);
  // The observance in force at the start of the range, then one per change.
  lines.push(...observance(initial, initial.offset, start, zone));
  for (const t of transitions) lines.push(...observance(DateTime.fromMillis(t.at, { zone }), t.from, t.at, zone));
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function observance(at: DateTime, fromOffset: number, ms: number, zone: string): string[] {
  const kind = at.isInDST ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART is the local time of the onset, read in the offset that was in force before it.
  const onset = DateTime.fromMillis(ms, { zone: FixedOffsetZone.instance(fromOffset) }).toFormat("yyyyMMdd'T'HHmmss");
  return [
    `BEGIN:${kind}`,
    `DTSTART:${onset}`,
    `TZOFFSETFROM:${formatOffset(fromOffset)}`,
    `TZOFFSETTO:${formatOffset(at.offset)}`,
    `TZNAME:${at.offsetNameShort ?? zone}`,
    `END:${kind}`,
  ];
}

/** Offset changes in [start, end): scanned a day at a time, each pinned to the minute by bisection. */
function findTransitions(zone: string, start: number, end: number): { at: number; from: number }[] {
  const found: { at: number; from: number }[] = [];
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  let previous = start;
  let previousOffset = offsetAt(start);
  for (let ms = start + 24 * HOUR; ms <= end; ms += 24 * HOUR) {
    const offset = offsetAt(ms);
    if (offset !== previousOffset) {
      let low = previous;
      let high = ms;
      while (high - low > 60_000) {
        const mid = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (mid <= low) break;
        if (offsetAt(mid) === previousOffset) low = mid;
        else high = mid;
      }
      found.push({ at: high, from: previousOffset });
    }
    previous = ms;
    previousOffset = offset;
  }
  return found;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
