import { randomBytes } from 'node:crypto';
import { ApiProcess, startApiProcess, stopAll } from '../utils/api-process';
import { TestDb } from '../utils/fixtures';
import { uniqueEmail } from '../utils/test-app';

/**
 * A real production process at LOG_LEVEL=debug goes through sign-up, log-in, a post holding a secret
 * and health details, password-reset emails and failing requests; then its whole log is read: one
 * JSON object per line, request ids where a request was served, and none of the secrets anywhere.
 */

const tag = () => randomBytes(9).toString('hex');

interface Call {
  status: number;
  body: any;
  headers: Headers;
}

describe('structured logs without secrets', () => {
  let proc: ApiProcess | undefined;
  let db: TestDb;
  const secrets: Record<string, string> = {};

  async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Call> {
    const res = await fetch(`${proc!.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: await res.json().catch(() => null), headers: res.headers };
  }

  /** The link token in the newest email of a kind to an address, read from the outbox (SMTP is unreachable here). */
  async function mailTo(address: string, kind: string): Promise<{ text: string; html: string | null; token: string }> {
    for (let i = 0; i < 100; i++) {
      const [row] = await db.query<{ text_body: string; html_body: string | null }>(
        `select text_body, html_body from mail_messages where to_address = $1 and kind = $2 order by created_at desc limit 1`,
        [address, kind],
      );
      if (row) {
        const token = /[?&]token=([^\s&"]+)/.exec(row.text_body)?.[1];
        if (!token) throw new Error(`no token in the ${kind} email`);
        return { text: row.text_body, html: row.html_body, token: decodeURIComponent(token) };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no ${kind} email to ${address}`);
  }

  beforeAll(async () => {
    db = await new TestDb().connect();
    proc = await startApiProcess({
      name: 'logs',
      env: {
        DATABASE_URL: process.env.TEST_DATABASE_URL!,
        LOG_LEVEL: 'debug',
        // The mail server is unreachable (productionEnv): one quick retry, then the send is given up.
        MAIL_RETRY_LIMIT: '1',
        MAIL_RETRY_DELAY_SECONDS: '1',
        JOB_POLL_SECONDS: '0.5',
      },
    });
  });
  afterAll(async () => {
    await stopAll([proc]);
    await db?.close();
  });

  it('writes one JSON object per line with request ids, and never a password, body, email, cookie or token', async () => {
    const email = uniqueEmail('logs');
    secrets.email = email;
    secrets.password = `Pw-${tag()}-quiet-harbor`;
    secrets.newPassword = `Pw-${tag()}-second-harbor`;
    secrets.wrongPassword = `Pw-${tag()}-wrong-harbor`;
    secrets.postSecret = `POST-SECRET-${tag()}`;
    secrets.phi = `Patient Jonathan Q. Whitfield, MRN ${1_000_000 + Math.floor(Math.random() * 8_000_000)}, DOB 03/14/1962`;
    secrets.bearer = `bearer-${tag()}`;
    secrets.queryToken = `query-token-${tag()}`;
    secrets.pathToken = `path-token-${tag()}`;

    // Sign up, verify by the emailed token, log in.
    const signUp = await gql(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ok } }`, {
      input: { email, password: secrets.password, displayName: 'Log Member', timeZone: 'America/Chicago' },
    });
    expect(signUp.body.data).toEqual({ signUp: { ok: true } });
    const verify = await mailTo(email, 'verify-email');
    secrets.verifyToken = verify.token;
    secrets.verifyText = verify.text;
    expect((await gql(`mutation Verify($token: String!) { verifyEmail(token: $token) { ok } }`, { token: verify.token })).body.data).toEqual({
      verifyEmail: { ok: true },
    });

    const logIn = async (password: string) =>
      gql(`mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password } }, { 'x-request-id': 'logs-test-login-0001' });
    const login = await logIn(secrets.password);
    expect(login.body.data.logIn.id).toBeTruthy();
    expect(login.headers.get('x-request-id')).toBe('logs-test-login-0001');
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('confer.sid='))!;
    expect(cookie).toBeTruthy();
    secrets.cookieValue = cookie.slice('confer.sid='.length);
    secrets.sid = decodeURIComponent(secrets.cookieValue).replace(/^s:/, '').split('.')[0];

    // A premium member (arranged in SQL: there is no purchase here) posts a thread holding the secret and PHI-like text.
    const userId = login.body.data.logIn.id as string;
    await db.query(`insert into premium_grants (user_id, starts_at, ends_at, source) values ($1, now() - interval '1 day', now() + interval '7 days', 'staff')`, [userId]);
    const slug = `logs-${tag()}`;
    const [category] = await db.query<{ id: string }>(
      `insert into forum_categories (slug, name, audience, allow_anonymous, require_premoderation, position) values ($1, 'Logs', 'premium', false, false, 100) returning id`,
      [slug],
    );
    const body = `Question about ${secrets.postSecret}. ${secrets.phi} was seen on Tuesday.`;
    const post = await gql(
      `mutation Post($input: CreateForumThreadInput!) { createForumThread(input: $input) { held post { id } } }`,
      { input: { categoryId: category.id, title: `Thread ${secrets.postSecret}`, body, anonymous: false, confirmPhi: true } },
      { cookie },
    );
    expect(post.body.errors).toBeUndefined();
    expect(post.body.data.createForumThread.post.id).toBeTruthy();

    // Password reset email, then the reset itself (the token and the new password travel as variables).
    expect((await gql(`mutation Forgot($email: String!) { requestPasswordReset(email: $email) { ok } }`, { email })).body.data).toEqual({
      requestPasswordReset: { ok: true },
    });
    const reset = await mailTo(email, 'password-reset');
    secrets.resetToken = reset.token;
    secrets.resetText = reset.text;
    const resetRes = await gql(`mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { ok } }`, {
      input: { token: reset.token, newPassword: secrets.newPassword },
    });
    expect(resetRes.body.data).toEqual({ resetPassword: { ok: true } });

    // Failing requests: a wrong password, bad variables, a query that does not parse, malformed JSON,
    // headers carrying credentials, tokens in a query string and a path.
    const wrong = await logIn(secrets.wrongPassword);
    expect(wrong.body.errors[0].extensions.code).toBeTruthy();
    const badVars = await gql(`mutation LogIn($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email, password: 42, extra: secrets.wrongPassword } });
    expect(badVars.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql(`query Broken { me { id `)).body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const malformed = await fetch(`${proc!.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1', authorization: `Bearer ${secrets.bearer}`, cookie },
      body: `{"query": "${secrets.postSecret}`,
    });
    expect(malformed.status).toBe(400);
    await fetch(`${proc!.baseUrl}/notifications/unsubscribe?token=${secrets.queryToken}`);
    await fetch(`${proc!.baseUrl}/ics/feed/${secrets.pathToken}.ics`, { headers: { authorization: `Bearer ${secrets.bearer}` } });
    expect((await fetch(`${proc!.baseUrl}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(404);
    expect((await logIn(secrets.newPassword)).body.data.logIn.id).toBe(userId);

    // Both emails fail at the unreachable mail server and are given up: wait for those lines.
    const deadline = Date.now() + 30_000;
    while ((proc!.logs().match(/not sent \(giving up\)/g) ?? []).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));

    proc!.kill('SIGTERM');
    await proc!.exited(30_000).catch(() => proc!.kill('SIGKILL'));
    const log = proc!.logs();

    // One JSON object per line.
    const lines = log.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(20);
    const records = lines.map((line) => {
      let record: Record<string, any>;
      try {
        record = JSON.parse(line);
      } catch {
        throw new Error(`not a JSON line: ${line.slice(0, 200)}`);
      }
      expect(typeof record.time).toBe('string');
      expect(typeof record.level).toBe('string');
      expect(typeof record.msg).toBe('string');
      return record;
    });

    // Every request line carries its id, method, route, status and duration; GraphQL ones their operation.
    const requests = records.filter((r) => r.context === 'HTTP');
    expect(requests.length).toBeGreaterThanOrEqual(15);
    for (const r of requests) {
      expect(r).toEqual(expect.objectContaining({ requestId: expect.any(String), method: expect.any(String), route: expect.any(String), status: expect.any(Number), durationMs: expect.any(Number) }));
    }
    const tagged = requests.filter((r) => r.requestId === 'logs-test-login-0001');
    expect(tagged.map((r) => r.operation)).toContain('LogIn');
    expect(tagged.find((r) => r.outcome === 'error')).toBeTruthy();
    // Log lines written while serving a request (GraphQL error details here) carry its id too.
    const gqlErrors = records.filter((r) => r.context === 'GraphQL' && r.msg === 'graphql errors');
    expect(gqlErrors.length).toBeGreaterThanOrEqual(3);
    for (const r of gqlErrors) expect(r.requestId).toEqual(expect.any(String));
    // The malformed body: refused before GraphQL (no operation), logged with its route class.
    expect(requests.find((r) => r.route === 'graphql' && r.status === 400 && r.operation === undefined)).toBeTruthy();
    expect(requests.find((r) => r.route === '/ics/feed/:file')).toBeTruthy();
    expect(records.filter((r) => r.context === 'Mail' && /giving up/.test(r.msg)).length).toBeGreaterThanOrEqual(2);

    // Nothing secret, anywhere in the log.
    const needles: [string, string][] = Object.entries(secrets)
      .filter(([k]) => !['verifyText', 'resetText'].includes(k))
      .map(([k, v]) => [k, v]);
    for (const [name, text] of [['verifyText', secrets.verifyText], ['resetText', secrets.resetText]] as const) {
      for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l.length >= 25)) needles.push([`${name} line`, line]);
    }
    needles.push(['verify token (encoded)', encodeURIComponent(secrets.verifyToken)], ['reset token (encoded)', encodeURIComponent(secrets.resetToken)]);
    const leaks = needles.filter(([, v]) => log.includes(v)).map(([k]) => k);
    expect(leaks).toEqual([]);
  });
});
