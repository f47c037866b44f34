import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'forum_post_revisions' })
export class ForumPostRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'post_id' }) postId: string;
  @Column('uuid', { name: 'editor_id' }) editorId: string;
  @Column('text', { name: 'body_md' }) bodyMd: string;
  @Column('text', { nullable: true }) reason: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
