import { Inject, Injectable } from '@nestjs/common';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../core/config/config.module';
import type { MailAttachment } from './entities/mail-message.entity';
import type { AppConfig } from '../../core/config/app-config';

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  ics: { method: string; content: string } | null;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

/**
 * Delivers one message. SMTP when SMTP_URL is set; otherwise each message becomes an .eml file under
 * the mail folder, which /dev/mail lists and tests read.
 */
@Injectable()
export class MailTransport {
  private readonly transporter: Transporter;
  private readonly toFiles: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.toFiles = !config.smtpUrl;
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport(config.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    if (this.toFiles) mkdirSync(config.mailDir, { recursive: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      messageId: `<${mail.id}@confer>`,
      headers: { ...mail.headers, 'X-Confer-Message-Id': mail.id },
      ...(mail.attachments?.length
        ? { attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64'), ...(a.cid ? { cid: a.cid } : {}) })) }
        : {}),
      ...(mail.ics ? { icalEvent: { method: mail.ics.method, content: mail.ics.content, filename: 'invite.ics' } } : {}),
    });
    if (this.toFiles) {
      const body = (info as unknown as { message: Buffer }).message;
      // Named by time then id so a directory listing is chronological; written atomically.
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}_${mail.id}.eml`;
      const tmp = join(this.config.mailDir, `.${name}.tmp`);
      writeFileSync(tmp, body);
      renameSync(tmp, join(this.config.mailDir, name));
    }
  }
}
