import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ConsultationMode = 'online' | 'on_site';

@Entity({ name: 'consultation_types' })
export class ConsultationTypeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'expert_id' }) expertId: string;
  @Column('text') title: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('int', { name: 'duration_minutes' }) durationMinutes: number;
  @Column('text') mode: ConsultationMode;
  @Column('text', { name: 'meeting_url', nullable: true }) meetingUrl: string | null;
  @Column('text', { nullable: true }) room: string | null;
  @Column('text', { name: 'intake_question' }) intakeQuestion: string;
  @Column('boolean') active: boolean;
  @Column('int') position: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
