import { ConfigError, loadConfig } from '../../../core/config/app-config';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SMTP_URL: 'smtp://mail.example.org' };

describe('events settings', () => {
  it('defaults: 15-minute holds, 48-hour offers, the seat guard on', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).events).toEqual({ holdMinutes: 15, waitlistOfferHours: 48, unguardedSeats: false });
  });

  it.each([
    [{ EVENT_HOLD_MINUTES: '0' }, /EVENT_HOLD_MINUTES/],
    [{ EVENT_HOLD_MINUTES: 'soon' }, /EVENT_HOLD_MINUTES/],
    [{ WAITLIST_OFFER_HOURS: '1000' }, /WAITLIST_OFFER_HOURS/],
    [{ EVENTS_UNGUARDED_SEATS: 'maybe' }, /EVENTS_UNGUARDED_SEATS/],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(message);
  });

  it('the unguarded seat path (test-only) is refused in production', () => {
    expect(() => loadConfig({ ...PRODUCTION, EVENTS_UNGUARDED_SEATS: 'true' })).toThrow(ConfigError);
    expect(loadConfig({ ...PRODUCTION }).events.unguardedSeats).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', EVENTS_UNGUARDED_SEATS: 'true' }).events.unguardedSeats).toBe(true);
  });
});
