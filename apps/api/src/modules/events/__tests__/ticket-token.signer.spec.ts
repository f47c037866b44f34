import { loadConfig } from '../../../core/config/app-config';
import { TicketTokenSigner } from '../ticket-token.signer';

const REG = '3f1c2b9e-8d4a-4c1e-9f0a-1b2c3d4e5f60';
const OTHER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const TOKEN = '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42';

const signer = (secret = 'a'.repeat(40)) => new TicketTokenSigner(loadConfig({ SESSION_SECRET: secret }));

describe('TicketTokenSigner', () => {
  it('verifies what it signed (ids compared in lower case)', () => {
    const s = signer();
    expect(s.verify(s.sign(REG, TOKEN))).toEqual({ registrationId: REG, ticketTokenId: TOKEN });
    expect(s.verify(` ${s.sign(REG, TOKEN)} `)).toEqual({ registrationId: REG, ticketTokenId: TOKEN });
  });

  it.each<[string, (token: string) => string]>([
    ['another registration', (t) => t.replace(REG, OTHER)],
    ['another ticket token (a transferred seat)', (t) => t.replace(TOKEN, OTHER)],
    ['a changed signature', (t) => t.slice(0, -1) + (t.endsWith('A') ? 'B' : 'A')],
    ['no signature', (t) => t.slice(0, t.lastIndexOf('.'))],
    ['another version', (t) => t.replace(/^t1\./, 't2.')],
    ['an extra part', (t) => `${t}.x`],
    ['too long', (t) => t + 'x'.repeat(300)],
    ['empty', () => ''],
  ])('refuses %s with TICKET_INVALID', (_label, tamper) => {
    const s = signer();
    expect(() => s.verify(tamper(s.sign(REG, TOKEN)))).toThrow(expect.objectContaining({ reason: 'TICKET_INVALID', category: 'BAD_USER_INPUT' }));
  });

  it('refuses a ticket signed under another secret', () => {
    expect(() => signer('b'.repeat(40)).verify(signer().sign(REG, TOKEN))).toThrow(expect.objectContaining({ reason: 'TICKET_INVALID' }));
  });
});
