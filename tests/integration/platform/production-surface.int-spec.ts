import request from 'supertest';
import { TestDb } from '../../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp } from '../../utils/test-app';

describe('in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'p'.repeat(48),
      // Nothing listens there: mail is never attempted by these tests.
      SMTP_URL: 'smtp://127.0.0.1:1',
      DEV_TOOLS: 'true',
    });
  });
  afterAll(async () => t.close());

  it('has no /dev/mail, even when DEV_TOOLS asks for it', async () => {
    const res = await request(t.app.getHttpServer()).get('/dev/mail/api/messages');
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toMatch(/eml|subject/i);
  });

  it('refuses schema introspection', async () => {
    const res = await t.client().gql(`{ __schema { types { name } } }`);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names to a prober', async () => {
    const res = await t.client().gql(`{ mee { id } }`);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('gives a Secure, HttpOnly, __Host- session cookie behind TLS, and none for a failed log-in', async () => {
    const db = await new TestDb().connect();
    const user = await db.createUser();
    await db.close();
    const logIn = (password: string) =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        // Behind a TLS-terminating proxy: the app trusts one hop of X-Forwarded-Proto.
        .set('x-forwarded-proto', 'https')
        .send({ query: 'mutation($e: String!, $p: String!) { logIn(input: { email: $e, password: $p }) { id } }', variables: { e: user.email, p: password } });
    const failed = await logIn('wrong-password-123');
    expect(failed.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(failed.headers['set-cookie']).toBeUndefined();
    const ok = await logIn(GOOD_PASSWORD);
    expect(ok.body.data.logIn.id).toBe(user.id);
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-confer\.sid=/);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});
