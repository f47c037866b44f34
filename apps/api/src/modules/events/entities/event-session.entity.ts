import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EventSessionType = 'keynote' | 'case_study' | 'workshop' | 'networking' | 'consultation_block' | 'other';

@Entity({ name: 'event_sessions' })
export class EventSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text') type: EventSessionType;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  /** Parallel tracks run at the same time; null for plenary sessions (keynotes, networking). */
  @Column('text', { nullable: true }) track: string | null;
  @Column('text', { nullable: true }) room: string | null;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('int') position: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
