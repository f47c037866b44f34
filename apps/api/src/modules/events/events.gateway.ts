import { eventsPolicy } from '@confer/libs/access';
import { isUuid } from '@confer/libs/text';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { userRoom } from '../../core/realtime/realtime.gateway';
import { MembershipService } from '../accounts/membership.service';
import { EventRepository } from './event.repository';
import type { EventSeatsModel } from './graphql/event.model';
import { toWaitlistModel } from './graphql/events.mapper';
import { SeatChanges } from './seat-changes';
import { TicketAvailabilityService } from './ticket-availability.service';
import { WaitlistRepository } from './waitlist.repository';

export const eventRoom = (eventId: string) => `events:event:${eventId}`;
// Under a rush of checkouts, one count per event per interval is enough for a live "seats left".
const SEATS_COALESCE_MS = 100;

type Ack = { ok: true; seats?: EventSeatsModel[] } | { ok: false; error: { code: string; reason: string; message: string } };

/**
 * Live seat counts per event (anyone who may see the event may watch it) and each member's own
 * waiting-list places (sent to their user room only).
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class EventsGateway implements OnModuleDestroy {
  private readonly logger = new Logger('EventsRealtime');
  @WebSocketServer() server: Server;
  private readonly pendingEvents = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly events: EventRepository,
    private readonly availability: TicketAvailabilityService,
    private readonly waitlist: WaitlistRepository,
    private readonly membership: MembershipService,
  ) {}

  /** A count still waiting when the app stops is dropped (the database is going away). */
  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingEvents.clear();
  }

  @SubscribeMessage('events:join')
  async join(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const raw = (body as { eventId?: unknown } | null)?.eventId;
    if (!isUuid(raw)) return { ok: false, error: { code: 'BAD_USER_INPUT', reason: 'INVALID_EVENT', message: 'Send { eventId } with an event id.' } };
    const eventId = raw.toLowerCase();
    const { viewer } = await this.membership.viewerForUserId(socket.data.userId ?? undefined);
    const event = await this.events.findById(eventId);
    if (!event || !eventsPolicy.canSeeEvent(viewer, event)) return { ok: false, error: { code: 'NOT_FOUND', reason: 'EVENT_NOT_FOUND', message: 'No such event.' } };
    await socket.join(eventRoom(eventId));
    return { ok: true, seats: await this.seats(eventId) };
  }

  @SubscribeMessage('events:leave')
  async leave(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Promise<Ack> {
    const raw = (body as { eventId?: unknown } | null)?.eventId;
    if (isUuid(raw)) await socket.leave(eventRoom(raw.toLowerCase()));
    return { ok: true };
  }

  /** Announces what a committed transaction changed. Never throws: the change itself has succeeded. */
  publish(changes: SeatChanges): void {
    if (!this.server || this.stopped) return;
    void this.announce(changes).catch((e) => this.stopped || this.logger.error(e));
  }

  private async announce(changes: SeatChanges): Promise<void> {
    if (changes.ticketTypeIds.size) {
      const events = changes.eventIds.size ? [...changes.eventIds] : await this.availability.eventsTouchedBy([...changes.ticketTypeIds]);
      for (const id of events) this.pendingEvents.add(id);
      // An announcement still reading when the app stops must not start a count after it has stopped.
      if (!this.stopped) this.timer ??= setTimeout(() => void this.flushSeats().catch((e) => this.stopped || this.logger.error(e)), SEATS_COALESCE_MS);
    }
    const members = new Set(changes.members);
    for (const ticketTypeId of changes.queues) for (const place of await this.waitlist.queue(ticketTypeId)) members.add(place.userId);
    for (const userId of members) await this.sendPlaces(userId);
  }

  private async flushSeats(): Promise<void> {
    this.timer = null;
    const ids = [...this.pendingEvents];
    this.pendingEvents.clear();
    const all = await this.availability.forEvents(ids);
    for (const id of ids) this.server.to(eventRoom(id)).emit('events:seats', { eventId: id, seats: this.toSeats(all.get(id) ?? []), sentAt: Date.now() });
  }

  /** A member's places with their positions: only ever sent to that member. */
  async sendPlaces(userId: string): Promise<void> {
    const places = await this.waitlist.forUser(userId);
    // Enum values as GraphQL spells them, so the web app handles both the same way.
    const payload = places.map((p) => ({ ...toWaitlistModel(p.entry, p.position), status: p.entry.status.toUpperCase() }));
    this.server?.to(userRoom(userId)).emit('events:waitlist', { places: payload });
  }

  private async seats(eventId: string): Promise<EventSeatsModel[]> {
    return this.toSeats((await this.availability.forEvents([eventId])).get(eventId) ?? []);
  }

  private toSeats(list: { ticket: { id: string }; seatsLeft: number | null }[]): EventSeatsModel[] {
    return list.map((a) => ({ ticketTypeId: a.ticket.id, seatsLeft: a.seatsLeft, soldOut: a.seatsLeft !== null && a.seatsLeft <= 0 }));
  }
}
