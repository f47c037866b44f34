import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  location: string | null;
  description: string | null;
  url: string | null;
  /** DTSTART/DTEND as written: the TZID and the local wall time. */
  tzid: string | null;
  localStart: string;
  /** The instants, computed by ical.js from the VTIMEZONE in the file (not from our own zone data). */
  startUtc: string;
  endUtc: string;
  dtstampRaw: string;
  organizer: string | null;
  attendees: string[];
}

export interface ReadCalendar {
  method: string | null;
  name: string | null;
  refreshInterval: string | null;
  publishedTtl: string | null;
  timezones: string[];
  events: ReadEvent[];
}

/** Parses a calendar with ical.js, an independent parser, the way a calendar program would. */
export function readIcs(text: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
  }
  const raw = (c: ICAL.Component, name: string) => c.getFirstProperty(name)?.toICALString().split(':').slice(1).join(':') ?? null;
  const utc = (prop: ICAL.Property) => {
    const time = prop.getFirstValue() as ICAL.Time;
    const tzid = prop.getParameter('tzid') as string | undefined;
    if (tzid) {
      const zone = zones.get(tzid);
      if (!zone) throw new Error(`no VTIMEZONE for ${tzid}`);
      time.zone = zone;
    }
    return new Date(time.toUnixTime() * 1000).toISOString();
  };
  const events = root.getAllSubcomponents('vevent').map((vevent): ReadEvent => {
    const start = vevent.getFirstProperty('dtstart')!;
    const end = vevent.getFirstProperty('dtend')!;
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      summary: String(vevent.getFirstPropertyValue('summary') ?? ''),
      location: (vevent.getFirstPropertyValue('location') as string | null) ?? null,
      description: (vevent.getFirstPropertyValue('description') as string | null) ?? null,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      tzid: (start.getParameter('tzid') as string | undefined) ?? null,
      localStart: (start.getFirstValue() as ICAL.Time).toString(),
      startUtc: utc(start),
      endUtc: utc(end),
      dtstampRaw: raw(vevent, 'dtstamp') ?? '',
      organizer: (vevent.getFirstPropertyValue('organizer') as string | null) ?? null,
      attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    };
  });
  return {
    method: (root.getFirstPropertyValue('method') as string | null) ?? null,
    name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    refreshInterval: raw(root, 'refresh-interval'),
    publishedTtl: raw(root, 'x-published-ttl'),
    timezones: [...zones.keys()],
    events,
  };
}
