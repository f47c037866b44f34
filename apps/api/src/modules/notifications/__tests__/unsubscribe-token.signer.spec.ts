import { loadConfig } from '../../../core/config/app-config';
import type { Clock } from '../../../core/clock/clock';
import { UnsubscribeTokenSigner } from '../unsubscribe-token.signer';

const USER = '3f1c2b9e-8d4a-4c1e-9f0a-1b2c3d4e5f60';
const OTHER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const THREAD = '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42';

function signer(now: Date, secret = 'a'.repeat(40)): UnsubscribeTokenSigner {
  const clock = { now: () => now } as Clock;
  return new UnsubscribeTokenSigner(loadConfig({ SESSION_SECRET: secret, UNSUBSCRIBE_LINK_DAYS: '90' }), clock);
}

describe('UnsubscribeTokenSigner', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('verifies what it signed, for each scope', () => {
    const s = signer(now);
    expect(s.verify(s.sign(USER, 'thread', THREAD))).toEqual({ ok: true, grant: { userId: USER, scope: 'thread', targetId: THREAD, expiresAt: new Date('2026-05-30T12:00:00Z') } });
    expect(s.verify(s.sign(USER, 'category', THREAD))).toMatchObject({ ok: true, grant: { scope: 'category', targetId: THREAD } });
    expect(s.verify(s.sign(USER, 'all', null))).toMatchObject({ ok: true, grant: { scope: 'all', targetId: null } });
  });

  it.each<[string, (token: string) => string]>([
    ['another user', (t) => t.replace(USER, OTHER)],
    ['a wider scope', (t) => t.replace(`.thread.${THREAD}.`, '.all.-.')],
    ['another thread', (t) => t.replace(THREAD, OTHER)],
    ['a later expiry', (t) => t.replace(/\.(\d+)\.([^.]+)$/, (_m, e, mac) => `.${Number(e) + 1}.${mac}`)],
    ['a changed signature', (t) => t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A')],
    ['no signature', (t) => t.slice(0, t.lastIndexOf('.'))],
    ['garbage', () => 'x.y.z'],
    ['empty', () => ''],
  ])('refuses a token with %s', (_name, tamper) => {
    const s = signer(now);
    expect(s.verify(tamper(s.sign(USER, 'thread', THREAD)))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses non-strings and tokens signed with another secret', () => {
    const s = signer(now);
    expect(s.verify(undefined)).toEqual({ ok: false, reason: 'invalid' });
    expect(s.verify(['a', 'b'])).toEqual({ ok: false, reason: 'invalid' });
    expect(s.verify(signer(now, 'b'.repeat(40)).sign(USER, 'all', null))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('a token expires after UNSUBSCRIBE_LINK_DAYS', () => {
    const token = signer(now).sign(USER, 'thread', THREAD);
    expect(signer(new Date('2026-05-30T11:59:59Z')).verify(token).ok).toBe(true);
    expect(signer(new Date('2026-05-30T12:00:00Z')).verify(token)).toEqual({ ok: false, reason: 'expired' });
  });
});
