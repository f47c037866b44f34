import ical, { ICalCalendar, ICalCalendarMethod, ICalEventStatus, ICalAttendeeRole, ICalAttendeeStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { IcsFeed, IcsInvite, IcsItem, IcsMethod } from './ics.types';
import { vtimezone } from './vtimezone.rule';

const PROD_ID = { company: 'Confer', product: 'Confer', language: 'EN' } as const;

/**
 * An iTIP invite (RFC 5546) for one item. REQUEST creates or updates the event (same UID, higher
 * SEQUENCE); CANCEL removes it: a cancellation is METHOD:CANCEL + STATUS:CANCELLED, never a REQUEST.
 */
export function buildInvite(method: IcsMethod, invite: IcsInvite): string {
  const calendar = newCalendar([invite], method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  const event = addEvent(calendar, { ...invite, cancelled: method === 'CANCEL' || invite.cancelled });
  event.organizer({ name: invite.organizer.name, email: invite.organizer.email });
  for (const attendee of invite.attendees) {
    event.createAttendee({
      name: attendee.name,
      email: attendee.email,
      role: attendee.role === 'CHAIR' ? ICalAttendeeRole.CHAIR : ICalAttendeeRole.REQ,
      status: method === 'CANCEL' ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      rsvp: false,
    });
  }
  return calendar.toString();
}

/** A subscription feed: deterministic for the same items (DTSTAMP is each item's last change), so an ETag works. */
export function buildFeed(feed: IcsFeed): string {
  const calendar = newCalendar(feed.items, null);
  calendar.name(feed.name);
  calendar.ttl(feed.refreshMinutes * 60);
  for (const item of [...feed.items].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid))) addEvent(calendar, item);
  return calendar.toString();
}

/** A single-item download (METHOD:PUBLISH): opens in any calendar program as a plain event. */
export function buildSingle(item: IcsItem): string {
  const calendar = newCalendar([item], ICalCalendarMethod.PUBLISH);
  addEvent(calendar, item);
  return calendar.toString();
}

function newCalendar(items: readonly IcsItem[], method: ICalCalendarMethod | null): ICalCalendar {
  // A day either side covers every local year the items fall in (offsets are under a day).
  const times = items.flatMap((item) => [Date.parse(item.start), Date.parse(item.end)]).filter((ms) => !Number.isNaN(ms));
  const from = times.length ? new Date(Math.min(...times) - 86_400_000).getUTCFullYear() : 2000;
  const to = times.length ? new Date(Math.max(...times) + 86_400_000).getUTCFullYear() : 2000;
  return ical({
    prodId: PROD_ID,
    ...(method ? { method } : {}),
    // name: null keeps DTSTAMP in UTC ('Z') while each event still gets its VTIMEZONE block.
    timezone: { name: null, generator: (zone: string) => vtimezone(zone, from, to) },
  });
}

function addEvent(calendar: ICalCalendar, item: IcsItem) {
  const start = instant(item.start, item.timeZone);
  const end = instant(item.end, item.timeZone);
  const changed = DateTime.fromMillis(Date.parse(item.lastModified), { zone: 'utc' });
  if (!start.isValid || !end.isValid || !changed.isValid) throw new RangeError(`Item ${item.uid} has an invalid time.`);
  return calendar.createEvent({
    id: item.uid,
    sequence: item.sequence,
    start,
    end,
    timezone: item.timeZone,
    stamp: changed,
    lastModified: changed,
    summary: item.title,
    location: item.location ?? undefined,
    description: item.description ?? undefined,
    url: item.url ?? undefined,
    status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** Times are luxon values in the item's own zone, never a bare Date plus a zone name. */
function instant(iso: string, zone: string): DateTime {
  // ISO instants carry their offset, so Date.parse is exact (and much cheaper than parsing with luxon).
  return DateTime.fromMillis(Date.parse(iso), { zone });
}
