import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from '@confer/libs/notifications';

export type NotificationEmailState = 'none' | 'pending' | 'sent' | 'skipped';

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') kind: NotificationKind;
  @Column('uuid', { name: 'thread_id' }) threadId: string;
  @Column('uuid', { name: 'post_id' }) postId: string;
  @Column('text') email: NotificationEmailState;
  @Column('text', { name: 'unsubscribe_scope' }) unsubscribeScope: 'thread' | 'category';
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
