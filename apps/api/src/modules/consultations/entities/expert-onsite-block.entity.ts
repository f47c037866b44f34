import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Time an expert spends at the conference's "expert consultations" sessions, bookable on site. */
@Entity({ name: 'expert_onsite_blocks' })
export class ExpertOnsiteBlockEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'expert_id' }) expertId: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt: Date;
  @Column('text') room: string;
  @Column('uuid', { name: 'event_session_id', nullable: true }) eventSessionId: string | null;
}
