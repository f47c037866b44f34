import { SignedTokenCodec } from '../auth/signed-token';

describe('SignedTokenCodec', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const later = new Date('2026-11-22T12:00:00Z');
  const codec = new SignedTokenCodec('a-secret-of-at-least-thirty-two-characters', 'test v1');
  const token = codec.sign(['edit', 'abc'], later);

  it.each([
    ['the token as signed', token, now, { ok: true, fields: ['edit', 'abc'], expiresAt: later }],
    ['after its expiry', token, new Date(later.getTime() + 1000), { ok: false, reason: 'expired' }],
    ['a changed field', token.replace('edit', 'conf'), now, { ok: false, reason: 'invalid' }],
    ['a changed expiry', token.replace(/\.(\d+)\./, (_, e) => `.${Number(e) + 1}.`), now, { ok: false, reason: 'invalid' }],
    ['a changed signature', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), now, { ok: false, reason: 'invalid' }],
    ['too few parts', 'edit.abc', now, { ok: false, reason: 'invalid' }],
    ['garbage', 'x'.repeat(400), now, { ok: false, reason: 'invalid' }],
    ['another purpose’s key', new SignedTokenCodec('a-secret-of-at-least-thirty-two-characters', 'other v1').sign(['edit', 'abc'], later), now, { ok: false, reason: 'invalid' }],
  ])('%s', (_label, input, at, expected) => expect(codec.open(input, 2, at)).toEqual(expected));

  it('refuses fields that would change the layout', () => expect(() => codec.sign(['a.b'], later)).toThrow());

  describe('without expiry (a ticket lives as long as its registration)', () => {
    const forever = new SignedTokenCodec('a-secret-of-at-least-thirty-two-characters', 'test v1', { expires: false });
    const ticket = forever.sign(['reg', 'tok'], null);

    it('opens years later, and carries no expiry part', () => {
      expect(ticket.split('.')).toHaveLength(3);
      expect(forever.open(ticket, 2, new Date('2040-01-01T00:00:00Z'))).toEqual({ ok: true, fields: ['reg', 'tok'], expiresAt: null });
    });

    it('is not interchangeable with an expiring token of the same purpose', () => {
      expect(codec.open(ticket, 2, now)).toEqual({ ok: false, reason: 'invalid' });
      expect(forever.open(token, 2, now)).toEqual({ ok: false, reason: 'invalid' });
    });

    it('a codec refuses to sign with the wrong kind of expiry', () => {
      expect(() => forever.sign(['a'], later)).toThrow();
      expect(() => codec.sign(['a'], null)).toThrow();
    });

    it('refuses a changed field and a non-string token', () => {
      expect(forever.open(ticket.replace('reg', 'gor'), 2, now)).toEqual({ ok: false, reason: 'invalid' });
      expect(forever.open(42, 2, now)).toEqual({ ok: false, reason: 'invalid' });
    });
  });
});
