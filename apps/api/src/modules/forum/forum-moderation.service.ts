import { Injectable } from '@nestjs/common';
import { forumPolicy, ForumViewer, isStaff } from '@confer/libs/access';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { orderByKeys, RequestLoaders } from '../../core/loaders/request-loaders';
import { UserRepository } from '../accounts/user.repository';
import { MailService } from '../mail/mail.service';
import { renderEmail } from '../mail/templates/mail-layout.template';
import { ForumCategoryRepository } from './forum-category.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { ForumExtrasRepository } from './forum-extras.repository';
import { ForumGateway } from './forum.gateway';
import { ForumException } from './forum.exception';
import { ForumPostRepository } from './forum-post.repository';
import { ForumPendingEditRepository, PendingEdit } from './forum-pending-edit.repository';
import { ForumPresenter } from './forum-presenter';
import { published } from './forum.service';
import { ForumThreadRepository } from './forum-thread.repository';
import type { ForumPostModel, ModerationActionModel } from './graphql/forum.model';

export type Decision = 'approve' | 'hide' | 'delete' | 'restore' | 'reject_edit';

const TRANSITIONS: Record<Exclude<Decision, 'reject_edit'>, { from: string[]; to: 'visible' | 'hidden' | 'deleted' }> = {
  approve: { from: ['held'], to: 'visible' },
  hide: { from: ['visible', 'held'], to: 'hidden' },
  delete: { from: ['visible', 'held', 'hidden'], to: 'deleted' },
  restore: { from: ['hidden', 'deleted'], to: 'visible' },
};

/** The moderators' tools. Every action is written to the action log with who, what, when and why. */
@Injectable()
export class ForumModerationService {
  constructor(
    private readonly posts: ForumPostRepository,
    private readonly threads: ForumThreadRepository,
    private readonly categories: ForumCategoryRepository,
    private readonly presenter: ForumPresenter,
    private readonly gateway: ForumGateway,
    private readonly users: UserRepository,
    private readonly mail: MailService,
    private readonly transactions: TransactionRunner,
    private readonly extras: ForumExtrasRepository,
    private readonly notifications: NotificationsService,
    private readonly pendingEdits: ForumPendingEditRepository,
  ) {}

  /** The edit waiting on a post, batched per request (callers decide who may see it). */
  pendingEdit(loaders: RequestLoaders, postId: string): Promise<PendingEdit | null> {
    return loaders
      .get<string, PendingEdit | null>('forumPendingEdits', async (ids) => orderByKeys(ids, await this.pendingEdits.findByPostIds(ids), (e) => e.postId))
      .load(postId);
  }

  private requireModerator(v: ForumViewer): string {
    if (!v.userId) throw new ForumException('SIGN_IN_REQUIRED');
    if (!forumPolicy.canModerate(v)) throw new ForumException('NOT_MODERATOR');
    return v.userId;
  }

  /** Held posts and published posts with an edit waiting, oldest first. */
  async queue(v: ForumViewer, loaders: RequestLoaders): Promise<ForumPostModel[]> {
    this.requireModerator(v);
    const [heldPosts, edits] = await Promise.all([this.posts.heldQueue(100), this.pendingEdits.queued(100)]);
    const edited = (await this.posts.findByIds(edits.map((e) => e.postId))).filter((p) => p.status === 'visible');
    const since = new Map<string, number>([...heldPosts.map((p) => [p.id, p.createdAt.getTime()] as const), ...edits.map((e) => [e.postId, new Date(e.createdAt).getTime()] as const)]);
    const held = [...heldPosts, ...edited].sort((a, b) => since.get(a.id)! - since.get(b.id)!).slice(0, 100);
    const categoryIds = new Map((await this.threads.findByIds([...new Set(held.map((p) => p.threadId))])).map((t) => [t.id, t.categoryId]));
    const categories = new Map((await this.categories.findByIds([...new Set(categoryIds.values())])).map((c) => [c.id, c]));
    const out: ForumPostModel[] = [];
    for (const post of held) {
      const category = categories.get(categoryIds.get(post.threadId)!);
      if (category) out.push(...(await this.presenter.postsFor(v, loaders, category, [post])));
    }
    return out;
  }

