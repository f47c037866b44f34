import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'event_session_speakers' })
export class EventSessionSpeakerEntity {
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('int') position: number;
}
