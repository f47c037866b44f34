import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ForumAudience } from '@confer/libs/access';

@Entity({ name: 'forum_categories' })
export class ForumCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text') audience: ForumAudience;
  @Column('uuid', { name: 'group_id', nullable: true }) groupId: string | null;
  @Column('boolean', { name: 'allow_anonymous' }) allowAnonymous: boolean;
  @Column('boolean', { name: 'require_premoderation' }) requirePremoderation: boolean;
  @Column('int') position: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
