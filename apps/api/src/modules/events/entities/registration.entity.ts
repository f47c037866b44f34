import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type RegistrationStatus = 'held' | 'confirmed' | 'cancelled' | 'expired';

/** One seat for one attendee in one event. `icsUid` stays the same for the life of the seat (also across transfers). */
@Entity({ name: 'registrations' })
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'order_line_id' }) orderLineId: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  /** The event's own ticket type whose seat this is (for a bundle: the component). */
  @Column('uuid', { name: 'ticket_type_id' }) ticketTypeId: string;
  @Column('int', { name: 'seat_index' }) seatIndex: number;
  @Column('uuid', { name: 'attendee_user_id', nullable: true }) attendeeUserId: string | null;
  @Column('text', { name: 'attendee_name' }) attendeeName: string;
  @Column('text', { name: 'attendee_email' }) attendeeEmail: string;
  @Column('text', { name: 'attendee_credentials', nullable: true }) attendeeCredentials: string | null;
  @Column('text', { name: 'attendee_organization', nullable: true }) attendeeOrganization: string | null;
  @Column('jsonb') answers: Record<string, string>;
  @Column('text') status: RegistrationStatus;
  @Column('text', { name: 'ics_uid' }) icsUid: string;
  @Column('int', { name: 'ics_sequence' }) icsSequence: number;
  /** What the QR ticket signs; rotating it (e.g. on transfer) voids the old ticket. */
  @Column('uuid', { name: 'ticket_token_id' }) ticketTokenId: string;
  @Column('timestamptz', { name: 'checked_in_at', nullable: true }) checkedInAt: Date | null;
  @Column('uuid', { name: 'checked_in_by', nullable: true }) checkedInBy: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('uuid', { name: 'cancelled_by', nullable: true }) cancelledBy: string | null;
  @Column('int', { name: 'refund_cents', nullable: true }) refundCents: number | null;
  @Column('timestamptz', { name: 'transferred_at', nullable: true }) transferredAt: Date | null;
  @Column('jsonb', { name: 'transferred_from', nullable: true }) transferredFrom: { name: string; email: string; userId: string | null } | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
