import { isValidTimeZone } from '../time-zone/time-zone.rule';
import type { AvailabilityCheck, AvailabilitySettings } from './availability.types';
import { parseCalendarDate, parseClock, parseInstant } from './wall-clock.rule';

export const MAX_HORIZON_DAYS = 365;
export const MAX_BUFFER_MINUTES = 1440;
export const MIN_SLOT_STEP_MINUTES = 5;
const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Span {
  start: number;
  end: number;
  label: string;
}

/**
 * Checks settings before they are saved (and before slots are generated from them). Every problem
 * is reported, each as a sentence an expert can act on.
 */
export function isValidAvailability(settings: AvailabilitySettings): AvailabilityCheck {
  const problems: string[] = [];

  if (!isValidTimeZone(settings.timeZone)) {
    problems.push(`Time zone "${settings.timeZone}" is not an IANA time zone such as "America/New_York".`);
  }

  // Settings arrive as JSON from a form; a missing list must be a problem, not a crash.
  for (const list of ['rules', 'overrides', 'onSite'] as const) {
    if (!Array.isArray(settings[list])) problems.push(`${list} must be a list.`);
  }
  if (Array.isArray(settings.rules)) checkRules(settings, problems);
  if (Array.isArray(settings.overrides)) checkOverrides(settings, problems);
  if (Array.isArray(settings.onSite)) checkOnSite(settings, problems);

  checkWholeMinutes(problems, 'Buffer before', settings.bufferBeforeMinutes, 0, MAX_BUFFER_MINUTES);
  checkWholeMinutes(problems, 'Buffer after', settings.bufferAfterMinutes, 0, MAX_BUFFER_MINUTES);
  checkWholeMinutes(problems, 'Minimum notice', settings.minimumNoticeMinutes, 0, MAX_HORIZON_DAYS * 1440);
  if (!Number.isInteger(settings.horizonDays) || settings.horizonDays < 1 || settings.horizonDays > MAX_HORIZON_DAYS) {
    problems.push(`Booking horizon must be a whole number of days from 1 to ${MAX_HORIZON_DAYS} (got ${settings.horizonDays}).`);
  }
  if (settings.maxPerDay !== null && (!Number.isInteger(settings.maxPerDay) || settings.maxPerDay < 1)) {
    problems.push(`Maximum per day must be a whole number of at least 1, or no limit (got ${settings.maxPerDay}).`);
  }
  if (settings.slotStepMinutes !== undefined) {
    checkWholeMinutes(problems, 'Slot step', settings.slotStepMinutes, MIN_SLOT_STEP_MINUTES, 1440);
  }

  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function checkWholeMinutes(problems: string[], what: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${what} must be a whole number of minutes from ${min} to ${max} (got ${value}).`);
  }
}

function checkRules(settings: AvailabilitySettings, problems: string[]): void {
  const byWeekday = new Map<number, Span[]>();
  settings.rules.forEach((rule, index) => {
    const where = `Weekly rule ${index + 1}`;
    const weekdayOk = Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7;
    if (!weekdayOk) problems.push(`${where}: weekday must be 1 (Monday) to 7 (Sunday) (got ${rule.weekday}).`);
    const span = checkTimes(where, rule.start, rule.end, problems);
    if (!span || !weekdayOk) return;
    const list = byWeekday.get(rule.weekday) ?? [];
    list.push({ ...span, label: `${rule.start}–${rule.end}` });
    byWeekday.set(rule.weekday, list);
  });
  for (const [weekday, spans] of byWeekday) {
    for (const [a, b] of overlappingPairs(spans)) {
      problems.push(`Weekly rules on ${WEEKDAY_NAMES[weekday]} overlap: ${a.label} and ${b.label}.`);
    }
  }
}

function checkOverrides(settings: AvailabilitySettings, problems: string[]): void {
  const offByDate = new Map<string, Span[]>();
  const extraByDate = new Map<string, Span[]>();
  settings.overrides.forEach((override, index) => {
    const where = `Override ${index + 1} (${override.date})`;
    if (!parseCalendarDate(override.date)) {
      problems.push(`Override ${index + 1}: date "${override.date}" is not a real date in yyyy-MM-dd form.`);
      return;
    }
    if (override.kind !== 'off' && override.kind !== 'extra') {
      problems.push(`${where}: kind must be "off" or "extra" (got "${String(override.kind)}").`);
      return;
    }
    const hasStart = override.start !== undefined;
    const hasEnd = override.end !== undefined;
    if (override.kind === 'off' && !hasStart && !hasEnd) {
      pushSpan(offByDate, override.date, { start: 0, end: 1440, label: 'whole day' });
      return;
    }
    if (hasStart !== hasEnd || (override.kind === 'extra' && !hasStart)) {
      problems.push(`${where}: ${override.kind === 'extra' ? 'extra hours need' : 'hours off need'} both a start and an end.`);
      return;
    }
    const span = checkTimes(where, override.start, override.end, problems);
    if (span) {
      pushSpan(override.kind === 'off' ? offByDate : extraByDate, override.date, { ...span, label: `${override.start}–${override.end}` });
    }
  });
  // 'off' wins when generating; a contradiction saved by mistake would silently hide the extra hours.
  for (const [date, extras] of extraByDate) {
    for (const extra of extras) {
      for (const off of offByDate.get(date) ?? []) {
        if (extra.start < off.end && off.start < extra.end) {
          problems.push(`Override on ${date}: extra hours ${extra.label} overlap time off (${off.label}).`);
        }
      }
    }
  }
}

function checkOnSite(settings: AvailabilitySettings, problems: string[]): void {
  const spans: Span[] = [];
  settings.onSite.forEach((block, index) => {
    const where = `On-site block ${index + 1}`;
    const start = parseInstant(block.start);
    const end = parseInstant(block.end);
    if (start === null) problems.push(`${where}: start "${block.start}" is not an ISO instant with an offset or Z.`);
    if (end === null) problems.push(`${where}: end "${block.end}" is not an ISO instant with an offset or Z.`);
    if (typeof block.location !== 'string' || block.location.trim() === '') problems.push(`${where}: location is required.`);
    if (start === null || end === null) return;
    if (end <= start) {
      problems.push(`${where}: end must be after start.`);
      return;
    }
    spans.push({ start, end, label: `${block.start}–${block.end}` });
  });
  for (const [a, b] of overlappingPairs(spans)) {
    problems.push(`On-site blocks overlap: ${a.label} and ${b.label}.`);
  }
}

function checkTimes(where: string, start: unknown, end: unknown, problems: string[]): { start: number; end: number } | null {
  const startMinute = parseClock(start, false);
  const endMinute = parseClock(end, true);
  if (startMinute === null) problems.push(`${where}: start "${String(start)}" is not a time in HH:mm form.`);
  if (endMinute === null) problems.push(`${where}: end "${String(end)}" is not a time in HH:mm form (or 24:00).`);
  if (startMinute === null || endMinute === null) return null;
  if (endMinute <= startMinute) {
    problems.push(`${where}: end ${String(end)} must be after start ${String(start)}.`);
    return null;
  }
  return { start: startMinute, end: endMinute };
}

function pushSpan(map: Map<string, Span[]>, key: string, span: Span): void {
  const list = map.get(key) ?? [];
  list.push(span);
  map.set(key, list);
}

/** Touching spans (09:00–12:00, 12:00–13:00) do not overlap: ranges are half-open. */
function overlappingPairs(spans: readonly Span[]): [Span, Span][] {
  const pairs: [Span, Span][] = [];
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      if (spans[i].start < spans[j].end && spans[j].start < spans[i].end) pairs.push([spans[i], spans[j]]);
    }
  }
  return pairs;
}
