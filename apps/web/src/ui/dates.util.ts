/** Date helpers for ISO `DateTime` strings from the API and `<input type="date">` values. */

export function formatDate(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone }).format(date);
}

export function formatDateTime(iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** `YYYY-MM-DD` for a date input, in the browser's zone. */
export function toDateInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayInputValue(): string {
  return toDateInputValue(new Date().toISOString());
}

/** The start of the given local day as an ISO string; null for an empty or invalid value. */
export function dateInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The values of a start and an optional end `<input type="date">`. */
export interface DateRangeInput {
  startsOn: string;
  endsOn: string;
}

export interface ParsedDateRange {
  startsAt: string | null;
  /** Null for no end (or an invalid one: see `endError`). */
  endsAt: string | null;
  startError?: string;
  endError?: string;
}

/** A required start and an optional end date as ISO strings, with what is wrong with each. */
export function parseDateRange({ startsOn, endsOn }: DateRangeInput): ParsedDateRange {
  const startsAt = dateInputToIso(startsOn);
  const endsAt = endsOn ? dateInputToIso(endsOn) : null;
  let endError: string | undefined;
  if (endsOn && !endsAt) endError = 'Choose a valid end date, or leave it empty.';
  else if (startsAt && endsAt && endsAt <= startsAt) endError = 'The end date must be after the start date.';
  return { startsAt, endsAt, startError: startsAt ? undefined : 'Choose a start date.', endError };
}
