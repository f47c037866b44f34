import { DateTime } from 'luxon';

/** An instant as the value of `<input type="datetime-local">` at the venue. */
export function toLocalInput(iso: string | null | undefined, zone: string): string {
  if (!iso) return '';
  return DateTime.fromISO(iso, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** A `datetime-local` value read as wall-clock time at the venue; null when empty or invalid. */
export function fromLocalInput(value: string, zone: string): string | null {
  if (!value.trim()) return null;
  const dt = DateTime.fromISO(value, { zone });
  return dt.isValid ? dt.toUTC().toISO() : null;
}
