import { Mailbox } from '../../utils/mailbox';
import { TestDb } from '../../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp, uniqueEmail } from '../../utils/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ok } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { ok } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id email emailVerified } }`;
const ME = `{ me { id email emailVerified membership { tier source } } }`;

describe('sign up, verify, log in, sessions', () => {
  let t: TestApp;
  let db: TestDb;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  async function signUp(email: string, password = GOOD_PASSWORD) {
    return t.client().gql(SIGN_UP, { input: { email, password, displayName: 'Robin Nurse', timeZone: 'America/Chicago' } });
  }

  it('signs up, verifies by the emailed link, logs in with an HttpOnly session cookie, logs out everywhere', async () => {
    const email = uniqueEmail('robin');
    expect((await signUp(email)).data).toEqual({ signUp: { ok: true } });

    const [mail] = await t.mailbox.waitFor(email, { subject: /Verify/ });
    const token = Mailbox.tokenFrom(mail, '/verify-email');

    const browser = t.client();
    // Before verification the password is right but no session is given.
    const early = await browser.gql(LOG_IN, { input: { email, password: GOOD_PASSWORD } });
    expect(early.errors?.[0].extensions?.reason).toBe('EMAIL_NOT_VERIFIED');
    expect((await browser.gql(ME)).data).toEqual({ me: null });

    expect((await browser.gql(VERIFY, { token })).data).toEqual({ verifyEmail: { ok: true } });
    // Single use: the same link fails the second time.
    expect((await browser.gql(VERIFY, { token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });

    const login = await browser.gql(LOG_IN, { input: { email: email.toUpperCase(), password: GOOD_PASSWORD } });
    expect(login.data.logIn).toMatchObject({ email, emailVerified: true });
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/confer\.sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await browser.gql(ME);
    expect(me.data.me).toMatchObject({ email, membership: { tier: 'GUEST', source: 'NONE' } });

    // A second device, then "log out everywhere" from the first ends both.
    const phone = t.client();
    await phone.gql(LOG_IN, { input: { email, password: GOOD_PASSWORD } });
    expect((await phone.gql(ME)).data.me.email).toBe(email);
    expect((await browser.gql(`mutation { logOutEverywhere { ok } }`)).data).toEqual({ logOutEverywhere: { ok: true } });
    expect((await phone.gql(ME)).data).toEqual({ me: null });
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    const left = await db.query(`select count(*)::int as n from sessions where sess->>'userId' = $1`, [me.data.me.id]);
    expect(left[0].n).toBe(0);
  });

  it('gives a new session id at log-in (no fixation) and ends it at log-out', async () => {
    const user = await db.createUser();
    const browser = t.client();
    // An anonymous request does not create a session (saveUninitialized: false) ...
    const anon = await browser.gql(ME);
    expect(anon.headers['set-cookie']).toBeUndefined();
    const first = await browser.gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
    const sid1 = /confer\.sid=([^;]+)/.exec(String(first.headers['set-cookie']))![1];
    const second = await browser.gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
    const sid2 = /confer\.sid=([^;]+)/.exec(String(second.headers['set-cookie']))![1];
    expect(sid2).not.toBe(sid1);
    const rows = await db.query(`select sid from sessions where sess->>'userId' = $1`, [user.id]);
    expect(rows).toHaveLength(1);
    await browser.gql(`mutation { logOut { ok } }`);
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    expect(await db.query(`select sid from sessions where sess->>'userId' = $1`, [user.id])).toHaveLength(0);
  });

  it('reveals nothing when the address already has an account, and emails the owner instead', async () => {
    const owner = await db.createUser();
    const before = await db.query(`select count(*)::int as n from users`);
    const res = await signUp(owner.email.toUpperCase(), 'another-decent-passphrase-9');
    expect(res.data).toEqual({ signUp: { ok: true } });
    expect(res.errors).toBeUndefined();
    const [mail] = await t.mailbox.waitFor(owner.email, { subject: /tried to sign up/ });
    expect(mail.text).toContain('nothing was changed');
    expect(await db.query(`select count(*)::int as n from users`)).toEqual(before);
  });

  it('resets a forgotten password by email, ending every session', async () => {
    const user = await db.createUser();
    const old = t.client();
    await old.gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });

    // Unknown addresses get the same answer.
    const unknown = await t.client().gql(`mutation { requestPasswordReset(email: "${uniqueEmail('nobody')}") { ok } }`);
    expect(unknown.data).toEqual({ requestPasswordReset: { ok: true } });

    await t.client().gql(`mutation($e: String!) { requestPasswordReset(email: $e) { ok } }`, { e: user.email });
    const [mail] = await t.mailbox.waitFor(user.email, { subject: /Reset/ });
    const token = Mailbox.tokenFrom(mail, '/reset-password');
    const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok } }`;

    // A weak password is refused and the link stays usable.
    const weak = await t.client().gql(RESET, { input: { token, newPassword: 'password1234' } });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' });

    const newPassword = 'orchid-tundra-saxophone-8';
    expect((await t.client().gql(RESET, { input: { token, newPassword } })).data).toEqual({ resetPassword: { ok: true } });
    expect((await t.client().gql(RESET, { input: { token, newPassword: 'another-orchid-tundra-9' } })).errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');

    expect((await old.gql(ME)).data).toEqual({ me: null });
    const wrong = await t.client().gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const right = await t.client().gql(LOG_IN, { input: { email: user.email, password: newPassword } });
    expect(right.data.logIn.email).toBe(user.email);
    await t.mailbox.waitFor(user.email, { subject: /password was changed/ });
  });

  it('refuses an expired link', async () => {
    const email = uniqueEmail('late');
    await signUp(email);
    const [mail] = await t.mailbox.waitFor(email, { subject: /Verify/ });
    await db.query(`update account_tokens set expires_at = now() - interval '1 minute' where user_id = (select id from users where email = $1)`, [email]);
    const res = await t.client().gql(VERIFY, { token: Mailbox.tokenFrom(mail, '/verify-email') });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    const rows = await db.query(`select email_verified_at from users where email = $1`, [email]);
    expect(rows[0].email_verified_at).toBeNull();
  });

  it('changes the password, keeping this session and ending the others', async () => {
    const user = await db.createUser();
    const here = t.client();
    const there = t.client();
    await here.gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
    await there.gql(LOG_IN, { input: { email: user.email, password: GOOD_PASSWORD } });
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }`;
    const bad = await here.gql(CHANGE, { input: { currentPassword: 'not-my-password-at-all', newPassword: 'meadow-quartz-lantern-5' } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' });
    const ok = await here.gql(CHANGE, { input: { currentPassword: GOOD_PASSWORD, newPassword: 'meadow-quartz-lantern-5' } });
    expect(ok.data).toEqual({ changePassword: { ok: true } });
    expect((await here.gql(ME)).data.me.email).toBe(user.email);
    expect((await there.gql(ME)).data).toEqual({ me: null });
  });
});
