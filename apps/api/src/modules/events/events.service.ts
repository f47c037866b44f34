import { Injectable } from '@nestjs/common';
import { eventsPolicy, isStaff } from '@confer/libs/access';
import { groupAgenda } from '@confer/libs/events';
import { Clock } from '../../core/clock/clock';
import { RequestLoaders } from '../../core/loaders/request-loaders';
import type { ResolvedViewer } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import type { EventEntity, EventKind } from './entities/event.entity';
import type { EventSessionEntity } from './entities/event-session.entity';
import { EventRepository } from './event.repository';
import { EventsException } from './events.exception';
import type { AgendaDayModel, EventSpeakerModel } from './graphql/event.model';
import { toSessionModel, toTicketTypeModel } from './graphql/events.mapper';
import type { TicketTypeModel } from './graphql/ticket.model';
import { OrderRepository } from './order.repository';
import { TicketAvailability, TicketAvailabilityService } from './ticket-availability.service';
import { TicketTypeRepository } from './ticket-type.repository';

/** Reading events: the list, one event, its agenda and what it sells. Every read asks eventsPolicy. */
@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventRepository,
    private readonly tickets: TicketTypeRepository,
    private readonly orders: OrderRepository,
    private readonly users: UserRepository,
    private readonly availability: TicketAvailabilityService,
    private readonly clock: Clock,
  ) {}

  /** Upcoming (or, with includePast, all) events the viewer may see, soonest first. */
  list(actor: ResolvedViewer, kind: EventKind | null, includePast: boolean): Promise<EventEntity[]> {
    return this.events.list({ includeDrafts: isStaff(actor.viewer), endingAfter: includePast ? null : this.clock.now(), kind, limit: 200 });
  }

  async bySlug(actor: ResolvedViewer, slug: string): Promise<EventEntity> {
    return this.visible(actor, await this.events.findBySlug(slug.slice(0, 80).toLowerCase()));
  }

  async byId(actor: ResolvedViewer, id: string): Promise<EventEntity> {
    return this.visible(actor, await this.events.findById(id));
  }

  private visible(actor: ResolvedViewer, event: EventEntity | null): EventEntity {
    if (!event || !eventsPolicy.canSeeEvent(actor.viewer, event)) throw new EventsException('EVENT_NOT_FOUND');
    return event;
  }

  /** Sessions grouped by day at the venue and by track; times as UTC instants and venue wall-clock. */
  async agenda(loaders: RequestLoaders, event: EventEntity): Promise<AgendaDayModel[]> {
    const sessions = await loaders
      .get<string, EventSessionEntity[]>('events.sessions', async (ids) => {
        const rows = await this.events.sessionsForEvents(ids);
        return ids.map((id) => rows.filter((s) => s.eventId === id));
      })
      .load(event.id);
    const speakers = await this.speakers(sessions.map((s) => s.id));
    return groupAgenda(sessions, event.timeZone).map((day) => ({
      date: day.date,
      tracks: day.tracks.map((t) => ({ name: t.name, sessions: t.sessions.map((s) => toSessionModel(s, event.timeZone, speakers.get(s.id) ?? [])) })),
    }));
  }

  private async speakers(sessionIds: string[]): Promise<Map<string, EventSpeakerModel[]>> {
    const links = await this.events.speakersForSessions(sessionIds);
    const users = new Map((await this.users.findByIds([...new Set(links.map((l) => l.userId))])).map((u) => [u.id, u]));
    const result = new Map<string, EventSpeakerModel[]>();
    for (const l of links) {
      const u = users.get(l.userId);
      if (!u) continue;
      // Speakers are shown publicly: their public profile line only, never an email.
      const list = result.get(l.sessionId) ?? [];
      list.push({ userId: u.id, displayName: u.displayName, credentials: u.credentials, jobTitle: u.jobTitle, organizationName: u.organizationName });
      result.set(l.sessionId, list);
    }
    return result;
  }

  /** What the event sells, with seats left: one query set per request for a whole list of events. */
  async ticketTypes(loaders: RequestLoaders, eventId: string): Promise<TicketTypeModel[]> {
    const list = await loaders
      .get<string, TicketAvailability[]>('events.availability', async (ids) => {
        const map = await this.availability.forEvents(ids);
        return ids.map((id) => map.get(id) ?? []);
      })
      .load(eventId);
    return list.map((a) => toTicketTypeModel(a.ticket, a.seatsLeft, a.onSale, a.eventIds));
  }

  /** Premium Individual membership, sold through the same checkout. */
  async membershipProducts(): Promise<TicketTypeModel[]> {
    return (await this.tickets.membershipProducts()).map((t) => toTicketTypeModel(t, null, t.active, []));
  }

  /** The course sold on its own ($250), bought through the same checkout; null when not on sale. */
  async courseProduct(courseSlug: string): Promise<TicketTypeModel | null> {
    const t = await this.tickets.courseProduct(courseSlug);
    return t ? toTicketTypeModel(t, null, t.active, []) : null;
  }

  /** A webinar's links: its registrants and staff only. */
  async mayJoin(actor: ResolvedViewer, loaders: RequestLoaders, event: EventEntity): Promise<boolean> {
    const userId = actor.viewer.userId;
    const registered = userId ? await loaders.memo(`events.registered:${event.id}`, () => this.orders.isRegistered(userId, event.id)) : false;
    return eventsPolicy.canSeeJoinLink(actor.viewer, registered);
  }
}
