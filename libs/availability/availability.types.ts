/** ISO weekday as luxon counts it: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A recurring window in the expert's own zone, e.g. Mondays 09:00–12:00. */
export interface WeeklyRule {
  weekday: Weekday;
  /** 'HH:mm' wall-clock time in the expert's zone. */
  start: string;
  /** 'HH:mm', later than `start`, or '24:00' for end of day. Rules never cross midnight: use two. */
  end: string;
}

/**
 * A change for one local date. 'off' without times = whole day off; 'off' with times = those hours
 * off; 'extra' (times required) = hours added, e.g. a Saturday. 'off' wins over 'extra'.
 */
export interface DateOverride {
  /** 'yyyy-MM-dd' in the expert's zone. */
  date: string;
  kind: 'off' | 'extra';
  start?: string;
  end?: string;
}

/**
 * A bookable window at the Annual Conference (the 'expert consultations' sessions), regardless of
 * weekly rules and overrides. Instants carry an explicit offset or 'Z'.
 */
export interface OnSiteBlock {
  start: string;
  end: string;
  location: string;
}

/** A non-cancelled booking of this expert, as stored: UTC instants without buffers. */
export interface ExistingBooking {
  start: string;
  end: string;
}

export interface AvailabilitySettings {
  /** IANA zone of the expert, e.g. 'America/New_York'. Rules and overrides are read in it. */
  timeZone: string;
  rules: WeeklyRule[];
  overrides: DateOverride[];
  onSite: OnSiteBlock[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  /** Calendar days in the expert's zone (not 24h blocks); 1–365. */
  horizonDays: number;
  /** Bookings per expert-local date; null = no limit. */
  maxPerDay: number | null;
  /** Distance between candidate starts; defaults to the slot duration. */
  slotStepMinutes?: number;
}

export interface Slot {
  /** ISO UTC with 'Z'. */
  start: string;
  end: string;
  /** Conference location when the slot comes from an on-site block, otherwise null (online). */
  onSite: string | null;
}

export interface InstantRange {
  start: string;
  end: string;
}

export interface ViewerSlot {
  start: string;
  end: string;
  /** Start time in the viewer's zone, e.g. '9:00 AM'. */
  label: string;
  onSite: string | null;
}

export interface ViewerDay {
  /** 'yyyy-MM-dd' in the viewer's zone. */
  date: string;
  slots: ViewerSlot[];
}

export type AvailabilityCheck = { ok: true } | { ok: false; problems: string[] };
