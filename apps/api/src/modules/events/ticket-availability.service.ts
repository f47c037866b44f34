import { Injectable } from '@nestjs/common';
import { saleProblem } from '@confer/libs/orders';
import { Clock } from '../../core/clock/clock';
import type { EventEntity } from './entities/event.entity';
import type { TicketTypeEntity } from './entities/ticket-type.entity';
import { EventRepository } from './event.repository';
import { fewestSeatsLeft } from './graphql/events.mapper';
import { TicketTypeRepository } from './ticket-type.repository';

export interface TicketAvailability {
  ticket: TicketTypeEntity;
  /** Across the ticket and, for a bundle, every component; null = unlimited. */
  seatsLeft: number | null;
  onSale: boolean;
  /** The events a unit gives a seat in. */
  eventIds: string[];
}

/** Seats left and sale status of what each event sells (its tickets and the bundles that include it). */
@Injectable()
export class TicketAvailabilityService {
  constructor(
    private readonly tickets: TicketTypeRepository,
    private readonly events: EventRepository,
    private readonly clock: Clock,
  ) {}

  /** Per event id, in display order: the event's own tickets, then bundles that include it. */
  async forEvents(eventIds: readonly string[]): Promise<Map<string, TicketAvailability[]>> {
    const [own, bundles] = await Promise.all([this.tickets.forEvents(eventIds), this.tickets.bundlesForEvents(eventIds)]);
    const items = await this.tickets.bundleItems([...new Set(bundles.map((b) => b.bundle.id))]);
    const componentIds = [...new Set(items.map((i) => i.ticketTypeId))];
    const components = new Map([...own, ...(await this.tickets.findByIds(componentIds.filter((id) => !own.some((t) => t.id === id))))].map((t) => [t.id, t]));
    const eventsById = new Map((await this.events.findByIds([...new Set([...components.values()].map((c) => c.eventId!))])).map((e) => [e.id, e]));
    const describe = (ticket: TicketTypeEntity): TicketAvailability => {
      const parts = ticket.kind === 'bundle' ? items.filter((i) => i.bundleId === ticket.id).map((i) => components.get(i.ticketTypeId)).filter((c): c is TicketTypeEntity => !!c) : [ticket];
      const evs = parts.map((p) => eventsById.get(p.eventId!)).filter((e): e is EventEntity => !!e);
      const seatsLeft = fewestSeatsLeft([ticket, ...parts]);
      const problem = saleProblem(
        { active: ticket.active, events: evs, saleStartsAt: ticket.saleStartsAt, saleEndsAt: ticket.saleEndsAt, maxPerOrder: ticket.maxPerOrder, audience: 'anyone', seatsLeft: null },
        { quantity: 1, buyerTier: 'premium', now: this.clock.now() },
      );
      return { ticket, seatsLeft, onSale: problem === null, eventIds: evs.map((e) => e.id) };
    };
    const result = new Map<string, TicketAvailability[]>();
    for (const id of eventIds) {
      result.set(id, [...own.filter((t) => t.eventId === id), ...bundles.filter((b) => b.eventId === id).map((b) => b.bundle)].map(describe));
    }
    return result;
  }

  /** The events whose numbers move when these ticket rows change (a component moves its bundles' events too). */
  async eventsTouchedBy(ticketTypeIds: readonly string[]): Promise<string[]> {
    const rows = await this.tickets.findByIds(ticketTypeIds);
    const bundleIds = rows.filter((t) => t.kind === 'bundle').map((t) => t.id);
    const components = await this.tickets.findByIds((await this.tickets.bundleItems(bundleIds)).map((i) => i.ticketTypeId));
    return [...new Set([...rows, ...components].map((t) => t.eventId).filter((id): id is string => !!id))];
  }
}
