import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type EventKind = 'conference' | 'residency' | 'webinar' | 'other';
export type EventStatus = 'draft' | 'published' | 'cancelled';

/** A question asked of every attendee at registration (e.g. dietary or accessibility needs). */
export interface EventQuestion {
  id: string;
  label: string;
  kind: 'text' | 'choice';
  options?: string[];
  required: boolean;
}

@Entity({ name: 'events' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text') kind: EventKind;
  @Column('text') title: string;
  @Column('text', { nullable: true }) summary: string | null;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { name: 'venue_name', nullable: true }) venueName: string | null;
  @Column('text', { name: 'venue_address', nullable: true }) venueAddress: string | null;
  /** IANA zone of the venue (America/New_York for Jacksonville); webinars use the host's zone. */
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text') status: EventStatus;
  @Column('timestamptz', { name: 'cancellation_deadline', nullable: true }) cancellationDeadline: Date | null;
  /** Webinars: shown and sent only to registrants. */
  @Column('text', { name: 'join_url', nullable: true }) joinUrl: string | null;
  @Column('text', { name: 'recording_url', nullable: true }) recordingUrl: string | null;
  @Column('jsonb') questions: EventQuestion[];
  /** The Residency includes the online certificate course. */
  @Column('boolean', { name: 'includes_course' }) includesCourse: boolean;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
