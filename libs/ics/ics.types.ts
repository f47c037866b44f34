/** One calendar entry, as every area describes it (a consultation, a registration, an agenda session…). */
export interface IcsItem {
  /** Stable for the item's whole life: invites, feeds and downloads use the same one. */
  uid: string;
  /** Stored with the item and raised on every change a calendar program must pick up. */
  sequence: number;
  /** ISO instant of the item's last change: becomes DTSTAMP/LAST-MODIFIED, so output only changes when the item does. */
  lastModified: string;
  /** ISO instants (with offset or Z). */
  start: string;
  end: string;
  /** IANA zone the times are written in (the expert's or the event's zone). */
  timeZone: string;
  title: string;
  location: string | null;
  description: string | null;
  url: string | null;
  /** Cancelled items stay in feeds as STATUS:CANCELLED so subscribed calendars drop them. */
  cancelled?: boolean;
}

export interface IcsPerson {
  name: string;
  email: string;
}

/** An iTIP invite (RFC 5546): the item plus who sends it and who is invited. */
export interface IcsInvite extends IcsItem {
  organizer: IcsPerson;
  attendees: (IcsPerson & { role?: 'CHAIR' | 'REQ-PARTICIPANT' })[];
}

export type IcsMethod = 'REQUEST' | 'CANCEL';

export interface IcsFeed {
  /** X-WR-CALNAME. */
  name: string;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL, in minutes. */
  refreshMinutes: number;
  items: IcsItem[];
}
