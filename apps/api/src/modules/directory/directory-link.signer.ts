import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@confer/libs/text';
import { SignedTokenCodec } from '../../core/auth/signed-token';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';

/** confirm: a submission's email confirmation; edit: a listing's edit link for its submitter. */
export type DirectoryLinkPurpose = 'confirm' | 'edit';

export type DirectoryLinkCheck = { ok: true; id: string } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * The directory's emailed links: purpose, id and expiry, signed. Nothing is stored, so a link works
 * until it expires; the signature is the permission (a submitter has no account).
 */
@Injectable()
export class DirectoryLinkSigner {
  private readonly codec: SignedTokenCodec;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.codec = new SignedTokenCodec(config.sessionSecret, 'directory/links v1');
  }

  sign(purpose: DirectoryLinkPurpose, id: string, ttlSeconds: number): string {
    return this.codec.sign([purpose, id], new Date(this.clock.now().getTime() + ttlSeconds * 1000));
  }

  verify(purpose: DirectoryLinkPurpose, token: string): DirectoryLinkCheck {
    const opened = this.codec.open(token, 2, this.clock.now(), 200);
    if (!opened.ok) return opened;
    const [kind, id] = opened.fields;
    if (kind !== purpose || !isUuid(id)) return { ok: false, reason: 'invalid' };
    return { ok: true, id: id.toLowerCase() };
  }
}