  async decide(v: ForumViewer, loaders: RequestLoaders, postId: string, decision: Decision, reason: string | null): Promise<ForumPostModel> {
    const actorId = this.requireModerator(v);
    const why = reason?.trim() || null;
    if (decision !== 'approve' && !why) throw new ForumException('REASON_REQUIRED', { fields: { reason: 'Give a reason: it goes to the action log.' } });
    const { post, editDecided } = await this.transactions.run(async (tx) => {
      const post = await this.posts.lockById(postId, tx);
      if (!post) throw new ForumException('POST_NOT_FOUND');
      // Approving a published post approves its waiting edit; rejecting one drops it.
      if (decision === 'reject_edit' || (decision === 'approve' && post.status === 'visible')) {
        const edit = await this.pendingEdits.take(post.id, tx);
        if (!edit) throw new ForumException('INVALID_TRANSITION');
        if (decision === 'approve') {
          await this.posts.insertRevision({ postId: post.id, editorId: post.authorId, bodyMd: post.bodyMd, reason: null }, tx);
          await this.posts.update(post.id, { bodyMd: edit.bodyMd, bodyHtml: edit.bodyHtml, phiFindings: edit.phiFindings, editedAt: edit.createdAt }, tx);
        }
        await this.posts.logAction({ actorId, action: decision === 'approve' ? 'approve_edit' : 'reject_edit', targetType: 'post', targetId: post.id, reason: why }, tx);
        return { post: (await this.posts.findById(post.id, tx))!, editDecided: true };
      }
      const rule = TRANSITIONS[decision];
      if (!rule.from.includes(post.status)) throw new ForumException('INVALID_TRANSITION');
      await this.posts.update(post.id, { status: rule.to, heldReason: rule.to === 'visible' ? null : post.heldReason }, tx);
      // A post taken down has no edit left to publish.
      if (rule.to !== 'visible') await this.pendingEdits.take(post.id, tx);
      // The first post carries its thread: the thread follows its fate.
      if (post.seq === 1) await this.threads.update(post.threadId, { status: rule.to }, tx);
      await this.posts.logAction({ actorId, action: decision, targetType: 'post', targetId: post.id, reason: why }, tx);
      // Visible now in a visible thread: its notifications are queued with the decision (a worker sends them).
      const thread = await this.threads.findById(post.threadId, tx);
      if (rule.to === 'visible' && thread?.status === 'visible') await this.notifications.onForumPostPublished(published({ ...post, status: rule.to }, thread.categoryId), tx);
      return { post: (await this.posts.findById(post.id, tx))!, editDecided: false };
    });
    const thread = (await this.threads.findById(post.threadId))!;
    const category = (await this.categories.findById(thread.categoryId))!;
    if (editDecided) {
      if (decision === 'approve' && thread.status === 'visible') this.gateway.postUpdated(thread.id, await this.presenter.publicPost(new RequestLoaders(), category, post));
      return (await this.presenter.postsFor(v, loaders, category, [post]))[0];
    }
    // Deciding on a post settles the flags raised about it.
    await this.extras.resolveFlags(post.id, actorId);
    if (post.status === 'visible' && thread.status === 'visible') {
      this.notifications.nudge();
      this.gateway.postCreated(thread.id, await this.presenter.publicPost(new RequestLoaders(), category, post), category.id);
    } else if (post.seq === 1) {
      await this.gateway.threadClosedToReaders(thread.id);
    } else {
      this.gateway.postRemoved(thread.id, post.id);
    }
    const [model] = await this.presenter.postsFor(v, loaders, category, [post]);
    return model;
  }

  /**
   * Settles the open flags of a post without acting on it (the post stays as it is), logged with
   * the optional reason. Flags and log entry commit together; a second dismissal finds nothing open.
   */
  async dismissFlags(v: ForumViewer, postId: string, reason: string | null): Promise<void> {
    const actorId = this.requireModerator(v);
    const post = await this.posts.findById(postId);
    if (!post) throw new ForumException('POST_NOT_FOUND');
    await this.transactions.run(async (tx) => {
      if ((await this.extras.resolveFlags(post.id, actorId, tx)) === 0) throw new ForumException('NO_OPEN_FLAGS');
      await this.posts.logAction({ actorId, action: 'dismiss_flags', targetType: 'post', targetId: post.id, reason: reason?.trim() || null }, tx);
    });
  }

