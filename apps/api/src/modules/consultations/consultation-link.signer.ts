import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@confer/libs/text';
import { SignedTokenCodec } from '../../core/auth/signed-token';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { ConsultationsException } from './consultations.exception';

export interface ConsultationLink {
  consultationId: string;
  /** The party the email went to; the link acts as them. */
  userId: string;
  /** The booking's SEQUENCE when the link was sent: any later change voids it (no reuse). */
  sequence: number;
}

const VERSION = 'c1';

/**
 * Signs the reschedule/cancel links in consultation emails: HMAC-SHA256 over booking, recipient,
 * sequence and expiry (the consultation's start), with a key derived for this purpose only. A link
 * works without logging in, once: the change it makes raises the sequence.
 */
@Injectable()
export class ConsultationLinkSigner {
  private readonly codec: SignedTokenCodec;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.codec = new SignedTokenCodec(config.sessionSecret, 'consultations/manage-link v1');
  }

  sign(link: ConsultationLink, expiresAt: Date): string {
    return this.codec.sign([VERSION, link.consultationId, link.userId, String(link.sequence)], expiresAt);
  }

  /** The link's grant, or INVALID_LINK / LINK_EXPIRED. The caller still checks the sequence against the booking. */
  verify(token: string): ConsultationLink {
    const opened = this.codec.open(token, 4, this.clock.now());
    if (!opened.ok) throw new ConsultationsException(opened.reason === 'expired' ? 'LINK_EXPIRED' : 'INVALID_LINK');
    const [version, consultationId, userId, sequence] = opened.fields;
    if (version !== VERSION || !isUuid(consultationId) || !isUuid(userId) || !/^\d{1,6}$/.test(sequence)) throw new ConsultationsException('INVALID_LINK');
    return { consultationId: consultationId.toLowerCase(), userId: userId.toLowerCase(), sequence: Number(sequence) };
  }
}
