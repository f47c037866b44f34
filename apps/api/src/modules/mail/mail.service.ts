import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { Tx, TransactionRunner } from '../../core/database/transaction-runner';
import { JobQueueService } from '../../core/jobs/job-queue.service';
import { MetricsService } from '../../core/metrics/metrics.service';
import type { MailAttachment } from './entities/mail-message.entity';
import { MailMessageRepository } from './mail-message.repository';
import { MailTransport } from './mail-transport';

export const MAIL_QUEUE = 'mail.send';

/** The message is being sent by another attempt right now (its row is locked): ask again later. */
class MessageBusyError extends Error {}

export interface MailRequest {
  /** What caused the email (e.g. "verify-email"); for metrics and support, never shown to users. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  ics?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string } | null;
  /** Extra headers, e.g. List-Unsubscribe; the transport's own headers cannot be overridden. */
  headers?: Record<string, string> | null;
  /** Small files such as a ticket's QR code (kept in the outbox row, so keep them small). */
  attachments?: MailAttachment[] | null;
}

/**
 * Outbox: an email is a row plus a queued job, both written in the caller's transaction, so it is sent
 * if and only if the change that caused it commits. The worker sends each row at most once.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly messages: MailMessageRepository,
    private readonly jobs: JobQueueService,
    private readonly transport: MailTransport,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ messageId: string }>(MAIL_QUEUE, (job) => this.deliver(job.data.messageId, job.retryCount >= job.retryLimit));
  }

  async enqueue(tx: Tx, mail: MailRequest): Promise<string> {
    const id = await this.messages.insert(
      {
        kind: mail.kind,
        toAddress: mail.to,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html ?? null,
        icsMethod: mail.ics?.method ?? null,
        icsBody: mail.ics?.content ?? null,
        headers: mail.headers ?? null,
        attachments: mail.attachments?.length ? mail.attachments : null,
      },
      tx,
    );
    await this.jobs.send(MAIL_QUEUE, { messageId: id }, {
      tx,
      retryLimit: this.config.jobs.mailRetryLimit,
      retryDelay: this.config.jobs.mailRetryDelaySeconds,
      retryBackoff: true,
    });
    return id;
  }

  /** Sends one message; throwing hands it back to the queue for a retry with back-off. */
  async deliver(messageId: string, lastAttempt: boolean): Promise<void> {
    let kind = 'unknown';
    try {
      const sent = await this.transactions.run(async (tx) => {
        const message = await this.messages.claim(messageId, tx);
        if (!message) {
          // A job retried after it expired finds the first attempt still sending: completing it now
          // would lose the email if that attempt then failed, so it comes back once the lock is gone.
          if ((await this.messages.status(messageId)) === 'queued') throw new MessageBusyError('another attempt is sending this message');
          return false; // already sent (or given up)
        }
        kind = message.kind;
        await this.transport.send({
          id: message.id,
          from: this.config.mailFrom,
          to: message.toAddress,
          subject: message.subject,
          text: message.textBody,
          html: message.htmlBody,
          ics: message.icsMethod && message.icsBody ? { method: message.icsMethod, content: message.icsBody } : null,
          headers: message.headers ?? {},
          attachments: message.attachments ?? [],
        });
        await this.messages.markSent(message.id, tx);
        return true;
      });
      if (sent) this.metrics.emailSent(kind);
    } catch (e) {
      if (e instanceof MessageBusyError) throw e;
      const reason = e instanceof Error ? e.message : String(e);
      // Never log the message body or address: they may carry personal data (a mail server's refusal quotes the address).
      this.logger.warn(`mail ${messageId} (${kind}) not sent (${lastAttempt ? 'giving up' : 'will retry'}): ${reason.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[address]')}`);
      this.metrics.emailFailed(kind, lastAttempt);
      await this.messages.recordFailure(messageId, reason, lastAttempt);
      throw e;
    }
  }

  /** Wakes the local worker right away (used after a commit that queued mail). */
  nudge(): void {
    this.jobs.nudge(MAIL_QUEUE);
  }
}
