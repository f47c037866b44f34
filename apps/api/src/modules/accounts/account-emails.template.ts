import { renderEmail } from '../mail/templates/mail-layout.template';

/** The accounts area's emails. Links carry a single-use token; nothing else personal is included. */
export const accountEmails = {
  verifyEmail(name: string, url: string, hours: number) {
    return renderEmail({
      subject: 'Verify your email for Confer',
      heading: `Welcome to Confer, ${name}`,
      paragraphs: [`Please confirm this is your email address. The link works once and expires in ${hours} hours.`],
      action: { label: 'Verify my email', url },
      footer: 'If you did not create a Confer account, you can ignore this email.',
    });
  },
  alreadyRegistered(name: string, loginUrl: string, resetUrl: string) {
    return renderEmail({
      subject: 'Someone tried to sign up to Confer with your email',
      heading: `Hello ${name}`,
      paragraphs: [
        'Someone (perhaps you) tried to create a new Confer account with this email address. You already have an account, so nothing was changed.',
        `If you forgot your password, reset it here: ${resetUrl}`,
      ],
      action: { label: 'Log in', url: loginUrl },
      footer: 'If this was not you, no action is needed: your account is safe.',
    });
  },
  passwordReset(name: string, url: string, minutes: number) {
    return renderEmail({
      subject: 'Reset your Confer password',
      heading: `Hello ${name}`,
      paragraphs: [`Use this link to choose a new password. It works once and expires in ${minutes} minutes.`],
      action: { label: 'Choose a new password', url },
      footer: 'If you did not ask for this, ignore this email; your password stays the same.',
    });
  },
  passwordChanged(name: string, resetUrl: string) {
    return renderEmail({
      subject: 'Your Confer password was changed',
      heading: `Hello ${name}`,
      paragraphs: [
        'The password of your Confer account was just changed, and other devices were logged out.',
        `If this was not you, reset your password now: ${resetUrl}`,
      ],
    });
  },
};
