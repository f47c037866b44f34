import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@confer/libs/text';
import type { UnsubscribeScope } from '@confer/libs/notifications';
import { SignedTokenCodec } from '../../core/auth/signed-token';
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
  private readonly codec: SignedTokenCodec;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.codec = new SignedTokenCodec(config.sessionSecret, 'notifications/unsubscribe v1');
  }

  sign(userId: string, scope: UnsubscribeScope, targetId: string | null): string {
    const expiresAt = new Date(this.clock.now().getTime() + this.config.notifications.unsubscribeLinkDays * 86_400_000);
    return this.codec.sign([VERSION, userId, scope, targetId ?? '-'], expiresAt);
  }

  verify(token: unknown): VerifiedToken {
    const opened = this.codec.open(token, 4, this.clock.now());
    if (!opened.ok) return opened;
    const [version, userId, scope, target] = opened.fields;
    if (version !== VERSION || !isUuid(userId) || !SCOPES.includes(scope as UnsubscribeScope)) return { ok: false, reason: 'invalid' };
    const targetId = target === '-' ? null : target;
    if ((scope === 'all') !== (targetId === null) || (targetId !== null && !isUuid(targetId))) return { ok: false, reason: 'invalid' };
    return { ok: true, grant: { userId: userId.toLowerCase(), scope: scope as UnsubscribeScope, targetId: targetId?.toLowerCase() ?? null, expiresAt: opened.expiresAt! } };
  }
}
