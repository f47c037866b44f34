import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ForumPseudonymEntity } from './entities/forum-pseudonym.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';

export interface ThreadCursor {
  pinned: boolean;
  lastPostAt: Date;
  id: string;
}

@Injectable()
export class ForumThreadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: EntityManager): Promise<ForumThreadEntity | null> {
    if (!id) return Promise.resolve(null);
    return this.m(tx).getRepository(ForumThreadEntity).findOneBy({ id });
  }

  /** Locks the thread row: posts in one thread get their sequence numbers one at a time. */
  lockById(id: string, tx: EntityManager): Promise<ForumThreadEntity | null> {
    return tx.getRepository(ForumThreadEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id }).getOne();
  }

  findByIds(ids: readonly string[]): Promise<ForumThreadEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m().getRepository(ForumThreadEntity).findBy({ id: In([...ids]) });
  }

  /**
   * One page of a category's threads, pinned first then by latest activity. Threads the viewer may
   * not see are filtered in SQL: visible ones, plus held ones of their own, plus all for moderators.
   */
  listInCategory(categoryId: string, viewer: { userId: string | null; moderator: boolean }, after: ThreadCursor | null, limit: number): Promise<ForumThreadEntity[]> {
    const qb = this.m().getRepository(ForumThreadEntity).createQueryBuilder('t').where('t.category_id = :categoryId', { categoryId });
    if (!viewer.moderator) {
      qb.andWhere(`(t.status = 'visible' or (t.status = 'held' and t.author_id = :uid))`, { uid: viewer.userId ?? '00000000-0000-0000-0000-000000000000' });
    }
    if (after) {
      qb.andWhere('(t.pinned::int, t.last_post_at, t.id) < (:p, :l, :i)', { p: after.pinned ? 1 : 0, l: after.lastPostAt, i: after.id });
    }
    return qb.orderBy('t.pinned', 'DESC').addOrderBy('t.last_post_at', 'DESC').addOrderBy('t.id', 'DESC').limit(limit).getMany();
  }

  async insert(data: Pick<ForumThreadEntity, 'categoryId' | 'authorId' | 'anonymous' | 'title' | 'status'>, tx: EntityManager): Promise<ForumThreadEntity> {
    const repo = tx.getRepository(ForumThreadEntity);
    return repo.save(repo.create({ ...data, pinned: false, locked: false, postCount: 0 }));
  }

  /** Takes the next post number and bumps activity; the caller holds the thread lock. */
  async nextSeq(threadId: string, tx: EntityManager): Promise<number> {
    const [rows] = await tx.query(`update forum_threads set post_count = post_count + 1, last_post_at = now() where id = $1 returning post_count`, [threadId]);
    return rows[0].post_count;
  }

  async update(id: string, patch: Partial<Pick<ForumThreadEntity, 'status' | 'pinned' | 'locked' | 'answerPostId' | 'title' | 'categoryId'>>, tx?: EntityManager): Promise<void> {
    await this.m(tx).getRepository(ForumThreadEntity).update({ id }, patch);
  }

  /** The author's stable pseudonym in a thread: "Member A", "Member B"… in order of first anonymous post. */
  async pseudonymFor(threadId: string, userId: string, tx: EntityManager): Promise<string> {
    const existing = await tx.getRepository(ForumPseudonymEntity).findOneBy({ threadId, userId });
    if (existing) return existing.label;
    const [{ n }] = await tx.query(`select count(*)::int as n from forum_pseudonyms where thread_id = $1`, [threadId]);
    const label = `Member ${pseudonymLetters(n)}`;
    await tx.getRepository(ForumPseudonymEntity).insert({ threadId, userId, label });
    return label;
  }

  pseudonymsFor(keys: readonly { threadId: string; userId: string }[]): Promise<ForumPseudonymEntity[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.m().getRepository(ForumPseudonymEntity).find({ where: keys.map((k) => ({ threadId: k.threadId, userId: k.userId })) });
  }

  async countVisibleByAuthor(authorId: string): Promise<number> {
    const [{ n }] = await this.m().query(`select count(*)::int as n from forum_posts where author_id = $1 and status = 'visible'`, [authorId]);
    return n;
  }
}

/** 0 → A, 25 → Z, 26 → AA: enough labels for any thread. */
export function pseudonymLetters(index: number): string {
  let n = index;
  let label = '';
  do {
    label = String.fromCharCode(65 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}
