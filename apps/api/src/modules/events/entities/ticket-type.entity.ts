import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type TicketKind = 'event' | 'bundle' | 'membership' | 'course';
export type TicketAudience = 'anyone' | 'premium';

/**
 * Something that can be bought: seats in one event, a bundle of seats in several events
 * (bundle_items), Premium Individual membership, or a course sold on its own (course_id). `taken` counts seats held by live orders and
 * waiting-list offers; a CHECK keeps it within `capacity`.
 */
@Entity({ name: 'ticket_types' })
export class TicketTypeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: TicketKind;
  @Column('uuid', { name: 'event_id', nullable: true }) eventId: string | null;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('int', { name: 'list_price_cents' }) listPriceCents: number;
  /** null: unlimited (the membership product, webinars without a seat limit). */
  @Column('int', { nullable: true }) capacity: number | null;
  @Column('int') taken: number;
  @Column('timestamptz', { name: 'sale_starts_at', nullable: true }) saleStartsAt: Date | null;
  @Column('timestamptz', { name: 'sale_ends_at', nullable: true }) saleEndsAt: Date | null;
  @Column('text') audience: TicketAudience;
  @Column('boolean', { name: 'in_person' }) inPerson: boolean;
  @Column('boolean', { name: 'included_in_premium' }) includedInPremium: boolean;
  @Column('int', { name: 'max_per_order' }) maxPerOrder: number;
  @Column('int', { name: 'membership_months', nullable: true }) membershipMonths: number | null;
  /** The course a 'course' product opens (null for every other kind). */
  @Column('uuid', { name: 'course_id', nullable: true }) courseId: string | null;
  @Column('int') position: number;
  @Column('boolean') active: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
