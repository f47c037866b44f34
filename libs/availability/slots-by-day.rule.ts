import { DateTime } from 'luxon';
import { isValidTimeZone } from '../time-zone/time-zone.rule';
import type { Slot, ViewerDay } from './availability.types';
import { parseInstant } from './wall-clock.rule';

/**
 * Groups slots under the viewer's own dates, labelled in the viewer's zone ('9:00 AM'). An evening
 * New York slot is the next morning in Kolkata, so it is listed under the Kolkata date. The label
 * uses en-US on purpose: the product is in English and tests must not depend on the host's locale.
 * On a fall-back night two slots can share a label ('1:00 AM' twice); their `start` instants differ.
 */
export function slotsByDay(slots: readonly Slot[], viewerZone: string): ViewerDay[] {
  if (!isValidTimeZone(viewerZone)) throw new RangeError(`Viewer time zone "${viewerZone}" is not an IANA time zone.`);
  const sorted = slots
    .map((slot) => {
      const ms = parseInstant(slot.start);
      if (ms === null) throw new RangeError(`Slot start must be an ISO instant with an offset or Z (got ${slot.start}).`);
      return { slot, ms };
    })
    .sort((a, b) => a.ms - b.ms);

  const days: ViewerDay[] = [];
  for (const { slot, ms } of sorted) {
    const local = DateTime.fromMillis(ms, { zone: viewerZone }).setLocale('en-US');
    const date = local.toISODate() as string;
    let day = days[days.length - 1];
    if (!day || day.date !== date) {
      day = { date, slots: [] };
      days.push(day);
    }
    day.slots.push({ start: slot.start, end: slot.end, label: local.toFormat('h:mm a'), onSite: slot.onSite });
  }
  return days;
}
