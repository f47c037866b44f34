import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import type { ForumContentStatus } from '@confer/libs/access';
import { DataSource, EntityManager, In } from 'typeorm';
import { PG_POOL } from '../../core/database/database.module';
import { ForumPostRevisionEntity } from './entities/forum-post-revision.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumReactionEntity, ReactionKind } from './entities/forum-reaction.entity';
import { ModerationActionEntity } from './entities/moderation-action.entity';
import { AUTHOR_CARD_COLUMNS, authorCardOf, AuthorFacts } from './forum-thread.repository';

export interface ReactionSummary {
  kind: ReactionKind;
  count: number;
  mine: boolean;
}

/** One post of a thread page with everything it shows: its author as facts, its reaction counts. */
export interface ForumPostPageRow {
  post: ForumPostEntity;
  author: AuthorFacts;
  reactions: ReactionSummary[];
}

const REACTION_ORDER = `case kind when 'helpful' then 1 when 'thanks' then 2 else 3 end`;

/** The kinds in the order they are shown; forum_reactions.kind allows exactly these. */
const REACTION_KINDS: ReactionKind[] = ['helpful', 'thanks', 'agree'];

const REACTION_COLUMNS = REACTION_KINDS.map((kind) => ({ kind, count: kind, mine: `${kind}_mine` }));

const REACTION_COUNTS = REACTION_KINDS.map(
  (k) => `count(*) filter (where r.kind = '${k}')::int as ${k}, coalesce(bool_or(r.user_id = $4::uuid) filter (where r.kind = '${k}'), false) as ${k}_mine`,
).join(', ');

/**
 * A page of a thread in one statement, named so PostgreSQL plans it once per connection. The
 * visibility filter is forumPolicy's rule for posts in SQL ($5: moderator sees all; otherwise visible
 * ones plus the viewer's own held ones). Author cards are joined only for named posts and
 * pseudonyms only for anonymous ones, so an anonymous author's name never leaves the database.
 * Reactions are counted per kind in plain columns: a JSON aggregate per post cost PostgreSQL about
 * 0.2 ms more per page.
 */
const POST_PAGE = {
  name: 'forum-post-page',
  text: `select p.id, p.thread_id, p.seq, p.author_id, p.anonymous, p.body_md, p.body_html, p.status, p.held_reason, p.phi_findings,
                p.quoted_post_id, p.created_at, p.edited_at,
                ${AUTHOR_CARD_COLUMNS}, ps.label as pseudonym, rx.*
           from forum_posts p
           left join users u on u.id = p.author_id and not p.anonymous
           left join forum_pseudonyms ps on p.anonymous and ps.thread_id = p.thread_id and ps.user_id = p.author_id
           left join lateral (select ${REACTION_COUNTS} from forum_reactions r where r.post_id = p.id) rx on true
          where p.thread_id = $1 and p.seq > $2
            and ($5::boolean or p.status = 'visible' or (p.status = 'held' and p.author_id = $4::uuid))
          order by p.seq
          limit $3`,
};

@Injectable()
export class ForumPostRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

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

  /** A page of a thread in order, with authors and reactions: one round trip however long the page. */
  async pageInThread(threadId: string, viewer: { userId: string | null; moderator: boolean }, afterSeq: number, limit: number): Promise<ForumPostPageRow[]> {
    const { rows } = await this.pool.query({ ...POST_PAGE, values: [threadId, afterSeq, limit, viewer.userId, viewer.moderator] });
    // One object per row for the post (a plain literal, not an entity instance plus a copy) and reaction
    // columns read by precomputed names: this runs for every post of every page view.
    return rows.map((r) => {
      const reactions: ReactionSummary[] = [];
      for (const k of REACTION_COLUMNS) if (r[k.count] > 0) reactions.push({ kind: k.kind, count: r[k.count], mine: r[k.mine] });
      const post: ForumPostEntity = {
        id: r.id,
        threadId: r.thread_id,
        seq: r.seq,
        authorId: r.author_id,
        anonymous: r.anonymous,
        bodyMd: r.body_md,
        bodyHtml: r.body_html,
        status: r.status,
        heldReason: r.held_reason,
        phiFindings: r.phi_findings,
        quotedPostId: r.quoted_post_id,
        createdAt: r.created_at,
        editedAt: r.edited_at,
      };
      return { post, author: { authorId: r.author_id, anonymous: r.anonymous, card: r.anonymous ? null : authorCardOf(r), pseudonym: r.anonymous ? r.pseudonym : null }, reactions };
    });
  }

  async insert(data: Pick<ForumPostEntity, 'threadId' | 'seq' | 'authorId' | 'anonymous' | 'bodyMd' | 'bodyHtml' | 'status' | 'heldReason' | 'phiFindings' | 'quotedPostId'>, tx: EntityManager): Promise<ForumPostEntity> {
    const repo = tx.getRepository(ForumPostEntity);
    return repo.save(repo.create(data));
  }

  /**
   * A reply and the thread's next post number in one statement: the number is claimed with the
   * thread's row lock, which the caller's transaction then holds only until it commits. A thread
   * locked against this poster (or gone) takes no number and gets no post: null.
   */
  async insertReply(
    data: Pick<ForumPostEntity, 'id' | 'threadId' | 'authorId' | 'anonymous' | 'bodyMd' | 'bodyHtml' | 'status' | 'heldReason' | 'phiFindings' | 'quotedPostId'>,
    mayWriteLocked: boolean,
    tx: EntityManager,
  ): Promise<{ post: ForumPostEntity; threadStatus: ForumContentStatus } | null> {
    const rows: Record<string, any>[] = await tx.query(
      `with t as (update forum_threads set last_seq = last_seq + 1 where id = $2 and (not locked or $11::boolean) returning last_seq, status)
       insert into forum_posts (id, thread_id, seq, author_id, anonymous, body_md, body_html, status, held_reason, phi_findings, quoted_post_id)
       select $1, $2, t.last_seq, $3, $4, $5, $6, $7, $8, $9::jsonb, $10 from t
       returning id, thread_id, seq, author_id, anonymous, body_md, body_html, status, held_reason, phi_findings, quoted_post_id, created_at, edited_at,
                 (select status from t) as thread_status`,
      [data.id, data.threadId, data.authorId, data.anonymous, data.bodyMd, data.bodyHtml, data.status, data.heldReason, JSON.stringify(data.phiFindings), data.quotedPostId, mayWriteLocked],
    );
    const row = rows[0];
    if (!row) return null;
    const post = Object.assign(new ForumPostEntity(), {
      id: row.id,
      threadId: row.thread_id,
      seq: row.seq,
      authorId: row.author_id,
      anonymous: row.anonymous,
      bodyMd: row.body_md,
      bodyHtml: row.body_html,
      status: row.status,
      heldReason: row.held_reason,
      phiFindings: row.phi_findings,
      quotedPostId: row.quoted_post_id,
      createdAt: row.created_at,
      editedAt: row.edited_at,
    });
    return { post, threadStatus: row.thread_status };
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
  async reactionSummaries(postIds: readonly string[], viewerId: string | null): Promise<({ postId: string } & ReactionSummary)[]> {
    if (postIds.length === 0) return [];
    const rows: { post_id: string; kind: ReactionKind; count: number; mine: boolean }[] = await this.m().query(
      `select post_id, kind, count(*)::int as count, bool_or(user_id = $2) as mine
         from forum_reactions where post_id = any($1::uuid[]) group by post_id, kind order by post_id, ${REACTION_ORDER}`,
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
