import { Inject, Injectable } from '@nestjs/common';
import type { UnsubscribeScope } from '@confer/libs/notifications';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import type { Tx } from '../../core/database/transaction-runner';
import { MailService } from '../mail/mail.service';
import type { RenderedNotificationEmail, UnsubscribeLinks } from './templates/notification-email.template';
import { UnsubscribeTokenSigner } from './unsubscribe-token.signer';

const PRIMARY_LABELS: Record<UnsubscribeScope, string> = {
  thread: 'Stop emails about this thread',
  category: 'Stop emails about this category',
  all: 'Stop all board emails',
};

/** Links for notification emails (thread, settings, signed unsubscribe) and the outbox call. */
@Injectable()
export class NotificationMailer {
  constructor(
    private readonly signer: UnsubscribeTokenSigner,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  threadUrl(threadId: string): string {
    return `${this.config.publicUrl}/board/t/${threadId}`;
  }

  unsubscribeUrl(userId: string, scope: UnsubscribeScope, targetId: string | null): string {
    return `${this.config.publicUrl}/notifications/unsubscribe?token=${encodeURIComponent(this.signer.sign(userId, scope, targetId))}`;
  }

  links(userId: string, scope: UnsubscribeScope, targetId: string | null): UnsubscribeLinks {
    const all = this.unsubscribeUrl(userId, 'all', null);
    return {
      primary: { label: PRIMARY_LABELS[scope], url: scope === 'all' ? all : this.unsubscribeUrl(userId, scope, targetId) },
      all,
      settings: `${this.config.publicUrl}/profile#notifications`,
    };
  }

  async enqueue(tx: Tx, kind: string, to: string, email: RenderedNotificationEmail): Promise<void> {
    await this.mail.enqueue(tx, { kind, to, subject: email.subject, text: email.text, html: email.html, headers: email.headers });
  }

  nudge(): void {
    this.mail.nudge();
  }
}
