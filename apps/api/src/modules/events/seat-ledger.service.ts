import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import type { Tx } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { UserRepository } from '../accounts/user.repository';
import { MailService } from '../mail/mail.service';
import { EventRepository } from './event.repository';
import { EVENTS_QUEUES } from './events-queues';
import { SeatChanges } from './seat-changes';
import { TicketTypeRepository } from './ticket-type.repository';
import { WaitlistRepository } from './waitlist.repository';

/**
 * The only way seats are taken and given back. Taking is a conditional update per ticket row in the
 * caller's transaction; a seat given back goes first to the waiting list (an offer that keeps the seat
 * taken), and only when nobody waits does it become free for anyone.
 */
@Injectable()
export class SeatLedgerService {
  constructor(
    private readonly tickets: TicketTypeRepository,
    private readonly waitlist: WaitlistRepository,
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly mail: MailService,
    private readonly jobs: JobQueueService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Takes `n` seats in each ticket row, all or none. */
  take(tx: Tx, ticketTypeIds: readonly string[], n: number): Promise<boolean> {
    return this.config.events.unguardedSeats ? this.tickets.takeSeatsUnguarded(tx, ticketTypeIds, n) : this.tickets.takeSeats(tx, ticketTypeIds, n);
  }

  /** Gives `n` seats of each row back, then offers what is free to the waiting lists. */
  async release(tx: Tx, ticketTypeIds: readonly string[], n: number, changes: SeatChanges): Promise<void> {
    for (const id of [...new Set(ticketTypeIds)].sort()) {
      const row = await this.tickets.releaseSeats(tx, id, n);
      changes.seats(id).inEvents(row?.eventId ?? null);
      await this.offerFreeSeats(tx, id, changes);
    }
  }

  /**
   * While seats are free and someone waits whose request fits, the first in line gets an offer: the
   * seats stay taken for them until they accept, decline or the offer lapses. The email goes out with
   * the same transaction.
   */
  async offerFreeSeats(tx: Tx, ticketTypeId: string, changes: SeatChanges): Promise<number> {
    let offered = 0;
    for (;;) {
      const row = await this.tickets.lock(tx, ticketTypeId);
      if (!row || row.capacity === null) return offered;
      const free = row.capacity - row.taken;
      if (free <= 0) return offered;
      const next = await this.waitlist.nextFitting(tx, ticketTypeId, free);
      if (!next) return offered;
      if (!(await this.tickets.takeSeats(tx, [ticketTypeId], next.quantity))) return offered;
      const now = this.clock.now();
      const expires = new Date(now.getTime() + this.config.events.waitlistOfferHours * 3_600_000);
      await this.waitlist.update(tx, next.id, { status: 'offered', heldSeats: next.quantity, offeredAt: now, offerExpiresAt: expires });
      await this.jobs.send(EVENTS_QUEUES.lapseOffer, { entryId: next.id }, { tx, startAfter: expires, retryLimit: 5 });
      await this.sendOffer(tx, next.userId, next.eventId, next.quantity, expires);
      changes.seats(ticketTypeId).inEvents(row.eventId);
      changes.queues.add(ticketTypeId);
      changes.members.add(next.userId);
      offered += 1;
    }
  }

  private async sendOffer(tx: Tx, userId: string, eventId: string, quantity: number, expires: Date): Promise<void> {
    const [user] = await this.users.findByIds([userId]);
    const event = await this.events.findById(eventId, tx);
    if (!user || !event) return;
    const until = DateTime.fromJSDate(expires, { zone: user.timeZone }).toFormat("cccc d LLLL 'at' HH:mm ZZZZ");
    const seats = quantity === 1 ? 'A seat has' : `${quantity} seats have`;
    const link = `${this.config.publicUrl}/events/${event.slug}?waitlist=1`;
    await this.mail.enqueue(tx, {
      kind: 'events-waitlist-offer',
      to: user.email,
      subject: `A seat is free for ${event.title}`,
      text: [
        `Hello ${user.displayName},`,
        '',
        `${seats} become free for ${event.title}, and you are next on the waiting list.`,
        `We keep it for you until ${until}. After that it goes to the next person.`,
        '',
        `Take it or let it go: ${link}`,
      ].join('\n'),
    });
  }
}
