import { Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { UnsubscribeScope } from '@confer/libs/notifications';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { NotificationSettingsService } from './notification-settings.service';
import { UnsubscribeTokenSigner, VerifiedToken } from './unsubscribe-token.signer';

const DONE: Record<UnsubscribeScope, string> = {
  thread: 'You will get no more emails about this thread. New posts still show in your notifications on Confer.',
  category: 'You will get no more emails about this category. New posts still show in your notifications on Confer.',
  all: 'You will get no more board emails from Confer. Your notifications stay in the app.',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * One-click unsubscribe from notification emails, without logging in: the signed token is the
 * permission. GET is the link in the email; POST is RFC 8058's List-Unsubscribe-Post, sent by mail
 * programs. Both do the same, idempotent, reversible change. The page names nothing (no thread title).
 */
@Controller('notifications')
export class UnsubscribeController {
  constructor(
    private readonly signer: UnsubscribeTokenSigner,
    private readonly settings: NotificationSettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('unsubscribe')
  async viaLink(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const verified = this.signer.verify(token);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html');
    if (!verified.ok) {
      res.status(verified.reason === 'expired' ? 410 : 400);
      return this.page('This link does not work', refusal(verified));
    }
    await this.settings.unsubscribe(verified.grant);
    return this.page('Unsubscribed', DONE[verified.grant.scope]);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async oneClick(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    const verified = this.signer.verify(token);
    res.setHeader('Cache-Control', 'no-store');
    res.type('text');
    if (!verified.ok) {
      res.status(verified.reason === 'expired' ? 410 : 400);
      return refusal(verified);
    }
    await this.settings.unsubscribe(verified.grant);
    return DONE[verified.grant.scope];
  }

  private page(heading: string, message: string): string {
    const settings = `${this.config.publicUrl}/profile#notifications`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(heading)} · Confer</title></head>
<body style="font-family:system-ui,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#1a1b1e">
<h1 style="font-size:22px">${escapeHtml(heading)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(settings)}">Notification settings</a> (log in to change what you receive).</p>
</body></html>`;
  }
}

function refusal(verified: Extract<VerifiedToken, { ok: false }>): string {
  return verified.reason === 'expired'
    ? 'This unsubscribe link has expired. Log in to Confer and change your notification settings in your profile.'
    : 'This unsubscribe link is not valid. Log in to Confer and change your notification settings in your profile.';
}
