/**
 * Calendar files: pure builders on ical-generator, shared by consultation invites, event
 * registration invites and subscription feeds.
 *
 *   buildInvite('REQUEST' | 'CANCEL', invite) → iTIP text with METHOD, ORGANIZER, ATTENDEEs
 *   buildFeed({ name, refreshMinutes, items }) → X-WR-CALNAME, REFRESH-INTERVAL, X-PUBLISHED-TTL
 *   buildSingle(item) → METHOD:PUBLISH with one event
 *   vtimezone(zone, fromYear, toYear) → the VTIMEZONE block for a zone
 *
 * Rules: the UID is the item's own and never changes; SEQUENCE comes from storage; DTSTAMP and
 * LAST-MODIFIED are the item's last change (so the same items give the same bytes); times are written
 * in the item's zone with a VTIMEZONE block; cancellations are METHOD:CANCEL with STATUS:CANCELLED.
 */
export type { IcsFeed, IcsInvite, IcsItem, IcsMethod, IcsPerson } from './ics.types';
export { buildFeed, buildInvite, buildSingle } from './build-calendar.rule';
export { vtimezone } from './vtimezone.rule';
