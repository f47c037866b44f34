import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@confer/libs/text';
import type { UnsubscribeScope } from '@confer/libs/notifications';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';

export interface UnsubscribeGrant {
  userId: string;
  scope: UnsubscribeScope;
  /** The thread or category id; null for scope "all". */
  targetId: string | null;
  expiresAt: Date;
}

export type VerifiedToken = { ok: true; grant: UnsubscribeGrant } | { ok: false; reason: 'invalid' | 'expired' };

const SCOPES: readonly UnsubscribeScope[] = ['thread', 'category', 'all'];
const VERSION = 'u1';

/**
 * Signs and checks one-click unsubscribe links: an HMAC-SHA256 over user, scope, target and expiry,
 * with a key derived from the session secret for this purpose only (a leaked link cannot forge sessions,
 * and changing the secret voids old links). The link needs no log-in: the signature is the permission.
 */
@Injectable()
export class UnsubscribeTokenSigner {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = Buffer.from(hkdfSync('sha256', config.sessionSecret, 'confer', 'notifications/unsubscribe v1', 32));
  }

  sign(userId: string, scope: UnsubscribeScope, targetId: string | null): string {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + this.config.notifications.unsubscribeLinkDays * 86_400;
    const body = [VERSION, userId, scope, targetId ?? '-', String(expires)].join('.');
    return `${body}.${this.mac(body)}`;
  }

  verify(token: unknown): VerifiedToken {
    if (typeof token !== 'string' || token.length > 300) return { ok: false, reason: 'invalid' };
    const parts = token.split('.');
    if (parts.length !== 6) return { ok: false, reason: 'invalid' };
    const [version, userId, scope, target, expires, mac] = parts;
    const expected = Buffer.from(this.mac(parts.slice(0, 5).join('.')));
    const given = Buffer.from(mac);
    // Check the signature before trusting any field.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    if (version !== VERSION || !isUuid(userId) || !SCOPES.includes(scope as UnsubscribeScope) || !/^\d{1,12}$/.test(expires)) return { ok: false, reason: 'invalid' };
    const targetId = target === '-' ? null : target;
    if ((scope === 'all') !== (targetId === null) || (targetId !== null && !isUuid(targetId))) return { ok: false, reason: 'invalid' };
    const expiresAt = new Date(Number(expires) * 1000);
    if (expiresAt.getTime() <= this.clock.now().getTime()) return { ok: false, reason: 'expired' };
    return { ok: true, grant: { userId: userId.toLowerCase(), scope: scope as UnsubscribeScope, targetId: targetId?.toLowerCase() ?? null, expiresAt } };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
