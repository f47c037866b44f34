import { emailThreadLabel, NotificationKind } from '@confer/libs/notifications';
import { digestEmail, postNotificationEmail, UnsubscribeLinks } from '../templates/notification-email.template';

const links: UnsubscribeLinks = {
  primary: { label: 'Stop emails about this thread', url: 'https://confer.test/notifications/unsubscribe?token=t1' },
  all: 'https://confer.test/notifications/unsubscribe?token=all',
  settings: 'https://confer.test/profile#notifications',
};
const TITLE = 'Legal blocked our Instagram zq91';
const KINDS: NotificationKind[] = ['reply', 'mention', 'watched'];

describe('notification emails', () => {
  it.each(KINDS.flatMap((kind) => [false, true].flatMap((newThread) => ['premium', 'group'].map((audience) => [kind, newThread, audience] as const))))(
    '%s (new thread: %s) in a %s thread: the fixed subject, a link, no title',
    (kind, newThread, audience) => {
      const mail = postNotificationEmail({ kind, newThread, thread: emailThreadLabel(audience, TITLE), threadUrl: 'https://confer.test/board/t/1', links });
      expect(mail.subject).toBe('New reply in a confidential thread');
      for (const part of [mail.subject, mail.text, mail.html, JSON.stringify(mail.headers)]) expect(part).not.toContain('zq91');
      expect(mail.text).toContain('https://confer.test/board/t/1');
    },
  );

  it.each<[NotificationKind, boolean, string]>([
    ['reply', false, `New reply to you in “${TITLE}”`],
    ['mention', false, `You were mentioned in “${TITLE}”`],
    ['watched', false, `New reply in “${TITLE}”`],
    ['watched', true, `New thread: “${TITLE}”`],
  ])('%s (new thread: %s) in a public sample: “%s”', (kind, newThread, subject) => {
    expect(postNotificationEmail({ kind, newThread, thread: emailThreadLabel('public', TITLE), threadUrl: 'u', links }).subject).toBe(subject);
  });

  it('every email carries the one-click unsubscribe link, its headers, and a way to stop all board emails', () => {
    const mail = postNotificationEmail({ kind: 'reply', newThread: false, thread: { confidential: true }, threadUrl: 'u', links });
    expect(mail.headers).toEqual({ 'List-Unsubscribe': `<${links.primary.url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(mail.text).toContain(`Stop emails about this thread: ${links.primary.url}`);
    expect(mail.text).toContain(`Stop all board emails: ${links.all}`);
  });

  it('a digest counts per thread and names only public samples', () => {
    const mail = digestEmail({
      period: 'weekly',
      threads: [
        { thread: emailThreadLabel('premium', TITLE), url: 'https://confer.test/board/t/1', posts: 2, forYou: 1 },
        { thread: emailThreadLabel('public', 'Flu hashtags'), url: 'https://confer.test/board/t/2', posts: 1, forYou: 0 },
      ],
      links: { ...links, primary: { label: 'Stop all board emails', url: links.all } },
    });
    expect(mail.subject).toBe('Your weekly Confer digest: 3 new replies');
    expect(mail.text).toContain('2 new replies (1 for you) in a confidential thread: https://confer.test/board/t/1');
    expect(mail.text).toContain('1 new reply in “Flu hashtags”: https://confer.test/board/t/2');
    expect(`${mail.text}${mail.html}`).not.toContain('zq91');
    expect(mail.text.match(/Stop all board emails/g)).toHaveLength(1);
  });
});
