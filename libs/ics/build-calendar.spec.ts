import { readIcs } from '../../tests/utils/ics-reader';
import { buildFeed, buildInvite, buildSingle } from './build-calendar.rule';
import type { IcsInvite, IcsItem } from './ics.types';
import { vtimezone } from './vtimezone.rule';

const item = (changes: Partial<IcsItem> = {}): IcsItem => ({
  uid: 'consultation-1@confer',
  sequence: 0,
  lastModified: '2026-05-01T10:00:00.123Z',
  start: '2026-06-02T14:00:00Z',
  end: '2026-06-02T14:30:00Z',
  timeZone: 'America/New_York',
  title: 'Strategy review with Ada Okafor',
  location: 'https://meet.example.org/ada',
  description: 'One-to-one consultation.',
  url: 'https://confer.test/consultations',
  ...changes,
});

const invite = (changes: Partial<IcsItem> = {}): IcsInvite => ({
  ...item(changes),
  organizer: { name: 'Confer consultations', email: 'no-reply@confer.test' },
  attendees: [
    { name: 'Ada Okafor', email: 'ada@confer.test', role: 'CHAIR' },
    { name: 'Sam Member', email: 'sam@example.org' },
  ],
});

describe('buildInvite: iTIP REQUEST and CANCEL, read back with ical.js', () => {
  it.each<[string, Partial<IcsItem>, string, string]>([
    // label, item, TZID local start, UTC start computed by ical.js from our VTIMEZONE
    ['summer in New York (EDT)', {}, '2026-06-02T10:00:00', '2026-06-02T14:00:00.000Z'],
    ['winter in New York (EST)', { start: '2026-12-01T15:00:00Z', end: '2026-12-01T15:30:00Z' }, '2026-12-01T10:00:00', '2026-12-01T15:00:00.000Z'],
    ['first hour after spring forward', { start: '2026-03-08T07:00:00Z', end: '2026-03-08T08:00:00Z' }, '2026-03-08T03:00:00', '2026-03-08T07:00:00.000Z'],
    ['second 01:30 of the fall-back night (EST)', { start: '2026-11-01T06:30:00Z', end: '2026-11-01T07:00:00Z' }, '2026-11-01T01:30:00', '2026-11-01T06:30:00.000Z'],
    ['Chicago expert', { timeZone: 'America/Chicago' }, '2026-06-02T09:00:00', '2026-06-02T14:00:00.000Z'],
    ['Berlin, given with an offset', { start: '2026-06-02T16:00:00+02:00', end: '2026-06-02T16:30:00+02:00', timeZone: 'Europe/Berlin' }, '2026-06-02T16:00:00', '2026-06-02T14:00:00.000Z'],
    ['Kolkata (no daylight saving, +05:30)', { timeZone: 'Asia/Kolkata' }, '2026-06-02T19:30:00', '2026-06-02T14:00:00.000Z'],
  ])('%s', (_label, changes, localStart, startUtc) => {
    const read = readIcs(buildInvite('REQUEST', invite(changes)));
    const zone = changes.timeZone ?? 'America/New_York';
    expect(read.method).toBe('REQUEST');
    expect(read.timezones).toEqual([zone]);
    expect(read.events).toHaveLength(1);
    expect(read.events[0]).toMatchObject({ uid: 'consultation-1@confer', tzid: zone, localStart, startUtc, status: 'CONFIRMED' });
  });

  it('carries ORGANIZER, both ATTENDEEs, the stored SEQUENCE and a UTC DTSTAMP from the last change', () => {
    const text = buildInvite('REQUEST', invite({ sequence: 4 }));
    const event = readIcs(text).events[0];
    expect(event.organizer).toBe('mailto:no-reply@confer.test');
    expect(event.attendees.map((a) => a.toLowerCase())).toEqual(['mailto:ada@confer.test', 'mailto:sam@example.org']);
    expect(event.sequence).toBe(4);
    expect(event.dtstampRaw).toBe('20260501T100000Z');
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
  });

  it('cancels with METHOD:CANCEL, STATUS:CANCELLED and the same UID', () => {
    const read = readIcs(buildInvite('CANCEL', invite({ sequence: 2 })));
    expect(read.method).toBe('CANCEL');
    expect(read.events[0]).toMatchObject({ uid: 'consultation-1@confer', sequence: 2, status: 'CANCELLED' });
  });
});

