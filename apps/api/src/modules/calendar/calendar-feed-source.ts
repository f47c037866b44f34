import { DiscoveryService } from '@nestjs/core';

/** One entry of a calendar feed, as an area describes it. Times are instants; `timeZone` is how to show them. */
export interface CalendarFeedItem {
  /** The same UID the area's invites use, so a feed and an invite update one calendar event. */
  uid: string;
  /** Stored by the area and raised on every change. */
  sequence: number;
  /** The item's last change: DTSTAMP/LAST-MODIFIED, so a feed only changes when an item does. */
  lastModified: Date;
  start: Date;
  end: Date;
  /** IANA zone the times are written in (the event's or the expert's). */
  timeZone: string;
  title: string;
  location: string | null;
  description: string | null;
  url: string | null;
}

export interface CalendarFeedSnapshot {
  version: string;
  items: CalendarFeedItem[];
}

/**
 * What an area (consultations, event registrations, agenda sessions, webinars…) adds to calendars.
 * Each source applies its own access rules: only items the user may see, never board content.
 * Register one by decorating a provider of the area's module with `@CalendarFeedSourceProvider()`.
 */
export interface CalendarFeedSource {
  /** Short, stable name, e.g. 'consultations'. */
  readonly key: string;
  /** Everything of this area in one member's personal feed. */
  personalItems(userId: string): Promise<CalendarFeedItem[]>;
  /**
   * Optional, with personalSnapshot: a fingerprint of everything personalItems would render, read
   * cheaply (e.g. a hash computed in SQL), so a poll of an unchanged feed builds no items at all.
   */
  personalVersion?(userId: string): Promise<string>;
  /** personalItems with their fingerprint (equal to personalVersion's), both from one read. */
  personalSnapshot?(userId: string): Promise<CalendarFeedSnapshot>;
  /** Items of the public calendar (published events); sources without public items omit it. */
  publicItems?(): Promise<CalendarFeedItem[]>;
  /** One item by UID for a single .ics download, or null when the user may not see it (or it does not exist). */
  itemForUser(userId: string, uid: string): Promise<CalendarFeedItem | null>;
}

/** Marks a provider as a calendar feed source; the calendar module finds every one at start-up. */
export const CalendarFeedSourceProvider = DiscoveryService.createDecorator<{ key?: string } | undefined>();
