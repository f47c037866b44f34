import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '@confer/libs/text';
import { SignedTokenCodec } from '../../core/auth/signed-token';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { EventsException } from './events.exception';

const VERSION = 't1';

/**
 * What a ticket's QR code carries: the registration and its current ticket token id, signed with
 * HMAC-SHA256 under a key derived (HKDF) from SESSION_SECRET for this purpose only. No expiry: a
 * ticket lives as long as its registration; a transfer rotates the token id, which voids the old QR.
 */
@Injectable()
export class TicketTokenSigner {
  private readonly codec: SignedTokenCodec;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.codec = new SignedTokenCodec(config.sessionSecret, 'events/ticket-qr v1', { expires: false });
  }

  sign(registrationId: string, ticketTokenId: string): string {
    return this.codec.sign([VERSION, registrationId, ticketTokenId], null);
  }

  /** The registration and token id a genuine ticket names; anything else is TICKET_INVALID. */
  verify(token: string): { registrationId: string; ticketTokenId: string } {
    const opened = this.codec.open(typeof token === 'string' ? token.trim() : token, 3, new Date(), 200);
    if (!opened.ok) throw new EventsException('TICKET_INVALID');
    const [version, registrationId, ticketTokenId] = opened.fields;
    if (version !== VERSION || !isUuid(registrationId) || !isUuid(ticketTokenId)) throw new EventsException('TICKET_INVALID');
    return { registrationId: registrationId.toLowerCase(), ticketTokenId: ticketTokenId.toLowerCase() };
  }
}
