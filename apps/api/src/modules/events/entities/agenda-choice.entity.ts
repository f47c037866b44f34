import { CreateDateColumn, Column, Entity, PrimaryColumn } from 'typeorm';

/** A session an attendee plans to attend (personal agenda). */
@Entity({ name: 'agenda_choices' })
export class AgendaChoiceEntity {
  @PrimaryColumn('uuid', { name: 'registration_id' }) registrationId: string;
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
