import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ForumPostRevisionEntity } from './entities/forum-post-revision.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumReactionEntity, ReactionKind } from './entities/forum-reaction.entity';
import { ModerationActionEntity } from './entities/moderation-action.entity';

@Injectable()
export class ForumPostRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: EntityManager): Promise<ForumPostEntity | null> {
    if (!id) return Promise.resolve(null);
    return this.m(tx).getRepository(ForumPostEntity).findOneBy({ id });
  }

  lockById(id: string, tx: EntityManager): Promise<ForumPostEntity | null> {
    return tx.getRepository(ForumPostEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
  }

  /** A page of a thread in order, with the same visibility filter as threads, in SQL. */
  listInThread(threadId: string, viewer: { userId: string | null; moderator: boolean }, afterSeq: number, limit: number): Promise<ForumPostEntity[]> {
    const qb = this.m().getRepository(ForumPostEntity).createQueryBuilder('p').where('p.thread_id = :threadId and p.seq > :afterSeq', { threadId, afterSeq });
    if (!viewer.moderator) {
      qb.andWhere(`(p.status = 'visible' or (p.status = 'held' and p.author_id = :uid))`, { uid: viewer.userId ?? '00000000-0000-0000-0000-000000000000' });
    }
    return qb.orderBy('p.seq', 'ASC').limit(limit).getMany();
  }

  async insert(data: Pick<ForumPostEntity, 'threadId' | 'seq' | 'authorId' | 'anonymous' | 'bodyMd' | 'bodyHtml' | 'status' | 'heldReason' | 'phiFindings' | 'quotedPostId'>, tx: EntityManager): Promise<ForumPostEntity> {
    const repo = tx.getRepository(ForumPostEntity);
    return repo.save(repo.create(data));
  }

  async update(id: string, patch: Partial<Pick<ForumPostEntity, 'bodyMd' | 'bodyHtml' | 'status' | 'heldReason' | 'phiFindings' | 'editedAt'>>, tx?: EntityManager): Promise<void> {
    await this.m(tx).getRepository(ForumPostEntity).update({ id }, patch);
  }

  async insertRevision(data: Pick<ForumPostRevisionEntity, 'postId' | 'editorId' | 'bodyMd' | 'reason'>, tx: EntityManager): Promise<void> {
    await tx.getRepository(ForumPostRevisionEntity).insert(data);
  }

  revisionsOf(postId: string): Promise<ForumPostRevisionEntity[]> {
    return this.m().getRepository(ForumPostRevisionEntity).find({ where: { postId }, order: { createdAt: 'ASC' } });
  }

  /** True when this reaction is new; the primary key rejects a second identical one. */
  async addReaction(postId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const rows = await this.m().query(`insert into forum_reactions (post_id, user_id, kind) values ($1, $2, $3) on conflict do nothing returning 1`, [postId, userId, kind]);
    return rows.length > 0;
  }

  async removeReaction(postId: string, userId: string, kind: ReactionKind): Promise<boolean> {
    const result = await this.m().getRepository(ForumReactionEntity).delete({ postId, userId, kind });
    return (result.affected ?? 0) > 0;
  }

  /** Reaction counts for many posts at once, and which of them this viewer gave. */
  async reactionSummaries(postIds: readonly string[], viewerId: string | null): Promise<{ postId: string; kind: ReactionKind; count: number; mine: boolean }[]> {
    if (postIds.length === 0) return [];
    const rows: { post_id: string; kind: ReactionKind; count: number; mine: boolean }[] = await this.m().query(
      `select post_id, kind, count(*)::int as count, bool_or(user_id = $2) as mine
         from forum_reactions where post_id = any($1::uuid[]) group by post_id, kind`,
      [postIds, viewerId],
    );
    return rows.map((r) => ({ postId: r.post_id, kind: r.kind, count: r.count, mine: r.mine ?? false }));
  }

  heldQueue(limit: number): Promise<ForumPostEntity[]> {
    return this.m().getRepository(ForumPostEntity).find({ where: { status: 'held' }, order: { createdAt: 'ASC' }, take: limit });
  }

  findByIds(ids: readonly string[]): Promise<ForumPostEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m().getRepository(ForumPostEntity).findBy({ id: In([...ids]) });
  }

  async logAction(data: Pick<ModerationActionEntity, 'actorId' | 'action' | 'targetType' | 'targetId' | 'reason'>, tx?: EntityManager): Promise<void> {
    await this.m(tx).getRepository(ModerationActionEntity).insert(data);
  }

  actionLog(limit: number): Promise<ModerationActionEntity[]> {
    return this.m().getRepository(ModerationActionEntity).find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
