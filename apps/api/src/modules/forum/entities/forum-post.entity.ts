import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ForumContentStatus } from '@confer/libs/access';
import type { PhiFinding } from '@confer/libs/phi-guard';

@Entity({ name: 'forum_posts' })
export class ForumPostEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'thread_id' }) threadId: string;
  @Column('int') seq: number;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('boolean') anonymous: boolean;
  @Column('text', { name: 'body_md' }) bodyMd: string;
  @Column('text', { name: 'body_html' }) bodyHtml: string;
  @Column('text') status: ForumContentStatus;
  @Column('text', { name: 'held_reason', nullable: true }) heldReason: string | null;
  @Column('jsonb', { name: 'phi_findings' }) phiFindings: PhiFinding[];
  @Column('uuid', { name: 'quoted_post_id', nullable: true }) quotedPostId: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'edited_at', nullable: true }) editedAt: Date | null;
}
