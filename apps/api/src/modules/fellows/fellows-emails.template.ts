import type { PlanAction } from '@confer/libs/fellows';
import { renderEmail } from '../mail/templates/mail-layout.template';

const OUTCOME: Partial<Record<PlanAction, { subject: string; paragraph: string }>> = {
  request_revision: {
    subject: 'Your Fellows plan: a reviewer asked for changes',
    paragraph: 'A reviewer asked you to revise your strategic plan. Their comments are on the plan’s page; resubmit when you are ready.',
  },
  accept: {
    subject: 'Your Fellows plan was accepted',
    paragraph: 'Congratulations: your strategic plan was accepted and you are now a Social Media Fellow. You can choose whether to appear on the public Fellows page.',
  },
  decline: {
    subject: 'Your Fellows plan: the review decision',
    paragraph: 'The reviewers have decided not to accept your strategic plan this time. Their reasons are on the plan’s page.',
  },
};

/**
 * The programme's emails. A plan is confidential between its author and the reviewers, so emails
 * carry the outcome and a link, never the plan's text or the reviewer's comment.
 */
export const fellowsEmails = {
  decision(name: string, action: PlanAction, url: string) {
    const outcome = OUTCOME[action];
    if (!outcome) throw new Error(`no email for ${action}`);
    return renderEmail({
      subject: outcome.subject,
      heading: `Hello ${name}`,
      paragraphs: [outcome.paragraph],
      action: { label: 'Open my plan', url },
    });
  },
};
