import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsultationMode } from './consultation-type.entity';

export type ConsultationStatus = 'booked' | 'cancelled' | 'completed' | 'no_show';

/** A booking. `blocked` (the tstzrange with buffers) is written in SQL only, for the exclusion constraint. */
@Entity({ name: 'consultations' })
export class ConsultationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'expert_id' }) expertId: string;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  @Column('uuid', { name: 'type_id' }) typeId: string;
  @Column('text') title: string;
  @Column('text') mode: ConsultationMode;
  @Column('text') location: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('text') status: ConsultationStatus;
  @Column('text', { name: 'intake_answer' }) intakeAnswer: string;
  @Column('text', { name: 'expert_notes', nullable: true }) expertNotes: string | null;
  @Column('text', { name: 'ics_uid' }) icsUid: string;
  @Column('int', { name: 'ics_sequence' }) icsSequence: number;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason: string | null;
  @Column('uuid', { name: 'cancelled_by', nullable: true }) cancelledBy: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt: Date | null;
  @Column('text', { name: 'reminder_job_ids', array: true }) reminderJobIds: string[];
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