  async setThreadFlags(v: ForumViewer, threadId: string, flags: { locked?: boolean; pinned?: boolean }, reason: string | null): Promise<void> {
    const actorId = this.requireModerator(v);
    const thread = await this.threads.findById(threadId);
    if (!thread) throw new ForumException('THREAD_NOT_FOUND');
    await this.transactions.run(async (tx) => {
      await this.threads.update(thread.id, flags, tx);
      for (const [flag, on] of Object.entries(flags)) {
        const action = flag === 'locked' ? (on ? 'lock' : 'unlock') : on ? 'pin' : 'unpin';
        await this.posts.logAction({ actorId, action, targetType: 'thread', targetId: thread.id, reason: reason?.trim() || null }, tx);
      }
    });
  }

  /**
   * Reveals who wrote an anonymous post, to this moderator only. The reason goes to the action log
   * and the author is told by email, in the same transaction.
   */
  async revealAuthor(v: ForumViewer, postId: string, reason: string | null): Promise<{ userId: string; displayName: string; email: string }> {
    const actorId = this.requireModerator(v);
    const why = reason?.trim();
    if (!why) throw new ForumException('REASON_REQUIRED', { fields: { reason: 'Give a reason: it goes to the action log and the author is told.' } });
    const post = await this.posts.findById(postId);
    if (!post) throw new ForumException('POST_NOT_FOUND');
    if (!post.anonymous) throw new ForumException('NOT_ANONYMOUS');
    const author = await this.users.findById(post.authorId);
    if (!author) throw new ForumException('POST_NOT_FOUND');
    await this.transactions.run(async (tx) => {
      await this.posts.logAction({ actorId, action: 'reveal_author', targetType: 'post', targetId: post.id, reason: why }, tx);
      const mail = renderEmail({
        subject: 'A moderator saw who wrote one of your anonymous posts',
        heading: `Hello ${author.displayName}`,
        paragraphs: [
          'A Confer moderator looked up the author of one of your anonymous posts. This is recorded in the moderators’ action log with their reason.',
          'Your identity is still hidden from other members.',
        ],
      });
      // No thread title or post text: the email may be read outside the board.
      await this.mail.enqueue(tx, { kind: 'anonymous-author-revealed', to: author.email, ...mail });
    });
    this.mail.nudge();
    return { userId: author.id, displayName: author.displayName, email: author.email };
  }

  async groups(v: ForumViewer): Promise<{ id: string; slug: string; name: string; description: string | null }[]> {
    if (!v.userId) throw new ForumException('SIGN_IN_REQUIRED');
    if (!isStaff(v)) throw new ForumException('NOT_STAFF');
    return this.categories.findGroups();
  }

  /** Staff manage private groups; removing someone closes their open group threads at once. */
  async setGroupMember(v: ForumViewer, groupId: string, userId: string, member: boolean): Promise<void> {
    if (!v.userId) throw new ForumException('SIGN_IN_REQUIRED');
    if (!isStaff(v)) throw new ForumException('NOT_STAFF');
    const [group, user] = await Promise.all([this.categories.findGroupById(groupId), this.users.findById(userId)]);
    if (!group) throw new ForumException('GROUP_NOT_FOUND');
    if (!user) throw new ForumException('USER_NOT_FOUND');
    if (member) {
      await this.categories.addMember(group.id, user.id, v.userId);
    } else {
      await this.categories.removeMember(group.id, user.id);
    }
    await this.posts.logAction({ actorId: v.userId, action: member ? 'group_add' : 'group_remove', targetType: 'user', targetId: user.id, reason: group.slug });
    if (!member) await this.gateway.recheckUser(user.id);
  }

