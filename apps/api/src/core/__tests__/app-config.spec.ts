import { ConfigError, loadConfig } from '../config/app-config';

describe('loadConfig', () => {
  it('starts with nothing set: embedded database, port 3000, file mail, dev tools on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, smtpUrl: null, devTools: true, isProduction: false, demoData: true });
    expect(c.mailDir).toMatch(/\.data\/mail$/);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ NODE_ENV: 'production', SMTP_URL: 'smtp://m' }, /SESSION_SECRET/],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }, /SMTP_URL/],
    [{ SESSION_SECRET: 'short' }, /SESSION_SECRET/],
    [{ COOKIE_SECURE: 'maybe' }, /COOKIE_SECURE/],
    [{ JOB_POLL_SECONDS: '0.1' }, /JOB_POLL_SECONDS/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('refuses %j naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('production turns off dev tools and the printed schema, and secures the cookie', () => {
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtps://u:p@mail.example.org' });
    expect(c).toMatchObject({ devTools: false, schemaFile: null, cookieSecure: true, isProduction: true });
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40), SMTP_URL: 'smtp://m', DEV_TOOLS: 'true' }).devTools).toBe(false);
  });
});
