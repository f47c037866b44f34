import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource, EntityManager, In } from 'typeorm';
import { PG_POOL } from '../../core/database/database.module';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumPseudonymEntity } from './entities/forum-pseudonym.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';

export interface ThreadCursor {
  pinned: boolean;
  lastPostAt: Date;
  id: string;
}

/** The public card of a named author. Never read for anonymous content. */
export interface AuthorCard {
  displayName: string;
  credentials: string | null;
  credentialsVerified: boolean;
  jobTitle: string | null;
  organizationName: string | null;
}

/**
 * What the presenter needs to show an author: the card of a named author, or the per-thread
 * pseudonym of an anonymous one (the SQL that reads these joins users only when not anonymous).
 */
export interface AuthorFacts {
  authorId: string;
  anonymous: boolean;
  card: AuthorCard | null;
  pseudonym: string | null;
}

/** The card columns of a row read with `AUTHOR_CARD_COLUMNS` (null when the join found nobody). */
export function authorCardOf(row: { card_name: string | null; card_credentials: string | null; card_verified: boolean | null; card_job_title: string | null; card_organization: string | null }): AuthorCard | null {
  if (row.card_name === null) return null;
  return { displayName: row.card_name, credentials: row.card_credentials, credentialsVerified: row.card_verified ?? false, jobTitle: row.card_job_title, organizationName: row.card_organization };
}

/** Columns of `users u` for authorCardOf; join users only for named content (`and not x.anonymous`). */
export const AUTHOR_CARD_COLUMNS = `u.display_name as card_name, u.credentials as card_credentials, u.credentials_verified as card_verified,
  u.job_title as card_job_title, u.organization_name as card_organization`;

// Named statements: PostgreSQL parses and plans each once per connection, not on every page view.
const THREAD_WITH_CATEGORY = {
  name: 'forum-thread-with-category',
  text: `select t.id, t.category_id, t.author_id, t.anonymous, t.title, t.status, t.pinned, t.locked, t.answer_post_id, t.post_count,
                t.last_post_at, t.created_at,
                c.slug as c_slug, c.name as c_name, c.description as c_description, c.audience as c_audience, c.group_id as c_group_id,
                c.allow_anonymous as c_allow_anonymous, c.require_premoderation as c_require_premoderation, c.position as c_position,
                c.created_at as c_created_at,
                ${AUTHOR_CARD_COLUMNS}, ps.label as pseudonym
           from forum_threads t
           join forum_categories c on c.id = t.category_id
           left join users u on u.id = t.author_id and not t.anonymous
           left join forum_pseudonyms ps on t.anonymous and ps.thread_id = t.id and ps.user_id = t.author_id
          where t.id = $1`,
};

const AUTHOR_CARDS = {
  name: 'forum-author-cards',
  text: `select u.id, ${AUTHOR_CARD_COLUMNS} from users u where u.id = any($1::uuid[])`,
};

@Injectable()
export class ForumThreadRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: EntityManager): Promise<ForumThreadEntity | null> {
    if (!id) return Promise.resolve(null);
    return this.m(tx).getRepository(ForumThreadEntity).findOneBy({ id });
  }

  /** A thread, its category and how its author appears, in one statement (the board's most frequent read). */
  async findWithCategory(id: string): Promise<{ thread: ForumThreadEntity; category: ForumCategoryEntity; author: AuthorFacts } | null> {
    if (!id) return null;
    const { rows } = await this.pool.query({ ...THREAD_WITH_CATEGORY, values: [id] });
    const r = rows[0];
    if (!r) return null;
    const thread = Object.assign(new ForumThreadEntity(), {
      id: r.id,
      categoryId: r.category_id,
      authorId: r.author_id,
      anonymous: r.anonymous,
      title: r.title,
      status: r.status,
      pinned: r.pinned,
      locked: r.locked,
      answerPostId: r.answer_post_id,
      postCount: r.post_count,
      lastPostAt: r.last_post_at,
      createdAt: r.created_at,
    });
    const category = Object.assign(new ForumCategoryEntity(), {
      id: r.category_id,
      slug: r.c_slug,
      name: r.c_name,
      description: r.c_description,
      audience: r.c_audience,
      groupId: r.c_group_id,
      allowAnonymous: r.c_allow_anonymous,
      requirePremoderation: r.c_require_premoderation,
      position: r.c_position,
      createdAt: r.c_created_at,
    });
    const author: AuthorFacts = { authorId: r.author_id, anonymous: r.anonymous, card: r.anonymous ? null : authorCardOf(r), pseudonym: r.anonymous ? r.pseudonym : null };
    return { thread, category, author };
  }

  /** Public author cards by user id (no email, password or roles leave the database for this). */
  async authorCards(userIds: readonly string[]): Promise<Map<string, AuthorCard>> {
    if (userIds.length === 0) return new Map();
    const { rows } = await this.pool.query({ ...AUTHOR_CARDS, values: [userIds] });
    return new Map(rows.map((r) => [r.id as string, authorCardOf(r)!]));
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

  /**
   * Takes the next post number; the caller holds the thread lock. post_count and last_post_at follow
   * published posts only (a trigger keeps them), so a held post changes nothing readers see.
   */
  async nextSeq(threadId: string, tx: EntityManager): Promise<number> {
    const [rows] = await tx.query(`update forum_threads set last_seq = last_seq + 1 where id = $1 returning last_seq`, [threadId]);
    return rows[0].last_seq;
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

  /** Whether the member has a published post: a first post may need a moderator (an index probe, not a count). */
  async hasVisiblePost(authorId: string): Promise<boolean> {
    const [{ found }] = await this.m().query(`select exists (select 1 from forum_posts where author_id = $1 and status = 'visible') as found`, [authorId]);
    return found;
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
