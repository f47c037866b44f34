import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type WaitlistStatus = 'waiting' | 'offered' | 'accepted' | 'declined' | 'lapsed' | 'left';

/** A place in a ticket type's queue (position = order of created_at among those waiting). */
@Entity({ name: 'waitlist_entries' })
export class WaitlistEntryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('uuid', { name: 'ticket_type_id' }) ticketTypeId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('int') quantity: number;
  @Column('text') status: WaitlistStatus;
  /** Seats kept aside for this offer (counted in ticket_types.taken) until accepted, declined or lapsed. */
  @Column('int', { name: 'held_seats' }) heldSeats: number;
  @Column('timestamptz', { name: 'offered_at', nullable: true }) offeredAt: Date | null;
  @Column('timestamptz', { name: 'offer_expires_at', nullable: true }) offerExpiresAt: Date | null;
  @Column('uuid', { name: 'order_id', nullable: true }) orderId: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
