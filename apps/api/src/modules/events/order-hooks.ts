import { Injectable } from '@nestjs/common';
import type { Tx } from '../../core/database/transaction-runner';
import type { EventEntity } from './entities/event.entity';
import type { OrderEntity } from './entities/order.entity';
import type { RegistrationEntity } from './entities/registration.entity';

export interface OrderChange {
  tx: Tx;
  order: OrderEntity;
  /** The seats of the order, after the change. */
  registrations: RegistrationEntity[];
  events: EventEntity[];
}

type Listener = (change: OrderChange) => Promise<void>;

/**
 * Points inside the order transaction where other areas attach their work (confirmation emails with
 * invites and tickets, cancellation notices, calendar feeds). A listener writes with `tx` (e.g.
 * `MailService.enqueue(tx, …)`), so its work commits or rolls back with the order; a listener that
 * throws rolls the whole change back.
 */
@Injectable()
export class OrderHooks {
  private readonly confirmedListeners: Listener[] = [];
  private readonly cancelledListeners: Listener[] = [];

  /** The order was confirmed (awaiting payment or paid): its registrations are now `confirmed`. */
  onConfirmed(listener: Listener): void {
    this.confirmedListeners.push(listener);
  }

  /** The order was cancelled or refunded: its registrations are `cancelled` (ICS sequence increased). */
  onCancelled(listener: Listener): void {
    this.cancelledListeners.push(listener);
  }

  async confirmed(change: OrderChange): Promise<void> {
    for (const l of this.confirmedListeners) await l(change);
  }

  async cancelled(change: OrderChange): Promise<void> {
    for (const l of this.cancelledListeners) await l(change);
  }
}
