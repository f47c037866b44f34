import { Inject, Injectable } from '@nestjs/common';
import { eventsPolicy } from '@confer/libs/access';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { MembershipService } from '../accounts/membership.service';
import { CalendarFeedItem, CalendarFeedSource, CalendarFeedSourceProvider } from '../calendar/calendar-feed-source';
import type { EventSessionEntity } from './entities/event-session.entity';
import type { EventEntity } from './entities/event.entity';
import { EventRepository } from './event.repository';
import { RegistrationRepository, RegistrationRow } from './registration.repository';

const AGENDA_UID = /^agenda-([0-9a-f-]{36})-([0-9a-f-]{36})@/;
const EVENT_UID = /^event-([0-9a-f-]{36})@/;

/**
 * Events in calendars. Personal feed: the seats a member attends with (the invite's own UID and
 * SEQUENCE, so feed and invite are one calendar entry; webinars included) and the sessions they chose
 * for their agenda. Public feed: published events. Cancelled seats and events drop out of the feed.
 */
@Injectable()
@CalendarFeedSourceProvider()
export class EventsCalendarSource implements CalendarFeedSource {
  readonly key = 'events';

  constructor(
    private readonly regs: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly membership: MembershipService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get host(): string {
    return new URL(this.config.publicUrl).hostname;
  }

  async personalItems(userId: string): Promise<CalendarFeedItem[]> {
    const [seats, chosen] = await Promise.all([this.regs.confirmedForAttendee(userId), this.regs.chosenSessionsFor(userId)]);
    const events = new Map((await this.events.findByIds([...new Set([...seats.map((s) => s.eventId), ...chosen.map((c) => c.session.eventId)])])).map((e) => [e.id, e]));
    const live = (e: EventEntity | undefined): e is EventEntity => !!e && e.status === 'published';
    return [
      ...seats.flatMap((r) => (live(events.get(r.eventId)) ? [this.seatItem(r, events.get(r.eventId)!)] : [])),
      ...chosen.flatMap((c) => (live(events.get(c.session.eventId)) ? [this.sessionItem(c.registrationId, c.session, events.get(c.session.eventId)!, c.chosenAt)] : [])),
    ];
  }

  /** Published events from a month ago onwards. */
  async publicItems(): Promise<CalendarFeedItem[]> {
    const since = new Date(this.clock.now().getTime() - 31 * 86_400_000);
    const list = await this.events.list({ includeDrafts: false, endingAfter: since, kind: null, limit: 500 });
    return list.filter((e) => e.status === 'published').map((e) => this.eventItem(e));
  }

  async itemForUser(userId: string, uid: string): Promise<CalendarFeedItem | null> {
    const { viewer } = await this.membership.viewerForUserId(userId);
    const agenda = AGENDA_UID.exec(uid);
    if (agenda) {
      const found = (await this.regs.chosenSessionsFor(userId)).find((c) => c.registrationId === agenda[1] && c.session.id === agenda[2]);
      const event = found ? await this.events.findById(found.session.eventId) : null;
      return found && event ? this.sessionItem(found.registrationId, found.session, event, found.chosenAt) : null;
    }
    const public_ = EVENT_UID.exec(uid);
    if (public_) {
      const event = await this.events.findById(public_[1]);
      return event && event.status === 'published' && eventsPolicy.canSeeEvent(viewer, event) ? this.eventItem(event) : null;
    }
    const seat = await this.regs.findByIcsUid(uid);
    if (!seat || seat.status !== 'confirmed' || !eventsPolicy.canSeeRegistration(viewer, seat)) return null;
    const event = await this.events.findById(seat.eventId);
    return event ? this.seatItem(seat, event) : null;
  }

  private seatItem(r: RegistrationRow, e: EventEntity): CalendarFeedItem {
    return {
      uid: r.icsUid,
      sequence: r.icsSequence,
      lastModified: latest(r.updatedAt, e.updatedAt),
      start: e.startsAt,
      end: e.endsAt,
      timeZone: e.timeZone,
      title: e.title,
      location: e.kind === 'webinar' ? (e.joinUrl ?? 'Online') : place(e),
      description: [e.summary, e.kind === 'webinar' && e.joinUrl ? `Join: ${e.joinUrl}` : null].filter(Boolean).join('\n\n') || null,
      url: `${this.config.publicUrl}/events/${e.slug}`,
    };
  }

  private sessionItem(registrationId: string, s: EventSessionEntity, e: EventEntity, chosenAt: Date): CalendarFeedItem {
    return {
      uid: `agenda-${registrationId}-${s.id}@${this.host}`,
      sequence: 0,
      lastModified: latest(chosenAt, e.updatedAt),
      start: s.startsAt,
      end: s.endsAt,
      timeZone: e.timeZone,
      title: `${s.title} — ${e.title}`,
      location: [s.room, place(e)].filter(Boolean).join(', ') || null,
      description: s.description,
      url: `${this.config.publicUrl}/events/${e.slug}/agenda`,
    };
  }

  private eventItem(e: EventEntity): CalendarFeedItem {
    return {
      uid: `event-${e.id}@${this.host}`,
      sequence: 0,
      lastModified: e.updatedAt,
      start: e.startsAt,
      end: e.endsAt,
      timeZone: e.timeZone,
      title: e.title,
      // The public feed never carries a webinar's join link.
      location: e.kind === 'webinar' ? 'Online' : place(e),
      description: e.summary,
      url: `${this.config.publicUrl}/events/${e.slug}`,
    };
  }
}

function place(e: EventEntity): string | null {
  return [e.venueName, e.venueAddress].filter(Boolean).join(', ') || null;
}

function latest(a: Date, b: Date): Date {
  return a.getTime() > b.getTime() ? a : b;
}