describe('buildFeed and buildSingle', () => {
  const items = [item(), item({ uid: 'b@confer', start: '2026-01-10T15:00:00Z', end: '2026-01-10T16:00:00Z', timeZone: 'Asia/Kolkata', lastModified: '2026-01-01T00:00:00Z' })];

  it('names the calendar, sets the refresh interval and sorts events by start', () => {
    const read = readIcs(buildFeed({ name: 'Confer — Sam Member', refreshMinutes: 60, items }));
    expect(read).toMatchObject({ method: null, name: 'Confer — Sam Member', refreshInterval: 'PT1H', publishedTtl: 'PT1H' });
    expect(read.events.map((e) => e.uid)).toEqual(['b@confer', 'consultation-1@confer']);
    expect(read.timezones.sort()).toEqual(['America/New_York', 'Asia/Kolkata']);
    expect(read.events.map((e) => e.dtstampRaw)).toEqual(['20260101T000000Z', '20260501T100000Z']);
  });

  it('gives the same bytes for the same items (ETag-friendly), different bytes after a change', () => {
    const a = buildFeed({ name: 'x', refreshMinutes: 60, items });
    expect(buildFeed({ name: 'x', refreshMinutes: 60, items: [...items].reverse() })).toBe(a);
    expect(buildFeed({ name: 'x', refreshMinutes: 60, items: [item({ sequence: 1, lastModified: '2026-05-02T00:00:00Z' }), items[1]] })).not.toBe(a);
  });

  it('writes an empty feed without events', () => {
    expect(readIcs(buildFeed({ name: 'Empty', refreshMinutes: 30, items: [] })).events).toEqual([]);
  });

  it('keeps a cancelled feed item as STATUS:CANCELLED', () => {
    expect(readIcs(buildFeed({ name: 'x', refreshMinutes: 60, items: [item({ cancelled: true })] })).events[0].status).toBe('CANCELLED');
  });

  it('a single download is METHOD:PUBLISH with one event', () => {
    const read = readIcs(buildSingle(item()));
    expect(read.method).toBe('PUBLISH');
    expect(read.events.map((e) => e.uid)).toEqual(['consultation-1@confer']);
  });

  it('refuses an invalid instant', () => {
    expect(() => buildSingle(item({ start: 'soon' }))).toThrow(RangeError);
  });
});

describe('vtimezone', () => {
  it.each<[string, number, number, number]>([
    // zone, from, to, observances (the one in force on 1 January + one per change)
    ['America/New_York', 2026, 2026, 3],
    ['America/New_York', 2026, 2027, 5],
    ['Europe/Berlin', 2026, 2026, 3],
    ['Asia/Kolkata', 2026, 2027, 1],
    ['UTC', 2026, 2026, 1],
  ])('%s %i–%i has %i observances', (zone, from, to, count) => {
    const text = vtimezone(zone, from, to)!;
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toHaveLength(count);
  });

  it('pins the US changes to the minute, in local time before the change', () => {
    const text = vtimezone('America/New_York', 2026, 2026)!;
    expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400');
    expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500');
  });

  it.each([['Mars/Olympus'], ['+02:00'], ['']])('returns null for %p', (zone) => {
    expect(vtimezone(zone, 2026, 2026)).toBeNull();
  });
});

describe('line folding (RFC 5545 §3.1: lines of at most 75 octets)', () => {
  it('folds long lines by octets, never inside a character, and reads back unchanged', () => {
    // 2-, 3- and 4-byte characters around the fold points; ASCII lines stay as they are.
    const title = `Revue stratégique — ${'préparation 医療 🩺 '.repeat(12)}`.trim();
    const text = buildFeed({ name: 'Folding', refreshMinutes: 60, items: [item({ title, description: 'x'.repeat(300) })] });
    const lines = text.split('\r\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    expect(readIcs(text).events[0].summary).toBe(title);
    expect(readIcs(text).events[0].description).toBe('x'.repeat(300));
  });
});
