import { renderEmail } from '../mail/templates/mail-layout.template';

/** The directory's emails to submitters (who need no account): links carry a signed token. */
export const directoryEmails = {
  confirmSubmission(organization: string, url: string, hours: number) {
    return renderEmail({
      subject: 'Confirm your Health Care Social Media List submission',
      heading: 'Please confirm your submission',
      paragraphs: [
        `Thank you for submitting ${organization} to the Health Care Social Media List.`,
        `Confirm your email address so our staff can review it. The link expires in ${hours} hours.`,
      ],
      action: { label: 'Confirm my submission', url },
      footer: 'If you did not submit this organization, ignore this email: nothing will be listed.',
    });
  },
  approved(organization: string, listingUrl: string, editUrl: string, days: number, isUpdate: boolean) {
    return renderEmail({
      subject: isUpdate ? `Your update to ${organization} is live` : `${organization} is now on the Health Care Social Media List`,
      heading: isUpdate ? 'Your update was approved' : 'Your listing was approved',
      paragraphs: [
        `${organization} is listed at ${listingUrl}.`,
        `To change the listing later, use the edit link below (it works for ${days} days; you can ask for a new one on the directory page). Changes are reviewed again before they appear.`,
      ],
      action: { label: 'Edit the listing', url: editUrl },
      footer: 'Keep this email: the edit link is how you update your organization’s listing.',
    });
  },
  rejected(organization: string, reason: string, submitUrl: string, isUpdate: boolean) {
    return renderEmail({
      subject: isUpdate ? `Your update to ${organization} was not approved` : `Your submission of ${organization} was not approved`,
      heading: 'Your submission was not approved',
      paragraphs: [
        isUpdate
          ? `Our staff did not approve your update to ${organization}; the listing stays as it was.`
          : `Our staff did not add ${organization} to the Health Care Social Media List.`,
        `Reason: ${reason}`,
        'You are welcome to correct it and submit again.',
      ],
      action: { label: 'Open the directory', url: submitUrl },
    });
  },
  removed(organization: string, reason: string, submitUrl: string) {
    return renderEmail({
      subject: `${organization} was removed from the Health Care Social Media List`,
      heading: 'Your listing was removed',
      paragraphs: [`Our staff removed ${organization} from the Health Care Social Media List.`, `Reason: ${reason}`, 'You are welcome to submit it again once this is resolved.'],
      action: { label: 'Submit an organization', url: submitUrl },
    });
  },
  editLinks(links: { organization: string; url: string }[], days: number) {
    return renderEmail({
      subject: 'Your Health Care Social Media List edit links',
      heading: 'Edit your listings',
      paragraphs: [
        `Here ${links.length === 1 ? 'is the edit link' : 'are the edit links'} for the listings you submitted. Each works for ${days} days.`,
        ...links.map((l) => `${l.organization}: ${l.url}`),
      ],
      footer: 'If you did not ask for these links, ignore this email.',
    });
  },
};
