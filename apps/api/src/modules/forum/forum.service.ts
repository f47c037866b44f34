import { randomUUID } from 'node:crypto';
import { isUuid } from '@confer/libs/text';
import { Injectable } from '@nestjs/common';
import { forumPolicy, ForumViewer } from '@confer/libs/access';
import { phiVerdict, PHI_KIND_LABELS, scanForPhi, PhiFinding } from '@confer/libs/phi-guard';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { RequestLoaders } from '../../core/loaders/request-loaders';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumPostEntity } from './entities/forum-post.entity';
import { ForumThreadEntity } from './entities/forum-thread.entity';
import type { ReactionKind } from './entities/forum-reaction.entity';
import { ForumAccessService } from './forum-access.service';
import { ForumCategoryRepository } from './forum-category.repository';
import { ForumGateway } from './forum.gateway';
import { ForumException } from './forum.exception';
import { ForumPostRepository } from './forum-post.repository';
import { ForumPendingEditRepository } from './forum-pending-edit.repository';
import { ForumPresenter } from './forum-presenter';
import { MarkdownRenderer } from './markdown-renderer';
import { ForumPostPublished, NotificationsService } from '../notifications/notifications.service';
import { ForumThreadRepository, ThreadCursor } from './forum-thread.repository';
import type { ForumPostConnectionModel, ForumPostModel, ForumThreadConnectionModel, ForumThreadModel } from './graphql/forum.model';

export const MAX_POST_LENGTH = 50_000;
const MAX_TITLE_LENGTH = 200;

interface Draft {
  body: string;
  confirmPhi: boolean;
}

/**
 * Decides whether a new or edited post goes out, waits for a moderator, or needs the author's
 * confirmation. The title (of a new thread) counts for the verdict; the stored findings are the
 * body's, with offsets into the body, for highlighting.
 */
function screen(
  text: string,
  confirmPhi: boolean,
  premoderate: boolean,
  title = '',
): { status: 'visible' | 'held'; heldReason: string | null; findings: PhiFinding[]; cause: 'phi' | 'premoderation' | null } {
  const bodyFindings = scanForPhi(text);
  const titleFindings = title ? scanForPhi(title) : [];
  const findings = [...titleFindings, ...bodyFindings];
  const verdict = phiVerdict(findings);
  if (verdict === 'confirm' && !confirmPhi) {
    throw new ForumException('PHI_CONFIRMATION_REQUIRED', { extra: { phiFindings: bodyFindings, titlePhiFindings: titleFindings } });
  }
  if (verdict === 'hold') return { status: 'held', heldReason: holdReason(findings), findings: bodyFindings, cause: 'phi' };
  if (premoderate) return { status: 'held', heldReason: 'Waiting for a moderator: new members’ first posts and this category are reviewed before they appear.', findings: bodyFindings, cause: 'premoderation' };
  return { status: 'visible', heldReason: null, findings: bodyFindings, cause: null };
}

const EDIT_REVIEW_REASON = 'Your edit waits for a moderator: changes in this category are reviewed before they appear. Readers see the previous version meanwhile.';

function holdReason(findings: PhiFinding[]): string {
  const kinds = [...new Set(findings.filter((f) => f.confidence === 'high').map((f) => PHI_KIND_LABELS[f.kind].toLowerCase()))];
  return `Held for a moderator: it looks like it contains a patient identifier (${kinds.join(', ')}).`;
}

function checkBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed) throw new ForumException('EMPTY_POST', { fields: { body: 'Write something first.' } });
  if (body.length > MAX_POST_LENGTH) throw new ForumException('POST_TOO_LONG', { fields: { body: 'Posts are limited to 50,000 characters.' } });
  return trimmed;
}

/** What notifications need to know about a post that became visible. */
export function published(post: ForumPostEntity, categoryId: string): ForumPostPublished {
  return { postId: post.id, threadId: post.threadId, categoryId, authorId: post.authorId, anonymous: post.anonymous, quotedPostId: post.quotedPostId };
}

function encodeCursor(parts: (string | number | boolean)[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(value)) return value;
  } catch {
    /* fall through */
  }
  throw new ForumException('INVALID_CURSOR');
}

@Injectable()
export class ForumService {
  constructor(
    private readonly access: ForumAccessService,
    private readonly categories: ForumCategoryRepository,
    private readonly threads: ForumThreadRepository,
    private readonly posts: ForumPostRepository,
    private readonly presenter: ForumPresenter,
    private readonly transactions: TransactionRunner,
    private readonly gateway: ForumGateway,
    private readonly markdown: MarkdownRenderer,
    private readonly notifications: NotificationsService,
    private readonly pendingEdits: ForumPendingEditRepository,
  ) {}

