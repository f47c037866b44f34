import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'forum_pseudonyms' })
export class ForumPseudonymEntity {
  @PrimaryColumn('uuid', { name: 'thread_id' }) threadId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text') label: string;
}
