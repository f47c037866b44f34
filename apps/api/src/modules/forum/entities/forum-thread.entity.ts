import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ForumContentStatus } from '@confer/libs/access';

@Entity({ name: 'forum_threads' })
export class ForumThreadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'category_id' }) categoryId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('boolean') anonymous: boolean;
  @Column('text') title: string;
  @Column('text') status: ForumContentStatus;
  @Column('boolean') pinned: boolean;
  @Column('boolean') locked: boolean;
  @Column('uuid', { name: 'answer_post_id', nullable: true }) answerPostId: string | null;
  @Column('int', { name: 'post_count' }) postCount: number;
  @Column('timestamptz', { name: 'last_post_at' }) lastPostAt: Date;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