  async listCategories(v: ForumViewer): Promise<ForumCategoryEntity[]> {
    return (await this.categories.findAll()).filter((c) => forumPolicy.canReadCategory(v, c));
  }

  async categoryBySlug(v: ForumViewer, slug: string): Promise<ForumCategoryEntity> {
    const category = await this.categories.findBySlug(slug);
    if (!category || !forumPolicy.canReadCategory(v, category)) throw new ForumException('CATEGORY_NOT_FOUND');
    return category;
  }

  async threadPage(v: ForumViewer, loaders: RequestLoaders, categoryId: string, first: number, after: string | null): Promise<ForumThreadConnectionModel> {
    await this.access.readableCategory(v, categoryId);
    const limit = Math.min(Math.max(first, 1), 100);
    let cursor: ThreadCursor | null = null;
    if (after) {
      const [pinned, lastPostAt, id] = decodeCursor(after);
      const date = new Date(String(lastPostAt));
      if (typeof pinned !== 'boolean' || !isUuid(id) || Number.isNaN(date.getTime())) throw new ForumException('INVALID_CURSOR');
      cursor = { pinned, lastPostAt: date, id };
    }
    const rows = await this.threads.listInCategory(categoryId, this.access.sqlViewer(v), cursor, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      nodes: await this.presenter.threadsFor(v, loaders, page),
      nextCursor: rows.length > limit && last ? encodeCursor([last.pinned, last.lastPostAt.toISOString(), last.id]) : null,
    };
  }

  async thread(v: ForumViewer, loaders: RequestLoaders, threadId: string): Promise<{ model: ForumThreadModel; category: ForumCategoryEntity }> {
    const { thread, category, author } = await this.access.readableThreadIn(loaders, v, threadId);
    return { model: this.presenter.thread(thread, this.presenter.author(v, author)), category };
  }

