import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotificationDigestService } from '../../apps/api/src/modules/notifications/notification-digest.service';
import { NotificationEmailService } from '../../apps/api/src/modules/notifications/notification-email.service';
import { NotificationFanoutService } from '../../apps/api/src/modules/notifications/notification-fanout.service';
import { NotificationsService } from '../../apps/api/src/modules/notifications/notifications.service';
import { TestDb } from './fixtures';
import { bootForum, ForumSpec, ForumWorld, Member, ok } from './forum-fixtures';
import type { CapturedMail } from './mailbox';
import type { TestApp } from './test-app';

/**
 * Notifications fixtures. Posts are written through /graphql; the board then reports them to
 * NotificationsService. Tests also run the fan-out and the email check themselves (both are
 * idempotent, so this is harmless when the board already did) to know exactly when they are done.
 */

export const NQ = {
  list: `query($first: Int, $after: String) { notifications(first: $first, after: $after) { nodes { id kind threadId postId postSeq threadTitle actorName excerpt readAt createdAt } nextCursor } }`,
  count: `{ unreadNotificationCount }`,
  markRead: `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { count } }`,
  markThreadRead: `mutation($threadId: ID!, $seq: Int!) { markForumThreadRead(threadId: $threadId, seq: $seq) { threadId lastReadSeq unreadNotificationCount } }`,
  watch: `query($threadId: ID, $categoryId: ID) { forumWatch(threadId: $threadId, categoryId: $categoryId) { threadId categoryId level source } }`,
  setWatch: `mutation($input: SetForumWatchInput!) { setForumWatch(input: $input) { threadId categoryId level source } }`,
  prefs: `{ notificationPreferences { emailMode } }`,
  setPrefs: `mutation($mode: EmailMode!) { setNotificationPreferences(input: { emailMode: $mode }) { emailMode } }`,
  mentionCandidates: `query($threadId: ID!, $search: String) { forumMentionCandidates(threadId: $threadId, search: $search) { userId displayName markdown } }`,
};

/** bootForum plus a NotificationWorld. */
export async function bootNotifications(env: Record<string, string> = {}): Promise<ForumSpec & { n: NotificationWorld }> {
  const spec = await bootForum(env);
  return { ...spec, n: new NotificationWorld(spec.t, spec.db, spec.w) };
}

export type Level = 'WATCHING' | 'TRACKING' | 'NORMAL' | 'MUTED';

export interface Posted {
  thread: { id: string; title: string };
  post: { id: string; threadId: string; seq: number };
}

export class NotificationWorld {
  constructor(
    readonly t: TestApp,
    readonly db: TestDb,
    readonly w: ForumWorld,
  ) {}

  get service(): NotificationsService {
    return this.t.app.get(NotificationsService);
  }

  /** Runs the fan-out for a post the board has published; answers who was newly notified. */
  async publish(posted: Posted): Promise<string[]> {
    return this.t.app.get(NotificationFanoutService).fanOut({ postId: posted.post.id, threadId: posted.post.threadId });
  }

  /** Runs the delayed email check for a post now; answers how many emails were queued. */
  async sendEmails(posted: Posted): Promise<number> {
    return this.t.app.get(NotificationEmailService).sendDue(posted.post.id);
  }

  digests(): NotificationDigestService {
    return this.t.app.get(NotificationDigestService);
  }

  /** Thread + publish. */
  async thread(author: Member, categoryId: string, title: string, body: string): Promise<Posted> {
    const posted = await this.w.thread(author, categoryId, { title, body });
    await this.publish(posted);
    return posted;
  }

  /** Reply + publish. */
  async reply(author: Member, threadId: string, body: string, extra: { quotedPostId?: string; anonymous?: boolean } = {}): Promise<Posted> {
    const posted = await this.w.reply(author, threadId, body, extra);
    await this.publish(posted);
    return posted;
  }

  async list(member: Member): Promise<any[]> {
    return (await ok(member.client, NQ.list, { first: 50 })).notifications.nodes;
  }

  async count(member: Member): Promise<number> {
    return (await ok(member.client, NQ.count)).unreadNotificationCount;
  }

  async setWatch(member: Member, target: { threadId?: string; categoryId?: string }, level: Level): Promise<any> {
    return (await ok(member.client, NQ.setWatch, { input: { ...target, level } })).setForumWatch;
  }

  async setMode(member: Member, mode: 'IMMEDIATE' | 'DAILY' | 'WEEKLY' | 'OFF'): Promise<void> {
    await ok(member.client, NQ.setPrefs, { mode });
  }

  async markThreadRead(member: Member, threadId: string, seq: number): Promise<any> {
    return (await ok(member.client, NQ.markThreadRead, { threadId, seq })).markForumThreadRead;
  }

  /** Notification rows as stored (for email states). */
  async rows(member: Member, postId: string): Promise<{ kind: string; email: string; read_at: Date | null }[]> {
    return this.db.query(`select kind, email, read_at from notifications where user_id = $1 and post_id = $2`, [member.id, postId]);
  }

  async mails(member: Member): Promise<CapturedMail[]> {
    return this.t.mailbox.for(member.email);
  }

  /** Waits until the outbox has sent everything queued (so "no new mail" is a real answer). */
  async outboxDrained(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ n }] = await this.db.query<{ n: number }>(`select count(*)::int as n from mail_messages where status = 'queued'`);
      if (n === 0) return;
      if (Date.now() > deadline) throw new Error(`${n} mail(s) still queued`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The whole .eml file as written to the mailbox (headers, every part, every encoding). */
  raw(mail: CapturedMail): string {
    return readFileSync(join(this.t.mailbox.dir, mail.file), 'utf8');
  }

  /** Everything a person or a mail program could read in a message: raw file plus decoded parts and headers. */
  everything(mail: CapturedMail): string {
    const headers = [...mail.parsed.headers.entries()].map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n');
    return [this.raw(mail), mail.subject, mail.text, mail.html ?? '', headers].join('\n');
  }
}

/** A header exactly as sent (unfolded), e.g. List-Unsubscribe, which mailparser would restructure. */
export function rawHeader(mail: CapturedMail, name: string): string | null {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line ? line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

export function unsubscribeLinks(mail: CapturedMail): string[] {
  return mail.links.filter((l) => l.includes('/notifications/unsubscribe'));
}
