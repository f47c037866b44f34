import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

export type OpenedToken = { ok: true; fields: string[]; expiresAt: Date | null } | { ok: false; reason: 'invalid' | 'expired' };

/**
 * Signed tokens for links and codes that work without logging in: `field.….expiry.mac` (or
 * `field.….mac` for a codec made with `expires: false`), an HMAC-SHA256 with a key derived (HKDF)
 * from the app secret for one purpose only, so a token made for one kind of link never opens another,
 * and changing the secret voids them all. Fields must not contain "."; callers check their own
 * fields' shapes after `open`.
 */
export class SignedTokenCodec {
  private readonly key: Buffer;
  private readonly expires: boolean;

  constructor(secret: string, purpose: string, opts: { expires?: boolean } = {}) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'confer', purpose, 32));
    this.expires = opts.expires ?? true;
  }

  sign(fields: readonly string[], expiresAt: Date | null): string {
    if (fields.some((f) => f.includes('.'))) throw new Error('token fields must not contain "."');
    if ((expiresAt === null) === this.expires) throw new Error(this.expires ? 'this token needs an expiry' : 'this token has no expiry');
    const body = [...fields, ...(expiresAt ? [String(Math.floor(expiresAt.getTime() / 1000))] : [])].join('.');
    return `${body}.${this.mac(body)}`;
  }

  /** Checks the signature before trusting anything, then the expiry. */
  open(token: unknown, fieldCount: number, now: Date, maxLength = 300): OpenedToken {
    const parts = typeof token === 'string' && token.length <= maxLength ? token.split('.') : [];
    if (parts.length !== fieldCount + (this.expires ? 2 : 1)) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.mac(parts.slice(0, -1).join('.')));
    const given = Buffer.from(parts[parts.length - 1]);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    let expiresAt: Date | null = null;
    if (this.expires) {
      const expires = parts[fieldCount];
      if (!/^\d{1,12}$/.test(expires)) return { ok: false, reason: 'invalid' };
      expiresAt = new Date(Number(expires) * 1000);
      if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    }
    return { ok: true, fields: parts.slice(0, fieldCount), expiresAt };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
