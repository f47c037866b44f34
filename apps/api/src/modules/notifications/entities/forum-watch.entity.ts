import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WatchLevel } from '@confer/libs/notifications';

/** A member's level on one thread or one category (exactly one of the two is set). */
@Entity({ name: 'forum_watches' })
export class ForumWatchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'thread_id', nullable: true }) threadId: string | null;
  @Column('uuid', { name: 'category_id', nullable: true }) categoryId: string | null;
  @Column('text') level: WatchLevel;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
