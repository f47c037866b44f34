import { Injectable } from '@nestjs/common';
import { forumPolicy, ForumViewer } from '@confer/libs/access';
import { RequestLoaders } from '../../core/loaders/request-loaders';
import { ForumAccessService } from './forum-access.service';
import { ForumCategoryRepository } from './forum-category.repository';
import { ForumException } from './forum.exception';
import { ForumExtrasRepository, FlagRow } from './forum-extras.repository';
import { ForumPostRepository } from './forum-post.repository';
import { ForumPresenter } from './forum-presenter';
import { ForumThreadRepository } from './forum-thread.repository';
import { MAX_POST_LENGTH } from './forum.service';
import type { ForumPostModel, ForumThreadModel } from './graphql/forum.model';

export type FlagReason = 'patient_privacy' | 'unprofessional' | 'spam' | 'other';
const DRAFT_SCOPE = /^(thread|category):[0-9a-f-]{36}$/;

/** What members do around posts: drafts, flags, the helpful answer, edit history, unread counts and search. */
@Injectable()
export class ForumToolsService {
  constructor(
    private readonly access: ForumAccessService,
    private readonly extras: ForumExtrasRepository,
    private readonly posts: ForumPostRepository,
    private readonly threads: ForumThreadRepository,
    private readonly categories: ForumCategoryRepository,
    private readonly presenter: ForumPresenter,
  ) {}

  /** A draft belongs to its author and one place ("thread:<id>" or "category:<id>") they may post in. */
  private async draftScope(v: ForumViewer, scope: string): Promise<void> {
    if (!DRAFT_SCOPE.test(scope)) throw new ForumException('INVALID_DRAFT_SCOPE');
    const [kind, id] = scope.split(':');
    if (kind === 'thread') await this.access.readableThread(v, id);
    else await this.access.readableCategory(v, id);
  }

  async saveDraft(v: ForumViewer, scope: string, title: string | null, body: string): Promise<Date> {
    const userId = this.access.requireSignedIn(v);
    await this.draftScope(v, scope);
    if (body.length > MAX_POST_LENGTH) throw new ForumException('POST_TOO_LONG', { fields: { body: 'Posts are limited to 50,000 characters.' } });
    if (title && title.length > 200) throw new ForumException('INVALID_TITLE');
    if (!body.trim() && !title?.trim()) {
      await this.extras.deleteDraft(userId, scope);
      return new Date();
    }
    return this.extras.saveDraft(userId, scope, title, body);
  }

  async draft(v: ForumViewer, scope: string) {
    const userId = this.access.requireSignedIn(v);
    await this.draftScope(v, scope);
    return this.extras.findDraft(userId, scope);
  }

  async flag(v: ForumViewer, postId: string, reason: FlagReason, note: string | null): Promise<void> {
    const userId = this.access.requireSignedIn(v);
    const post = await this.posts.findById(postId);
    if (!post) throw new ForumException('POST_NOT_FOUND');
    const { thread, category } = await this.access.readableThread(v, post.threadId).catch(() => {
      throw new ForumException('POST_NOT_FOUND');
    });
    if (!this.access.canSeePost(v, category, thread, post)) throw new ForumException('POST_NOT_FOUND');
    if (!(await this.extras.insertFlag(post.id, userId, reason, note?.trim() || null))) throw new ForumException('ALREADY_FLAGGED');
  }

