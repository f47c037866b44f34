import { Injectable } from '@nestjs/common';
import { forumPolicy, ForumViewer, isModerator } from '@confer/libs/access';
import { RequestLoaders } from '../../core/loaders/request-loaders';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';
import { ForumPostPageRow, ForumPostRepository, ReactionSummary } from './forum-post.repository';
import { AuthorCard, AuthorFacts, ForumThreadRepository } from './forum-thread.repository';
import {
  ForumAudienceGql,
  ForumAuthorModel,
  ForumCategoryModel,
  ForumPostModel,
  ForumStatusGql,
  ForumThreadModel,
  ReactionSummaryModel,
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

  private cardLoader(loaders: RequestLoaders) {
    return loaders.get<string, AuthorCard | null>('forumAuthorCards', async (ids) => {
      const cards = await this.threads.authorCards(ids);
      return ids.map((id) => cards.get(id) ?? null);
    });
  }

  /** How an author appears to this viewer: an anonymous one only by pseudonym (and isYou to themselves). */
  author(v: ForumViewer, f: AuthorFacts): ForumAuthorModel {
    const isYou = v.userId !== null && v.userId === f.authorId;
    if (f.anonymous) {
      return { userId: null, displayName: f.pseudonym ?? 'Anonymous member', credentials: null, credentialsVerified: false, jobTitle: null, organizationName: null, anonymous: true, isYou };
    }
    const c = f.card;
    return {
      userId: f.authorId,
      displayName: c?.displayName ?? 'Former member',
      credentials: c?.credentials ?? null,
      credentialsVerified: c?.credentialsVerified ?? false,
      jobTitle: c?.jobTitle ?? null,
      organizationName: c?.organizationName ?? null,
      anonymous: false,
      isYou,
    };
  }

  private async authors(v: ForumViewer, loaders: RequestLoaders, items: Authored[]): Promise<ForumAuthorModel[]> {
    const namedIds = [...new Set(items.filter((i) => !i.anonymous).map((i) => i.authorId))];
    const anonymousKeys = items.filter((i) => i.anonymous).map((i) => ({ threadId: i.threadId, userId: i.authorId }));
    const [cards, pseudonyms] = await Promise.all([this.cardLoader(loaders).loadMany(namedIds), this.threads.pseudonymsFor(anonymousKeys)]);
    const cardOf = new Map<string, AuthorCard>();
    namedIds.forEach((id, k) => {
      const card = cards[k];
      if (card && !(card instanceof Error)) cardOf.set(id, card);
    });
    const label = new Map(pseudonyms.map((p) => [`${p.threadId}|${p.userId}`, p.label]));
    return items.map((i) =>
      this.author(v, {
        authorId: i.authorId,
        anonymous: i.anonymous,
        card: i.anonymous ? null : (cardOf.get(i.authorId) ?? null),
        pseudonym: i.anonymous ? (label.get(`${i.threadId}|${i.authorId}`) ?? null) : null,
      }),
    );
  }

  thread(t: ForumThreadEntity, author: ForumAuthorModel): ForumThreadModel {
    return {
      id: t.id,
      categoryId: t.categoryId,
      title: t.title,
      status: t.status as ForumStatusGql,
      pinned: t.pinned,
      locked: t.locked,
      postCount: t.postCount,
      answerPostId: t.answerPostId,
      author,
      createdAt: t.createdAt,
      lastPostAt: t.lastPostAt,
    };
  }

  async threadsFor(v: ForumViewer, loaders: RequestLoaders, rows: ForumThreadEntity[]): Promise<ForumThreadModel[]> {
    const authors = await this.authors(v, loaders, rows.map((t) => ({ authorId: t.authorId, anonymous: t.anonymous, threadId: t.id })));
    return rows.map((t, i) => this.thread(t, authors[i]));
  }

  /** One post as this viewer may see it; every way a post leaves the API goes through here. */
  private post(v: ForumViewer, moderator: boolean, category: ForumCategoryEntity, p: ForumPostEntity, author: ForumAuthorModel, reactions: ReactionSummary[]): ForumPostModel {
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
      author,
      // The summaries already have the model's shape (ReactionKindGql's values are the stored kinds).
      reactions: reactions as ReactionSummaryModel[],
      createdAt: p.createdAt,
      editedAt: p.editedAt,
    };
  }

  async postsFor(v: ForumViewer, loaders: RequestLoaders, category: ForumCategoryEntity, rows: ForumPostEntity[]): Promise<ForumPostModel[]> {
    const [authors, reactions] = await Promise.all([
      this.authors(v, loaders, rows),
      this.posts.reactionSummaries(rows.map((p) => p.id), v.userId),
    ]);
    const moderator = isModerator(v);
    return rows.map((p, i) => this.post(v, moderator, category, p, authors[i], reactions.filter((r) => r.postId === p.id).map(({ kind, count, mine }) => ({ kind, count, mine }))));
  }

  /** A thread page read with ForumPostRepository.pageInThread: nothing more to load. */
  postPage(v: ForumViewer, category: ForumCategoryEntity, rows: ForumPostPageRow[]): ForumPostModel[] {
    const moderator = isModerator(v);
    return rows.map((r) => this.post(v, moderator, category, r.post, this.author(v, r.author), r.reactions));
  }

  /** What goes out on a thread's realtime room: the same as a peer (non-moderator, not the author) sees. */
  async publicPost(loaders: RequestLoaders, category: ForumCategoryEntity, post: ForumPostEntity): Promise<ForumPostModel> {
    const peer: ForumViewer = { userId: null, roles: [], tier: 'premium', emailVerified: true, groupIds: [] };
    const [model] = await this.postsFor(peer, loaders, category, [post]);
    return model;
  }
}
