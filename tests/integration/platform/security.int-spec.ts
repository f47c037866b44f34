import { Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { logIn, logInWithCookie, TestDb } from '../../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp, uniqueEmail } from '../../utils/test-app';

/**
 * Security of the edge: session fixation, cookie flags (plain and behind TLS), cross-site form posts,
 * depth/alias/batching attacks, and log-in brute force being slowed and reported.
 */

const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const ME = `{ me { id } }`;
const WRONG = 'not-the-password-at-all-9';

/** `Set-Cookie` of a response as { name, value, attributes (lower-case) }. */
function cookiesOf(res: { headers: Record<string, unknown> }) {
  return [res.headers['set-cookie'] ?? []].flat().map((raw) => {
    const [pair, ...attrs] = String(raw).split(';').map((p) => p.trim());
    const eq = pair.indexOf('=');
    return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attrs: attrs.map((a) => a.toLowerCase()), raw: String(raw) };
  });
}

describe('security of sessions, cookies and the GraphQL edge', () => {
  let t: TestApp;
  let tls: TestApp;
  let db: TestDb;
  let warn: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES: '5' });
    // As deployed behind a TLS-terminating proxy: Secure __Host- cookie, client address from X-Forwarded-For.
    tls = await startTestApp({ COOKIE_SECURE: 'true', LOGIN_MAX_FAILURES: '5', LOGIN_MAX_FAILURES_PER_IP: '8' });
    db = await new TestDb().connect();
    warn = jest.spyOn(Logger.prototype, 'warn');
  });
  afterAll(async () => {
    warn?.mockRestore();
    await db?.close();
    await t?.close();
    await tls?.close();
  });

  describe('session fixation', () => {
    it('a session cookie planted before log-in is replaced at log-in and is worthless afterwards', async () => {
      const attacker = await db.createUser({ displayName: 'Mallory' });
      const victim = await db.createUser({ displayName: 'Victim Vic' });
      // The attacker holds a real session and plants its cookie in the victim's browser.
      const planted = await logInWithCookie(t.client(), attacker.email);
      const plantedSid = decodeURIComponent(planted.split('=')[1]).slice(2).split('.')[0];
      const victimBrowser = request.agent(t.app.getHttpServer());
      const res = await victimBrowser
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .set('cookie', planted)
        .send({ query: LOG_IN, variables: { input: { email: victim.email, password: GOOD_PASSWORD } } });
      expect(res.body.data.logIn.id).toBe(victim.id);
      const issued = cookiesOf(res).find((c) => c.name === 'confer.sid')!;
      expect(issued).toBeDefined();
      expect(`${issued.name}=${issued.value}`).not.toBe(planted);

      // The planted id does not become the victim's session: it is gone altogether.
      const withPlanted = await request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('apollo-require-preflight', 'true').set('cookie', planted).send({ query: ME });
      expect(withPlanted.body.data.me).toBeNull();
      expect(await db.query(`select sid from sessions where sid = $1`, [plantedSid])).toEqual([]);
      // The new cookie is the victim's.
      const withIssued = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .set('cookie', `${issued.name}=${issued.value}`)
        .send({ query: ME });
      expect(withIssued.body.data.me).toEqual({ id: victim.id });
    });

    it('a made-up session id sent at log-in is never adopted', async () => {
      const victim = await db.createUser();
      const forged = 'confer.sid=s%3Aattacker-chosen-id.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .set('cookie', forged)
        .send({ query: LOG_IN, variables: { input: { email: victim.email, password: GOOD_PASSWORD } } });
      const issued = cookiesOf(res).find((c) => c.name === 'confer.sid')!;
      expect(issued.value).not.toContain('attacker-chosen-id');
      expect(await db.query(`select sid from sessions where sid = 'attacker-chosen-id'`)).toEqual([]);
    });
  });

  describe('cookie flags', () => {
    it('without TLS: HttpOnly, SameSite=Lax, Path=/, host-only, with an expiry', async () => {
      const user = await db.createUser();
      const res = await t.client().gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
      const [cookie] = cookiesOf(res);
      expect(cookie.name).toBe('confer.sid');
      expect(cookie.attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
      expect(cookie.attrs.some((a) => a.startsWith('expires='))).toBe(true);
      expect(cookie.attrs.some((a) => a.startsWith('domain='))).toBe(false);
    });

    it('behind TLS (COOKIE_SECURE): a __Host- cookie that is Secure, HttpOnly, SameSite=Lax, Path=/ and host-only', async () => {
      const user = await db.createUser();
      const res = await request(tls.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .set('x-forwarded-proto', 'https')
        .send({ query: LOG_IN, variables: { input: { email: user.email, password: GOOD_PASSWORD } } });
      expect(res.body.data.logIn.id).toBe(user.id);
      const [cookie] = cookiesOf(res);
      expect(cookie.name).toBe('__Host-confer.sid');
      expect(cookie.attrs).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']));
      expect(cookie.attrs.some((a) => a.startsWith('domain='))).toBe(false);
      // Over plain HTTP the secure cookie is never handed out.
      const plain = await request(tls.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .send({ query: LOG_IN, variables: { input: { email: user.email, password: GOOD_PASSWORD } } });
      expect(cookiesOf(plain)).toEqual([]);
    });
  });

  describe('cross-site form posts to /graphql', () => {
    const evil = 'mutation { updateProfile(input: { displayName: "Pwned", jobTitle: "Pwned" }) { id } }';
    it.each([
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(evil)}`],
      ['text/plain', JSON.stringify({ query: evil })],
      ['text/plain;charset=UTF-8', JSON.stringify({ query: evil })],
      ['multipart/form-data; boundary=zz', `--zz\r\nContent-Disposition: form-data; name="query"\r\n\r\n${evil}\r\n--zz--\r\n`],
    ])('%s with the victim’s cookie and no preflight header is refused with a code and changes nothing', async (contentType, body) => {
      const victim = await db.createUser({ displayName: 'Victim Vera' });
      const cookie = await logInWithCookie(t.client(), victim.email);
      const before = await db.snapshot();
      const res = await request(t.app.getHttpServer()).post('/graphql').set('cookie', cookie).set('origin', 'https://evil.example').set('content-type', contentType).send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(res.text).not.toContain('Pwned');
      const [row] = await db.query(`select display_name, job_title from users where id = $1`, [victim.id]);
      expect(row).toEqual({ display_name: 'Victim Vera', job_title: null });
      expect(await db.snapshot()).toEqual(before);
    });
  });

  describe('query attacks', () => {
    async function post(body: unknown, cookie?: string) {
      const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('apollo-require-preflight', 'true');
      if (cookie) req.set('cookie', cookie);
      return req.send(body as object);
    }

    it('a deep mutation is refused with a code before anything runs', async () => {
      const user = await db.createUser({ displayName: 'Deep Dana' });
      const cookie = await logInWithCookie(t.client(), user.email);
      const nested = '... on UserProfile { '.repeat(15) + 'id' + ' }'.repeat(15);
      const res = await post({ query: `mutation { updateProfile(input: { displayName: "Changed" }) { administeredOrganizations { admins { ${nested} } } } }` }, cookie);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED']));
      expect((await db.query(`select display_name from users where id = $1`, [user.id]))[0].display_name).toBe('Deep Dana');
    });

    it('too many aliases are refused with a code', async () => {
      const res = await post({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }` });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors[0].message).toMatch(/alias/i);
    });

    it('aliased log-in attempts gain nothing: a request tries one password, and the limit still engages after five', async () => {
      const user = await db.createUser();
      const aliased = (round: number) =>
        `mutation { ${Array.from({ length: 12 }, (_, i) => `a${i}: logIn(input: { email: "${user.email}", password: "${WRONG}-${round}-${i}" }) { id }`).join(' ')} }`;
      for (let round = 0; round < 5; round++) {
        const res = await post({ query: aliased(round) });
        // Mutations run one after another and the first failure ends the request.
        expect(res.body.errors.map((e: { extensions: { reason: string } }) => e.extensions.reason)).toEqual(['INVALID_CREDENTIALS']);
      }
      const sixth = await post({ query: aliased(5) });
      expect(sixth.body.errors.map((e: { extensions: { reason: string } }) => e.extensions.reason)).toEqual(['TOO_MANY_ATTEMPTS']);
      const right = await t.client().gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
      expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    });

    it('a batched request (JSON array) is refused with a code and runs none of its operations', async () => {
      const user = await db.createUser();
      const batch = Array.from({ length: 3 }, () => ({ query: LOG_IN, variables: { input: { email: user.email, password: GOOD_PASSWORD } } }));
      const res = await post(batch);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(cookiesOf(res)).toEqual([]);
      expect(await db.query(`select sid from sessions where sess->>'userId' = $1`, [user.id])).toEqual([]);
    });
  });

  describe('log-in brute force', () => {
    const loginWarnings = () => warn.mock.calls.map((c) => c[0]).filter((m) => (m as { event?: string })?.event === 'login_rate_limited') as Record<string, unknown>[];

    it('is slowed per account (retryAfterSeconds) and reported as a warning that names neither the address nor the password', async () => {
      const user = await db.createUser();
      const browser = t.client();
      for (let i = 0; i < 5; i++) expect((await browser.gql(LOG_IN, { input: { email: user.email, password: `${WRONG}${i}` } })).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      const seen = loginWarnings().length;
      const blocked = await t.client().gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
      expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
      expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(blocked.data).toBeNull();

      const reports = loginWarnings().slice(seen);
      expect(reports).toEqual([
        { event: 'login_rate_limited', scope: 'account', account: createHash('sha256').update(user.email).digest('hex').slice(0, 16), ip: expect.any(String), retryAfterSeconds: expect.any(Number) },
      ]);
      const everything = JSON.stringify(warn.mock.calls);
      expect(everything).not.toContain(user.email);
      expect(everything).not.toContain(user.email.split('@')[0]);
      expect(everything).not.toContain(WRONG);
      expect(everything).not.toContain(GOOD_PASSWORD);
    });

    it('is slowed per client address when one source sprays many accounts, and reported with scope "ip"', async () => {
      const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
      const attempt = (email: string, password: string) =>
        request(tls.app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('apollo-require-preflight', 'true')
          .set('x-forwarded-proto', 'https')
          .set('x-forwarded-for', ip)
          .send({ query: LOG_IN, variables: { input: { email, password } } });
      // Eight accounts, one wrong guess each: no single account reaches its own limit.
      for (let i = 0; i < 8; i++) {
        const res = await attempt(uniqueEmail('spray'), WRONG);
        expect(res.body.errors[0].extensions.reason).toBe('INVALID_CREDENTIALS');
      }
      const seen = loginWarnings().length;
      const real = await db.createUser();
      const blocked = await attempt(real.email, GOOD_PASSWORD);
      expect(blocked.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS' });
      expect(loginWarnings().slice(seen)).toEqual([expect.objectContaining({ event: 'login_rate_limited', scope: 'ip', ip })]);
      // Another address is not affected.
      const elsewhere = await request(tls.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('apollo-require-preflight', 'true')
        .set('x-forwarded-proto', 'https')
        .set('x-forwarded-for', '198.51.100.7')
        .send({ query: LOG_IN, variables: { input: { email: real.email, password: GOOD_PASSWORD } } });
      expect(elsewhere.body.data.logIn.id).toBe(real.id);
    });
  });
});