  /** Moves a thread to another category (for example out of public samples), logged with the reason. */
  async moveThread(v: ForumViewer, threadId: string, categoryId: string, reason: string | null): Promise<void> {
    const actorId = this.requireModerator(v);
    const why = reason?.trim();
    if (!why) throw new ForumException('REASON_REQUIRED', { fields: { reason: 'Give a reason: it goes to the action log.' } });
    const [thread, category] = await Promise.all([this.threads.findById(threadId), this.categories.findById(categoryId)]);
    if (!thread) throw new ForumException('THREAD_NOT_FOUND');
    if (!category) throw new ForumException('CATEGORY_NOT_FOUND');
    await this.transactions.run(async (tx) => {
      await this.threads.update(thread.id, { categoryId: category.id }, tx);
      await this.posts.logAction({ actorId, action: 'move', targetType: 'thread', targetId: thread.id, reason: `${why} (to ${category.slug})` }, tx);
    });
    // Readers of the old category may not be allowed in the new one.
    await this.gateway.threadClosedToReaders(thread.id);
  }

  /** A private warning by email (no post text), logged. */
  async warn(v: ForumViewer, userId: string, reason: string | null): Promise<void> {
    const actorId = this.requireModerator(v);
    const why = reason?.trim();
    if (!why) throw new ForumException('REASON_REQUIRED', { fields: { reason: 'Say what the member should change.' } });
    const user = await this.users.findById(userId);
    if (!user) throw new ForumException('USER_NOT_FOUND');
    await this.transactions.run(async (tx) => {
      await this.posts.logAction({ actorId, action: 'warn', targetType: 'user', targetId: user.id, reason: why }, tx);
      const mail = renderEmail({
        subject: 'A note from the Confer moderators',
        heading: `Hello ${user.displayName}`,
        paragraphs: ['A moderator asks you to keep the following in mind on the board:', why, 'Thank you for helping keep the board safe and useful for everyone.'],
      });
      await this.mail.enqueue(tx, { kind: 'moderation-warning', to: user.email, ...mail });
    });
    this.mail.nudge();
  }

  /** Stops a member posting and reacting until a date (they can still read); null lifts it. */
  async suspend(v: ForumViewer, userId: string, until: Date | null, reason: string | null): Promise<void> {
    const actorId = this.requireModerator(v);
    const why = reason?.trim();
    if (!why) throw new ForumException('REASON_REQUIRED', { fields: { reason: 'Give a reason: it goes to the action log and to the member.' } });
    const user = await this.users.findById(userId);
    if (!user) throw new ForumException('USER_NOT_FOUND');
    if (until && (until.getTime() <= Date.now() || until.getTime() > Date.now() + 366 * 86400_000)) throw new ForumException('INVALID_UNTIL');
    if (until) await this.extras.suspend(user.id, until, why, actorId);
    else await this.extras.unsuspend(user.id);
    await this.transactions.run(async (tx) => {
      await this.posts.logAction({ actorId, action: until ? 'suspend' : 'unsuspend', targetType: 'user', targetId: user.id, reason: why }, tx);
      const mail = renderEmail({
        subject: until ? 'Your posting on Confer is paused' : 'You can post on Confer again',
        heading: `Hello ${user.displayName}`,
        paragraphs: until
          ? [`A moderator paused your posting on the board until ${until.toUTCString()}. You can still read.`, `Reason: ${why}`]
          : ['A moderator lifted the pause on your posting. Welcome back.'],
      });
      await this.mail.enqueue(tx, { kind: until ? 'moderation-suspension' : 'moderation-unsuspension', to: user.email, ...mail });
    });
    this.mail.nudge();
  }

  async log(v: ForumViewer): Promise<ModerationActionModel[]> {
    this.requireModerator(v);
    const actions = await this.posts.actionLog(200);
    const actors = new Map((await this.users.findByIds([...new Set(actions.map((a) => a.actorId))])).map((u) => [u.id, u.displayName]));
    return actions.map((a) => ({ id: a.id, action: a.action, targetType: a.targetType, targetId: a.targetId, reason: a.reason, actorName: actors.get(a.actorId) ?? 'Former staff', createdAt: a.createdAt }));
  }
}
