import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'calendar_feeds' })
export class CalendarFeedEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text') token: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
