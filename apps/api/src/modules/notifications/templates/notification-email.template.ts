import type { EmailThreadLabel, NotificationKind } from '@confer/libs/notifications';
import { renderEmail } from '../../mail/templates/mail-layout.template';

/**
 * Notification emails. A thread is only ever described by its EmailThreadLabel (libs/notifications):
 * confidential threads by a fixed phrase and a link, public samples by their title. No post text and
 * no names go into any email.
 */
type ThreadLabel = EmailThreadLabel;

export interface UnsubscribeLinks {
  /** The one-click link for what sent this email (also the List-Unsubscribe header). */
  primary: { label: string; url: string };
  all: string;
  settings: string;
}

export interface RenderedNotificationEmail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

function quoted(label: ThreadLabel): string {
  return label.confidential ? 'a confidential thread' : `“${label.title}”`;
}

function footer(links: UnsubscribeLinks): string {
  const lines = [`${links.primary.label}: ${links.primary.url}`];
  if (links.primary.url !== links.all) lines.push(`Stop all board emails: ${links.all}`);
  lines.push(`Notification settings: ${links.settings}`);
  return lines.join('\n');
}

function unsubscribeHeaders(links: UnsubscribeLinks): Record<string, string> {
  // RFC 8058: mail programs show an unsubscribe button that POSTs to this link.
  return { 'List-Unsubscribe': `<${links.primary.url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

// Confidential threads get the one fixed wording, whatever happened in them.
const SUBJECTS: Record<NotificationKind, (label: ThreadLabel, newThread: boolean) => string> = {
  reply: (l) => (l.confidential ? 'New reply in a confidential thread' : `New reply to you in ${quoted(l)}`),
  mention: (l) => (l.confidential ? 'New reply in a confidential thread' : `You were mentioned in ${quoted(l)}`),
  watched: (l, newThread) => (l.confidential ? 'New reply in a confidential thread' : newThread ? `New thread: ${quoted(l)}` : `New reply in ${quoted(l)}`),
};

const LINES: Record<NotificationKind, (label: ThreadLabel, newThread: boolean) => string> = {
  reply: (l) => `Someone replied to you in ${quoted(l)} on Confer.`,
  mention: (l) => `Someone mentioned you in ${quoted(l)} on Confer.`,
  watched: (l, newThread) =>
    !newThread
      ? `There is a new reply in ${quoted(l)} that you follow on Confer.`
      : l.confidential
        ? 'A new confidential thread was started where you follow on Confer.'
        : `A new thread, ${quoted(l)}, was started where you follow on Confer.`,
};

export function postNotificationEmail(input: { kind: NotificationKind; thread: ThreadLabel; newThread: boolean; threadUrl: string; links: UnsubscribeLinks }): RenderedNotificationEmail {
  const subject = SUBJECTS[input.kind](input.thread, input.newThread);
  const paragraphs = [LINES[input.kind](input.thread, input.newThread)];
  if (input.thread.confidential) paragraphs.push('To keep the discussion confidential, we never put its title or posts in an email. Open Confer to read it.');
  paragraphs.push('We will not email you again about this thread until you have read it.');
  const mail = renderEmail({
    subject,
    heading: subject,
    paragraphs,
    action: { label: 'Open the thread', url: input.threadUrl },
    footer: footer(input.links),
  });
  return { ...mail, headers: unsubscribeHeaders(input.links) };
}

export interface DigestThread {
  thread: ThreadLabel;
  url: string;
  posts: number;
  /** Of which replies to the member or mentions of them. */
  forYou: number;
}

export function digestEmail(input: { period: 'daily' | 'weekly'; threads: DigestThread[]; links: UnsubscribeLinks }): RenderedNotificationEmail {
  const total = input.threads.reduce((n, t) => n + t.posts, 0);
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const lines = input.threads.map(
    (t) => `${plural(t.posts, 'new reply', 'new replies')}${t.forYou > 0 ? ` (${t.forYou} for you)` : ''} in ${quoted(t.thread)}: ${t.url}`,
  );
  const mail = renderEmail({
    subject: `Your ${input.period} Confer digest: ${plural(total, 'new reply', 'new replies')}`,
    heading: `Your ${input.period} board digest`,
    paragraphs: [
      `${plural(total, 'new reply', 'new replies')} in ${plural(input.threads.length, 'thread', 'threads')} you follow, that you have not read yet:`,
      ...lines,
      'Confidential threads are never named in email. Open Confer to read them.',
    ],
    footer: footer(input.links),
  });
  return { ...mail, headers: unsubscribeHeaders(input.links) };
}
