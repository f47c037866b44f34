import { Injectable } from '@nestjs/common';
import { isSignedIn, isStaff } from '@confer/libs/access';
import { saleProblem } from '@confer/libs/orders';
import { Clock } from '../../core/clock/clock';
import { TransactionRunner, Tx } from '../../core/database/transaction-runner';
import type { ResolvedViewer } from '../accounts/membership.service';
import { CheckoutService } from './checkout.service';
import type { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { EventsException } from './events.exception';
import { EventsGateway } from './events.gateway';
import type { AcceptWaitlistOfferInput } from './graphql/checkout.input';
import { fewestSeatsLeft, toTicketTypeModel, toWaitlistModel } from './graphql/events.mapper';
import type { OrderModel } from './graphql/order.model';
import type { TicketTypeModel } from './graphql/ticket.model';
import type { WaitlistEntryModel } from './graphql/waitlist.model';
import { SeatChanges } from './seat-changes';
import { SeatLedgerService } from './seat-ledger.service';
import { TicketAvailabilityService } from './ticket-availability.service';
import { TicketTypeRepository } from './ticket-type.repository';
import { WaitlistRepository } from './waitlist.repository';

const UNIQUE_VIOLATION = '23505';

/**
 * The waiting list of a sold-out ticket: first come, first offered. An offer keeps the freed seat
 * (still counted as taken) for WAITLIST_OFFER_HOURS; accepting turns it into an order, declining or
 * letting it lapse passes it to the next person.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly waitlist: WaitlistRepository,
    private readonly tickets: TicketTypeRepository,
    private readonly checkout: CheckoutService,
    private readonly seats: SeatLedgerService,
    private readonly availability: TicketAvailabilityService,
    private readonly live: EventsGateway,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async join(actor: ResolvedViewer, ticketTypeId: string, quantity: number): Promise<WaitlistEntryModel> {
    const userId = this.signedIn(actor);
    const p = await this.checkout.purchase(actor, ticketTypeId);
    // A place is for up to ten seats (the table's limit), and never more than one order may buy.
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10) throw new EventsException('INVALID_QUANTITY');
    if (p.ticket.kind !== 'event' || p.ticket.capacity === null) throw new EventsException('NO_WAITLIST');
    const counts = await this.tickets.seatCounts(p.seatRows);
    const problem = saleProblem(
      { active: p.ticket.active, events: p.events, saleStartsAt: p.ticket.saleStartsAt, saleEndsAt: p.ticket.saleEndsAt, maxPerOrder: p.ticket.maxPerOrder, audience: p.ticket.audience, seatsLeft: null },
      { quantity, buyerTier: actor.membership.tier, now: this.clock.now() },
    );
    if (problem) throw new EventsException(problem);
    if ((fewestSeatsLeft(counts) ?? Infinity) >= quantity) throw new EventsException('NOT_SOLD_OUT');
    const changes = new SeatChanges();
    let entryId: string;
    try {
      entryId = await this.transactions.run(async (tx) => {
        const entry = await this.waitlist.insert(tx, { eventId: p.events[0].id, ticketTypeId: p.ticket.id, userId, quantity });
        // A seat freed between the check and now would otherwise wait for the next release.
        await this.seats.offerFreeSeats(tx, p.ticket.id, changes);
        return entry.id;
      });
    } catch (e) {
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) throw new EventsException('ALREADY_WAITLISTED');
      throw e;
    }
    changes.members.add(userId);
    this.live.publish(changes);
    return this.one(entryId);
  }

  async mine(actor: ResolvedViewer): Promise<WaitlistEntryModel[]> {
    return (await this.waitlist.forUser(this.signedIn(actor))).map((p) => toWaitlistModel(p.entry, p.position));
  }

  /** Leave the queue (or turn down an offer). */
  async leave(actor: ResolvedViewer, entryId: string): Promise<void> {
    await this.move(actor, entryId, (entry) => (entry.status === 'offered' ? 'declined' : entry.status === 'waiting' ? 'left' : null));
  }

  async decline(actor: ResolvedViewer, entryId: string): Promise<void> {
    await this.move(actor, entryId, (entry) => (entry.status === 'offered' ? 'declined' : null));
  }

  private async move(actor: ResolvedViewer, entryId: string, next: (e: WaitlistEntryEntity) => 'declined' | 'left' | null): Promise<void> {
    const userId = this.signedIn(actor);
    const changes = new SeatChanges();
    await this.transactions.run(async (tx) => {
      const entry = await this.owned(tx, userId, entryId);
      const status = next(entry);
      if (!status) throw new EventsException('NO_OFFER');
      await this.endPlace(tx, entry, status, changes);
    });
    changes.members.add(userId);
    this.live.publish(changes);
  }

  /** Takes the offered seat: an order (pending, or confirmed at once when free) that uses the held seats. */
  async accept(actor: ResolvedViewer, input: AcceptWaitlistOfferInput): Promise<OrderModel> {
    const userId = this.signedIn(actor);
    const changes = new SeatChanges();
    const result = await this.transactions.run(async (tx) => {
      const entry = await this.owned(tx, userId, input.entryId);
      if (entry.status === 'accepted' && entry.orderId) return { orderId: entry.orderId };
      if (entry.status !== 'offered') throw new EventsException('NO_OFFER');
      if (entry.offerExpiresAt!.getTime() <= this.clock.now().getTime()) {
        await this.endPlace(tx, entry, 'lapsed', changes);
        return { lapsed: true as const };
      }
      const p = await this.checkout.purchase(actor, entry.ticketTypeId, tx);
      const order = await this.checkout.placeOrder(actor, p, { ...input, quantity: entry.quantity }, entry, tx);
      await this.waitlist.update(tx, entry.id, { status: 'accepted', heldSeats: 0, orderId: order.id });
      changes.queues.add(entry.ticketTypeId);
      return { orderId: order.id };
    });
    changes.members.add(userId);
    this.live.publish(changes);
    if ('lapsed' in result) throw new EventsException('OFFER_EXPIRED');
    return this.checkout.order(actor, result.orderId);
  }

  /** The offer ran out (job or sweep): the seat goes to the next person. */
  async lapse(entryId: string): Promise<boolean> {
    const changes = new SeatChanges();
    const lapsed = await this.transactions.run(async (tx) => {
      const entry = await this.waitlist.lock(tx, entryId);
      if (!entry || entry.status !== 'offered' || entry.offerExpiresAt!.getTime() > this.clock.now().getTime()) return false;
      await this.endPlace(tx, entry, 'lapsed', changes);
      changes.members.add(entry.userId);
      return true;
    });
    this.live.publish(changes);
    return lapsed;
  }

  async lapseDue(): Promise<number> {
    let n = 0;
    for (const id of await this.waitlist.lapsedOffers(this.clock.now(), 500)) if (await this.lapse(id)) n += 1;
    return n;
  }

  /** Staff change a ticket's capacity; new seats go to the waiting list first. */
  async setCapacity(actor: ResolvedViewer, ticketTypeId: string, capacity: number): Promise<TicketTypeModel> {
    this.signedIn(actor);
    if (!isStaff(actor.viewer)) throw new EventsException('NOT_STAFF');
    const changes = new SeatChanges();
    await this.transactions.run(async (tx) => {
      const ticket = await this.tickets.findById(ticketTypeId, tx);
      if (!ticket) throw new EventsException('TICKET_TYPE_NOT_FOUND');
      if (!(await this.tickets.setCapacity(tx, ticket.id, capacity))) throw new EventsException('CAPACITY_BELOW_TAKEN');
      changes.seats(ticket.id).inEvents(ticket.eventId);
      await this.seats.offerFreeSeats(tx, ticket.id, changes);
    });
    this.live.publish(changes);
    const ticket = (await this.tickets.findById(ticketTypeId))!;
    const found = ticket.eventId ? (await this.availability.forEvents([ticket.eventId])).get(ticket.eventId)?.find((a) => a.ticket.id === ticket.id) : undefined;
    return toTicketTypeModel(ticket, found?.seatsLeft ?? fewestSeatsLeft([ticket]), found?.onSale ?? false, found?.eventIds ?? []);
  }

  private async endPlace(tx: Tx, entry: WaitlistEntryEntity, status: 'declined' | 'left' | 'lapsed', changes: SeatChanges): Promise<void> {
    await this.waitlist.update(tx, entry.id, { status, heldSeats: 0 });
    changes.queues.add(entry.ticketTypeId);
    if (entry.status === 'offered' && entry.heldSeats > 0) await this.seats.release(tx, [entry.ticketTypeId], entry.heldSeats, changes);
  }

  /** A place of this member's; anyone else's looks like nothing. */
  private async owned(tx: Tx, userId: string, entryId: string): Promise<WaitlistEntryEntity> {
    const entry = await this.waitlist.lock(tx, entryId);
    if (!entry || entry.userId !== userId) throw new EventsException('WAITLIST_ENTRY_NOT_FOUND');
    return entry;
  }

  private async one(entryId: string): Promise<WaitlistEntryModel> {
    const entry = (await this.waitlist.findById(entryId))!;
    const positions = await this.waitlist.positions([entryId]);
    return toWaitlistModel(entry, positions.get(entryId) ?? null);
  }

  private signedIn(actor: ResolvedViewer): string {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    return actor.user.id;
  }
}