  async openFlags(v: ForumViewer, loaders: RequestLoaders): Promise<{ flag: FlagRow; post: ForumPostModel }[]> {
    if (!v.userId) throw new ForumException('SIGN_IN_REQUIRED');
    if (!forumPolicy.canModerate(v)) throw new ForumException('NOT_MODERATOR');
    const flags = await this.extras.openFlags(200);
    const posts = new Map((await this.posts.findByIds([...new Set(flags.map((f) => f.post_id))])).map((p) => [p.id, p]));
    const threads = new Map((await this.threads.findByIds([...new Set([...posts.values()].map((p) => p.threadId))])).map((t) => [t.id, t]));
    const categories = new Map((await this.categories.findByIds([...new Set([...threads.values()].map((t) => t.categoryId))])).map((c) => [c.id, c]));
    const out: { flag: FlagRow; post: ForumPostModel }[] = [];
    for (const flag of flags) {
      const post = posts.get(flag.post_id);
      const category = post && categories.get(threads.get(post.threadId)!.categoryId);
      if (post && category) out.push({ flag, post: (await this.presenter.postsFor(v, loaders, category, [post]))[0] });
    }
    return out;
  }

  /** "This helped": the thread's author marks (or clears) the answer among its visible replies. */
  async markAnswer(v: ForumViewer, loaders: RequestLoaders, threadId: string, postId: string | null): Promise<ForumThreadModel> {
    const userId = this.access.requireSignedIn(v);
    const { thread } = await this.access.readableThread(v, threadId);
    if (thread.authorId !== userId) throw new ForumException('NOT_THREAD_AUTHOR');
    if (postId) {
      const post = await this.posts.findById(postId);
      if (!post || post.threadId !== thread.id || post.status !== 'visible' || post.seq === 1) throw new ForumException('POST_NOT_FOUND');
    }
    await this.threads.update(thread.id, { answerPostId: postId });
    return (await this.presenter.threadsFor(v, loaders, [(await this.threads.findById(thread.id))!]))[0];
  }

  async history(v: ForumViewer, postId: string) {
    this.access.requireSignedIn(v);
    const post = await this.posts.findById(postId);
    if (!post) throw new ForumException('POST_NOT_FOUND');
    const { category } = await this.access.readableThread(v, post.threadId).catch(() => {
      throw new ForumException('POST_NOT_FOUND');
    });
    if (!forumPolicy.canSeeHistory(v, category, post)) throw new ForumException('POST_NOT_FOUND');
    return this.posts.revisionsOf(post.id);
  }

  unreadInThread(v: ForumViewer, loaders: RequestLoaders, threadId: string): Promise<number> {
    if (!v.userId) return Promise.resolve(0);
    const userId = v.userId;
    return loaders.get<string, number>('unreadInThread', async (ids) => {
      const counts = await this.extras.unreadCounts(userId, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(threadId);
  }

  lastReadSeq(v: ForumViewer, loaders: RequestLoaders, threadId: string): Promise<number> {
    if (!v.userId) return Promise.resolve(0);
    const userId = v.userId;
    return loaders.get<string, number>('lastReadSeq', async (ids) => {
      const seqs = await this.extras.lastRead(userId, ids);
      return ids.map((id) => seqs.get(id) ?? 0);
    }).load(threadId);
  }

  unreadThreadsInCategory(v: ForumViewer, loaders: RequestLoaders, categoryId: string): Promise<number> {
    if (!v.userId) return Promise.resolve(0);
    const userId = v.userId;
    return loaders.get<string, number>('unreadThreads', async (ids) => {
      const counts = await this.extras.unreadThreadsPerCategory(userId, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(categoryId);
  }

  async search(v: ForumViewer, loaders: RequestLoaders, query: string, first: number) {
    const q = query.trim();
    if (q.length < 2 || q.length > 200) throw new ForumException('INVALID_SEARCH');
    const readable = (await this.categories.findAll()).filter((c) => forumPolicy.canReadCategory(v, c));
    const rows = await this.extras.search(q, readable.map((c) => c.id), Math.min(Math.max(first, 1), 50));
    const threads = await this.threads.findByIds([...new Set(rows.map((r) => r.thread_id))]);
    const models = new Map((await this.presenter.threadsFor(v, loaders, threads)).map((t) => [t.id, t]));
    return rows.filter((r) => models.has(r.thread_id)).map((r) => ({ thread: models.get(r.thread_id)!, postId: r.post_id, snippet: r.headline }));
  }
}
