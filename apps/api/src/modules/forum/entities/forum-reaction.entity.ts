import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type ReactionKind = 'helpful' | 'thanks' | 'agree';

@Entity({ name: 'forum_reactions' })
export class ForumReactionEntity {
  @PrimaryColumn('uuid', { name: 'post_id' }) postId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('text') kind: ReactionKind;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
