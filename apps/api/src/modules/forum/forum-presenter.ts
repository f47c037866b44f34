import { Injectable } from '@nestjs/common';
import { forumPolicy, ForumViewer, isModerator } from '@confer/libs/access';
import { RequestLoaders, orderByKeys } from '../../core/loaders/request-loaders';
import { UserEntity } from '../accounts/entities/user.entity';
import { UserRepository } from '../accounts/user.repository';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';
import { ForumPostRepository } from './forum-post.repository';
import { ForumThreadRepository } from './forum-thread.repository';
import {
  ForumAudienceGql,
  ForumAuthorModel,
  ForumCategoryModel,
  ForumPostModel,
  ForumStatusGql,
  ForumThreadModel,
  ReactionKindGql,
} from './graphql/forum.model';

type Authored = { authorId: string; anonymous: boolean; threadId: string };

/**
 * Turns board rows into what one viewer may see. Anonymous authors become their per-thread
 * pseudonym for everyone (the real identity is only in the database and the reveal action);
 * moderation details go to the author and moderators only. Batched: a page costs a fixed number of queries.
 */
@Injectable()
export class ForumPresenter {
  constructor(
    private readonly users: UserRepository,
    private readonly threads: ForumThreadRepository,
    private readonly posts: ForumPostRepository,
  ) {}

  category(v: ForumViewer, c: ForumCategoryEntity): ForumCategoryModel {
    return {
      id: c.id,
      slug: c.slug,
      name: c.name,
      description: c.description,
      audience: c.audience as ForumAudienceGql,
      allowAnonymous: c.allowAnonymous,
      requirePremoderation: c.requirePremoderation,
      canPost: forumPolicy.canPostInCategory(v, c),
    };
  }

  private userLoader(loaders: RequestLoaders) {
    return loaders.get<string, UserEntity | null>('forumUsers', async (ids) => orderByKeys(ids, await this.users.findByIds(ids), (u) => u.id));
  }

  private async authors(v: ForumViewer, loaders: RequestLoaders, items: Authored[]): Promise<ForumAuthorModel[]> {
    const named = items.filter((i) => !i.anonymous);
    const users = await this.userLoader(loaders).loadMany([...new Set(named.map((i) => i.authorId))]);
    const byId = new Map(users.filter((u): u is UserEntity => !!u && !(u instanceof Error)).map((u) => [u.id, u]));
    const anonymousKeys = items.filter((i) => i.anonymous).map((i) => ({ threadId: i.threadId, userId: i.authorId }));
    const pseudonyms = await this.threads.pseudonymsFor(anonymousKeys);
    const label = new Map(pseudonyms.map((p) => [`${p.threadId}|${p.userId}`, p.label]));
    return items.map((i) => {
      const isYou = v.userId !== null && v.userId === i.authorId;
      if (i.anonymous) {
        return { userId: null, displayName: label.get(`${i.threadId}|${i.authorId}`) ?? 'Anonymous member', credentials: null, credentialsVerified: false, jobTitle: null, organizationName: null, anonymous: true, isYou };
      }
      const u = byId.get(i.authorId);
      return {
        userId: i.authorId,
        displayName: u?.displayName ?? 'Former member',
        credentials: u?.credentials ?? null,
        credentialsVerified: u?.credentialsVerified ?? false,
        jobTitle: u?.jobTitle ?? null,
        organizationName: u?.organizationName ?? null,
        anonymous: false,
        isYou,
      };
    });
  }

  async threadsFor(v: ForumViewer, loaders: RequestLoaders, rows: ForumThreadEntity[]): Promise<ForumThreadModel[]> {
    const authors = await this.authors(v, loaders, rows.map((t) => ({ authorId: t.authorId, anonymous: t.anonymous, threadId: t.id })));
    return rows.map((t, i) => ({
      id: t.id,
      categoryId: t.categoryId,
      title: t.title,
      status: t.status as ForumStatusGql,
      pinned: t.pinned,
      locked: t.locked,
      postCount: t.postCount,
      answerPostId: t.answerPostId,
      author: authors[i],
      createdAt: t.createdAt,
      lastPostAt: t.lastPostAt,
    }));
  }

  async postsFor(v: ForumViewer, loaders: RequestLoaders, category: ForumCategoryEntity, rows: ForumPostEntity[]): Promise<ForumPostModel[]> {
    const [authors, reactions] = await Promise.all([
      this.authors(v, loaders, rows),
      this.posts.reactionSummaries(rows.map((p) => p.id), v.userId),
    ]);
    const moderator = isModerator(v);
    return rows.map((p, i) => {
      const privileged = moderator || (v.userId !== null && v.userId === p.authorId);
      return {
        id: p.id,
        threadId: p.threadId,
        seq: p.seq,
        bodyHtml: p.status === 'deleted' && !moderator ? '' : p.bodyHtml,
        bodyMd: p.status === 'deleted' && !moderator ? '' : p.bodyMd,
        status: p.status as ForumStatusGql,
        heldReason: privileged ? p.heldReason : null,
        phiFindings: privileged && forumPolicy.canSeeHistory(v, category, p) ? p.phiFindings : [],
        author: authors[i],
        reactions: reactions.filter((r) => r.postId === p.id).map((r) => ({ kind: r.kind as ReactionKindGql, count: r.count, mine: r.mine })),
        createdAt: p.createdAt,
        editedAt: p.editedAt,
      };
    });
  }

  /** What goes out on a thread's realtime room: the same as a peer (non-moderator, not the author) sees. */
  async publicPost(loaders: RequestLoaders, category: ForumCategoryEntity, post: ForumPostEntity): Promise<ForumPostModel> {
    const peer: ForumViewer = { userId: null, roles: [], tier: 'premium', emailVerified: true, groupIds: [] };
    const [model] = await this.postsFor(peer, loaders, category, [post]);
    return model;
  }
}