  async postPage(v: ForumViewer, loaders: RequestLoaders, threadId: string, first: number, after: string | null): Promise<ForumPostConnectionModel> {
    const { category } = await this.access.readableThreadIn(loaders, v, threadId);
    const limit = Math.min(Math.max(first, 1), 100);
    let afterSeq = 0;
    if (after) {
      const [seq] = decodeCursor(after);
      if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) throw new ForumException('INVALID_CURSOR');
      afterSeq = seq;
    }
    const rows = await this.posts.pageInThread(threadId, this.access.sqlViewer(v), afterSeq, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      nodes: this.presenter.postPage(v, category, page),
      nextCursor: rows.length > limit && last ? encodeCursor([last.post.seq]) : null,
    };
  }

  private async isNewMember(userId: string): Promise<boolean> {
    return !(await this.threads.hasVisiblePost(userId));
  }

  async createThread(
    v: ForumViewer,
    loaders: RequestLoaders,
    input: { categoryId: string; title: string; body: string; anonymous: boolean; confirmPhi: boolean },
  ): Promise<{ thread: ForumThreadModel; post: ForumPostModel; held: boolean }> {
    const userId = this.access.requireSignedIn(v);
    const category = await this.access.readableCategory(v, input.categoryId);
    if (!forumPolicy.canPostInCategory(v, category)) throw new ForumException(v.suspended ? 'SUSPENDED' : 'CANNOT_POST');
    if (input.anonymous && !category.allowAnonymous) throw new ForumException('ANONYMOUS_NOT_ALLOWED');
    const title = input.title.trim();
    if (!title || title.length > MAX_TITLE_LENGTH) throw new ForumException('INVALID_TITLE', { fields: { title: 'Give the thread a title (up to 200 characters).' } });
    const body = checkBody(input.body);
    const premoderate = category.requirePremoderation || ((await this.isNewMember(userId)) && !forumPolicy.canModerate(v));
    const verdict = screen(body, input.confirmPhi, premoderate, title);
    const bodyHtml = this.render(body);
    const { thread, post } = await this.transactions.run(async (tx) => {
      const thread = await this.threads.insert({ categoryId: category.id, authorId: userId, anonymous: input.anonymous, title, status: verdict.status }, tx);
      if (input.anonymous) await this.threads.pseudonymFor(thread.id, userId, tx);
      const seq = await this.threads.nextSeq(thread.id, tx);
      const post = await this.posts.insert(
        { threadId: thread.id, seq, authorId: userId, anonymous: input.anonymous, bodyMd: body, bodyHtml, status: verdict.status, heldReason: verdict.heldReason, phiFindings: verdict.findings, quotedPostId: null },
        tx,
      );
      // The fan-out is a job queued with the post: it exists exactly when the post does, and runs in a worker.
      if (verdict.status === 'visible') await this.notifications.onForumPostPublished(published(post, category.id), tx);
      return { thread: (await this.threads.findById(thread.id, tx))!, post };
    });
    if (verdict.status === 'visible') {
      this.notifications.nudge();
      this.gateway.categoryActivity(category.id, thread.id);
    }
    const [threadModel] = await this.presenter.threadsFor(v, loaders, [thread]);
    return { thread: threadModel, post: (await this.peerAndAuthorViews(category, post)).author, held: verdict.status === 'held' };
  }

  /**
   * A new post presented once: as any peer sees it (what its thread's room gets), plus what only its
   * author sees — `isYou`, and the held reason and findings. A new post has no reactions yet.
   */
  private async peerAndAuthorViews(category: ForumCategoryEntity, post: ForumPostEntity): Promise<{ peer: ForumPostModel; author: ForumPostModel }> {
    const peer = await this.presenter.publicPost(new RequestLoaders(), category, post);
    return { peer, author: { ...peer, author: { ...peer.author, isYou: true }, heldReason: post.heldReason, phiFindings: post.phiFindings } };
  }


  async createPost(
    v: ForumViewer,
    loaders: RequestLoaders,
    input: { threadId: string; body: string; anonymous: boolean; confirmPhi: boolean; quotedPostId?: string | null },
  ): Promise<{ thread: ForumThreadModel; post: ForumPostModel; held: boolean }> {
    const userId = this.access.requireSignedIn(v);
    const { thread, category } = await this.access.readableThread(v, input.threadId);
    if (!forumPolicy.canPostInCategory(v, category)) throw new ForumException(v.suspended ? 'SUSPENDED' : 'CANNOT_POST');
    if (thread.locked && !forumPolicy.canModerate(v)) throw new ForumException('THREAD_LOCKED');
    if (input.anonymous && !category.allowAnonymous) throw new ForumException('ANONYMOUS_NOT_ALLOWED');
    const body = checkBody(input.body);
    if (input.quotedPostId) {
      const quoted = await this.posts.findById(input.quotedPostId);
      if (!quoted || quoted.threadId !== thread.id || !this.access.canSeePost(v, category, thread, quoted)) throw new ForumException('POST_NOT_FOUND');
    }
    const premoderate = category.requirePremoderation || ((await this.isNewMember(userId)) && !forumPolicy.canModerate(v));
    const verdict = screen(body, input.confirmPhi, premoderate);
    // Rendered before the transaction, and the notification job queued before the number is taken:
    // a busy thread's replies queue on its row lock, which is held from that statement to the commit.
    const bodyHtml = this.render(body);
    const postId = randomUUID();
    const event: ForumPostPublished = { postId, threadId: thread.id, categoryId: category.id, authorId: userId, anonymous: input.anonymous, quotedPostId: input.quotedPostId ?? null };
    const expectLive = verdict.status === 'visible' && thread.status === 'visible';
    const { post, live } = await this.transactions.run(async (tx) => {
      // The fan-out reads the post when it runs and skips one that is not published by then.
      if (expectLive) await this.notifications.onForumPostPublished(event, tx);
      const inserted = await this.posts.insertReply(
        { id: postId, threadId: thread.id, authorId: userId, anonymous: input.anonymous, bodyMd: body, bodyHtml, status: verdict.status, heldReason: verdict.heldReason, phiFindings: verdict.findings, quotedPostId: input.quotedPostId ?? null },
        forumPolicy.canModerate(v),
        tx,
      );
      // No number taken: locked since it was read (throwing rolls back the queued job too), or gone.
      if (!inserted) throw new ForumException((await this.threads.findById(thread.id, tx)) ? 'THREAD_LOCKED' : 'THREAD_NOT_FOUND');
      if (input.anonymous) await this.threads.pseudonymFor(thread.id, userId, tx);
      const live = inserted.post.status === 'visible' && inserted.threadStatus === 'visible';
      // The thread was made visible again in between: queue the job now.
      if (live && !expectLive) await this.notifications.onForumPostPublished(event, tx);
      return { post: inserted.post, live };
    });
    const views = await this.peerAndAuthorViews(category, post);
    if (live) {
      this.notifications.nudge();
      this.gateway.postCreated(thread.id, views.peer, category.id);
    }
    const fresh = (await this.threads.findById(thread.id))!;
    const [threadModel] = await this.presenter.threadsFor(v, loaders, [fresh]);
    return { thread: threadModel, post: views.author, held: post.status === 'held' };
  }

  private async editablePost(v: ForumViewer, postId: string): Promise<{ post: ForumPostEntity; thread: ForumThreadEntity; category: ForumCategoryEntity }> {
    this.access.requireSignedIn(v);
    const post = await this.posts.findById(postId);
    if (!post) throw new ForumException('POST_NOT_FOUND');
    const { thread, category } = await this.access.readableThread(v, post.threadId).catch(() => {
      throw new ForumException('POST_NOT_FOUND');
    });
    if (!this.access.canSeePost(v, category, thread, post)) throw new ForumException('POST_NOT_FOUND');
    if (!forumPolicy.canEditContent(v, category, post)) throw new ForumException('NOT_YOUR_POST');
    return { post, thread, category };
  }

  async editPost(v: ForumViewer, loaders: RequestLoaders, input: Draft & { postId: string; reason?: string | null }): Promise<ForumPostModel> {
    const { post, thread, category } = await this.editablePost(v, input.postId);
    const byModerator = v.userId !== post.authorId;
    if (byModerator && !input.reason?.trim()) throw new ForumException('REASON_REQUIRED', { fields: { reason: 'Say why you edit another member’s post.' } });
    if (thread.locked && !forumPolicy.canModerate(v)) throw new ForumException('THREAD_LOCKED');
    const body = checkBody(input.body);
    const verdict = byModerator
      ? { status: post.status, heldReason: post.heldReason, findings: scanForPhi(body), cause: null }
      : screen(body, input.confirmPhi, post.status === 'held' || category.requirePremoderation);
    // An author's edit of a published post that needs review waits aside: readers keep the approved
    // text (and the post keeps its place) until a moderator approves or rejects the edit.
    const asidePending = !byModerator && post.status === 'visible' && verdict.status === 'held';
    const heldAside = await this.transactions.run(async (tx) => {
      const locked = await this.posts.lockById(post.id, tx);
      if (!locked) throw new ForumException('POST_NOT_FOUND');
      if (asidePending && locked.status === 'visible') {
        const heldReason = verdict.cause === 'premoderation' ? EDIT_REVIEW_REASON : verdict.heldReason!;
        await this.pendingEdits.save({ postId: post.id, bodyMd: body, bodyHtml: this.render(body), phiFindings: verdict.findings, heldReason }, tx);
        return true;
      }
      await this.posts.insertRevision({ postId: post.id, editorId: v.userId!, bodyMd: locked.bodyMd, reason: input.reason?.trim() || null }, tx);
      await this.posts.update(post.id, { bodyMd: body, bodyHtml: this.render(body), status: verdict.status, heldReason: verdict.heldReason, phiFindings: verdict.findings, editedAt: new Date() }, tx);
      if (byModerator) await this.posts.logAction({ actorId: v.userId!, action: 'edit', targetType: 'post', targetId: post.id, reason: input.reason!.trim() }, tx);
      // The author's own newer text, accepted as it is, replaces any edit still waiting.
      else await this.pendingEdits.take(post.id, tx);
      return false;
    });
    const updated = (await this.posts.findById(post.id))!;
    // An edit held aside changed nothing readers see.
    if (!heldAside && updated.status === 'visible' && thread.status === 'visible') {
      this.gateway.postUpdated(thread.id, await this.presenter.publicPost(new RequestLoaders(), category, updated));
    } else if (!heldAside && post.status === 'visible') {
      this.gateway.postRemoved(thread.id, post.id);
    }
    const [model] = await this.presenter.postsFor(v, loaders, category, [updated]);
    return model;
  }

  /** Soft delete by the author (moderators use moderatePost); the text stays for moderators and restore. */
  async deletePost(v: ForumViewer, postId: string): Promise<void> {
    const { post, thread } = await this.editablePost(v, postId);
    await this.posts.update(post.id, { status: 'deleted' });
    if (post.seq === 1) {
      await this.threads.update(thread.id, { status: 'deleted' });
      await this.gateway.threadClosedToReaders(thread.id);
    } else {
      this.gateway.postRemoved(thread.id, post.id);
    }
  }

  async react(v: ForumViewer, loaders: RequestLoaders, postId: string, kind: ReactionKind, on: boolean): Promise<ForumPostModel> {
    const userId = this.access.requireSignedIn(v);
    const post = await this.posts.findById(postId);
    if (!post) throw new ForumException('POST_NOT_FOUND');
    const { thread, category } = await this.access.readableThread(v, post.threadId).catch(() => {
      throw new ForumException('POST_NOT_FOUND');
    });
    if (!this.access.canSeePost(v, category, thread, post) || post.status !== 'visible') throw new ForumException('POST_NOT_FOUND');
    if (!forumPolicy.canPostInCategory(v, category)) throw new ForumException(v.suspended ? 'SUSPENDED' : 'CANNOT_POST');
    if (on) {
      if (!(await this.posts.addReaction(post.id, userId, kind))) throw new ForumException('ALREADY_REACTED');
    } else {
      await this.posts.removeReaction(post.id, userId, kind);
    }
    const summary = await this.posts.reactionSummaries([post.id], null);
    this.gateway.reactionsChanged(thread.id, post.id, summary.map((r) => ({ kind: r.kind as never, count: r.count })));
    const [model] = await this.presenter.postsFor(v, loaders, category, [post]);
    return model;
  }

  private render(body: string): string {
    return this.markdown.render(body);
  }
}
