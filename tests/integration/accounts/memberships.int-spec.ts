import { Mailbox } from '../../utils/mailbox';
import { logIn, TestDb } from '../../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp, TestClient, uniqueEmail } from '../../utils/test-app';

/** Organization-domain and individual memberships, as members see them in `me { membership }`. */

const ME = `{ me { id membership { tier source organizationName validUntil } } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name active domains { id domain approved } } }`;
const UPDATE_ORG = `mutation($input: UpdateOrganizationMembershipInput!) { updateOrganizationMembership(input: $input) { id status active membershipEndsAt } }`;
const ADD_ADMIN = `mutation($o: ID!, $e: String!) { addOrganizationAdmin(organizationId: $o, email: $e) { id admins { id } } }`;
const ADD_DOMAIN = `mutation($o: ID!, $d: String!) { addOrganizationDomain(organizationId: $o, domain: $d) { id domains { id domain approved } } }`;
const APPROVE = `mutation($id: ID!) { approveOrganizationDomain(domainId: $id) { id domains { domain approved } } }`;
const ORG = `query($id: ID!) { organization(id: $id) { id name coveredMembers { displayName } domains { domain approved } } }`;
const GRANT = `mutation($input: GrantPremiumInput!) { grantPremiumMembership(input: $input) { id startsAt endsAt revokedAt } }`;
const REVOKE = `mutation($id: ID!) { revokePremiumGrant(id: $id) { ok } }`;
const OVERRIDE = `mutation($u: ID!, $o: MembershipOverride!) { setMembershipOverride(userId: $u, override: $o) { id membershipOverride } }`;
const USERS = `query($s: String) { users(search: $s) { nodes { id email membership { tier source organizationName } } } }`;

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
const rnd = () => Math.random().toString(36).slice(2, 10);
const GUEST = { tier: 'GUEST', source: 'NONE', organizationName: null, validUntil: null };

describe('memberships through the API', () => {
  let t: TestApp;
  let db: TestDb;
  let staff: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    const s = await db.createUser({ roles: ['member', 'staff'], displayName: 'Staff Person' });
    staff = t.client();
    await logIn(staff, s.email);
  });
  afterAll(async () => {
    await db.close();
    await t.close();
  });

  async function gqlOk(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
    const res = await client.gql(query, variables);
    if (res.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** A signed-in client for a new account (verified unless told otherwise). */
  async function member(opts: { email?: string; displayName?: string } = {}) {
    const user = await db.createUser({ email: opts.email, displayName: opts.displayName });
    const client = t.client();
    await logIn(client, user.email);
    return { ...user, client };
  }

  async function membershipOf(client: TestClient) {
    return (await gqlOk(client, ME)).me.membership;
  }

  async function createOrg(domains: string[], over: Record<string, unknown> = {}) {
    const name = `X ${rnd()}`;
    const input = { name, membershipStartsAt: iso(-1), membershipEndsAt: iso(365), domains, ...over };
    const data = await gqlOk(staff, CREATE_ORG, { input });
    return { ...data.createOrganization, name, membershipEndsAt: input.membershipEndsAt } as {
      id: string; name: string; active: boolean; membershipEndsAt: string; domains: { id: string; domain: string; approved: boolean }[];
    };
  }

  const newDomain = () => `h${rnd()}.edu`;

  it('covers a verified address on the exact domain, and nobody on subdomains, look-alikes or unverified addresses', async () => {
    const d = newDomain();
    const org = await createOrg([d]);
    expect(org).toMatchObject({ active: true, domains: [{ domain: d, approved: true }] });
    expect((await gqlOk(staff, ORG, { id: org.id })).organization.domains).toEqual([{ domain: d, approved: true }]);

    const covered = await member({ email: uniqueEmail('covered', d), displayName: 'Covered Carla' });
    expect(await membershipOf(covered.client)).toEqual({ tier: 'PREMIUM', source: 'ORGANIZATION', organizationName: org.name, validUntil: org.membershipEndsAt });

    // Upper-case address typed at log-in is the same account and the same domain.
    const shouting = t.client();
    await logIn(shouting, covered.email.toUpperCase());
    expect(await membershipOf(shouting)).toMatchObject({ tier: 'PREMIUM', source: 'ORGANIZATION' });

    for (const domain of [`sub.${d}`, `${d}.evil.com`, `x${d}`, d.replace('.edu', '.edu.co'), d.replace('.edu', '.org')]) {
      const outsider = await member({ email: uniqueEmail('outsider', domain) });
      expect({ domain, membership: await membershipOf(outsider.client) }).toEqual({ domain, membership: GUEST });
    }
  });

  it('covers an unverified address only once the emailed link is used', async () => {
    const d = newDomain();
    await createOrg([d]);
    const email = uniqueEmail('pending', d);
    await gqlOk(t.client(), `mutation($input: SignUpInput!) { signUp(input: $input) { ok } }`, {
      input: { email, password: GOOD_PASSWORD, displayName: 'Pending Pat', timeZone: 'America/Chicago' },
    });
    // Unverified: cannot log in, and staff see a guest.
    expect((await gqlOk(staff, USERS, { s: email })).users.nodes).toEqual([expect.objectContaining({ email, membership: { tier: 'GUEST', source: 'NONE', organizationName: null } })]);

    const [mail] = await t.mailbox.waitFor(email, { subject: /Verify/ });
    await gqlOk(t.client(), `mutation($t: String!) { verifyEmail(token: $t) { ok } }`, { t: Mailbox.tokenFrom(mail, '/verify-email') });
    const client = t.client();
    await logIn(client, email);
    expect(await membershipOf(client)).toMatchObject({ tier: 'PREMIUM', source: 'ORGANIZATION' });
  });

  it("an org admin's proposed domain covers nobody until staff approve it", async () => {
    const org = await createOrg([newDomain()]);
    const admin = await member({ displayName: 'Admin Alex' });
    const added = await gqlOk(staff, ADD_ADMIN, { o: org.id, e: admin.email.toUpperCase() });
    expect(added.addOrganizationAdmin.admins).toEqual([{ id: admin.id }]);

    const d2 = newDomain();
    const proposed = await gqlOk(admin.client, ADD_DOMAIN, { o: org.id, d: ` ${d2.toUpperCase()}. ` });
    const proposal = proposed.addOrganizationDomain.domains.find((x: { domain: string }) => x.domain === d2);
    expect(proposal).toMatchObject({ domain: d2, approved: false });

    const worker = await member({ email: uniqueEmail('worker', d2), displayName: 'Worker Wren' });
    expect(await membershipOf(worker.client)).toEqual(GUEST);
    expect((await gqlOk(admin.client, ORG, { id: org.id })).organization.coveredMembers).toEqual([]);

    // The admin cannot approve it; staff can.
    const self = await admin.client.gql(APPROVE, { id: proposal.id });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await membershipOf(worker.client)).toEqual(GUEST);

    const approved = await gqlOk(staff, APPROVE, { id: proposal.id });
    expect(approved.approveOrganizationDomain.domains).toContainEqual({ domain: d2, approved: true });
    expect(await membershipOf(worker.client)).toMatchObject({ tier: 'PREMIUM', source: 'ORGANIZATION', organizationName: org.name });
    expect((await gqlOk(admin.client, ORG, { id: org.id })).organization.coveredMembers).toEqual([{ displayName: 'Worker Wren' }]);
  });

  it('an organization whose membership ended, or that is suspended, covers nobody', async () => {
    const ended = await createOrg([newDomain()]);
    const suspended = await createOrg([newDomain()]);
    const a = await member({ email: uniqueEmail('ended', ended.domains[0].domain) });
    const b = await member({ email: uniqueEmail('susp', suspended.domains[0].domain) });
    expect(await membershipOf(a.client)).toMatchObject({ tier: 'PREMIUM', source: 'ORGANIZATION' });
    expect(await membershipOf(b.client)).toMatchObject({ tier: 'PREMIUM', source: 'ORGANIZATION' });

    const moved = await gqlOk(staff, UPDATE_ORG, { input: { organizationId: ended.id, membershipStartsAt: iso(-30), membershipEndsAt: iso(-1) } });
    expect(moved.updateOrganizationMembership).toMatchObject({ status: 'active', active: false });
    expect(await membershipOf(a.client)).toEqual(GUEST);

    const paused = await gqlOk(staff, UPDATE_ORG, { input: { organizationId: suspended.id, status: 'suspended' } });
    expect(paused.updateOrganizationMembership).toMatchObject({ status: 'suspended', active: false });
    expect(await membershipOf(b.client)).toEqual(GUEST);

    // Reactivating restores coverage (the change is a switch, not a deletion).
    await gqlOk(staff, UPDATE_ORG, { input: { organizationId: suspended.id, status: 'active' } });
    expect(await membershipOf(b.client)).toMatchObject({ tier: 'PREMIUM', source: 'ORGANIZATION' });

    // An organization whose membership starts in the future covers nobody yet.
    const future = await createOrg([newDomain()], { membershipStartsAt: iso(10), membershipEndsAt: iso(400) });
    expect(future.active).toBe(false);
    const c = await member({ email: uniqueEmail('early', future.domains[0].domain) });
    expect(await membershipOf(c.client)).toEqual(GUEST);
  });

  it('individual grants: active → PREMIUM/INDIVIDUAL with validUntil; expired or revoked → GUEST', async () => {
    const m = await member();
    expect(await membershipOf(m.client)).toEqual(GUEST);

    const endsAt = iso(90);
    const grant = (await gqlOk(staff, GRANT, { input: { userId: m.id, startsAt: iso(-1), endsAt, note: 'Speaker comp' } })).grantPremiumMembership;
    expect(await membershipOf(m.client)).toEqual({ tier: 'PREMIUM', source: 'INDIVIDUAL', organizationName: null, validUntil: endsAt });
    // The owner sees their own grants.
    const mine = await gqlOk(m.client, `query($u: ID!) { premiumGrants(userId: $u) { id endsAt revokedAt } }`, { u: m.id });
    expect(mine.premiumGrants).toEqual([{ id: grant.id, endsAt, revokedAt: null }]);

    expect(await gqlOk(staff, REVOKE, { id: grant.id })).toEqual({ revokePremiumGrant: { ok: true } });
    expect(await membershipOf(m.client)).toEqual(GUEST);
    const again = await staff.gql(REVOKE, { id: grant.id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'GRANT_NOT_FOUND' });

    const expired = await member();
    await gqlOk(staff, GRANT, { input: { userId: expired.id, startsAt: iso(-60), endsAt: iso(-30) } });
    expect(await membershipOf(expired.client)).toEqual(GUEST);

    const notYet = await member();
    await gqlOk(staff, GRANT, { input: { userId: notYet.id, startsAt: iso(5), endsAt: iso(30) } });
    expect(await membershipOf(notYet.client)).toEqual(GUEST);

    const forever = await member();
    await gqlOk(staff, GRANT, { input: { userId: forever.id, startsAt: iso(-1) } });
    expect(await membershipOf(forever.client)).toEqual({ tier: 'PREMIUM', source: 'INDIVIDUAL', organizationName: null, validUntil: null });
  });

  it('staff overrides: GUEST beats an active grant, PREMIUM gives STAFF_OVERRIDE, NONE restores the grant', async () => {
    const m = await member();
    const endsAt = iso(60);
    await gqlOk(staff, GRANT, { input: { userId: m.id, startsAt: iso(-1), endsAt } });
    expect(await membershipOf(m.client)).toMatchObject({ tier: 'PREMIUM', source: 'INDIVIDUAL' });

    expect((await gqlOk(staff, OVERRIDE, { u: m.id, o: 'GUEST' })).setMembershipOverride.membershipOverride).toBe('GUEST');
    expect(await membershipOf(m.client)).toMatchObject({ tier: 'GUEST', source: 'STAFF_OVERRIDE' });

    await gqlOk(staff, OVERRIDE, { u: m.id, o: 'PREMIUM' });
    expect(await membershipOf(m.client)).toMatchObject({ tier: 'PREMIUM', source: 'STAFF_OVERRIDE' });

    await gqlOk(staff, OVERRIDE, { u: m.id, o: 'NONE' });
    expect(await membershipOf(m.client)).toEqual({ tier: 'PREMIUM', source: 'INDIVIDUAL', organizationName: null, validUntil: endsAt });

    // The GUEST override also beats organization coverage.
    const d = newDomain();
    await createOrg([d]);
    const covered = await member({ email: uniqueEmail('overridden', d) });
    await gqlOk(staff, OVERRIDE, { u: covered.id, o: 'GUEST' });
    expect(await membershipOf(covered.client)).toMatchObject({ tier: 'GUEST', source: 'STAFF_OVERRIDE' });
  });

  it("lets an org admin list exactly the organization's covered verified members, and nobody else see the organization", async () => {
    const d = newDomain();
    const org = await createOrg([d]);
    const admin = await member({ displayName: 'Admin Ana' });
    await gqlOk(staff, ADD_ADMIN, { o: org.id, e: admin.email });

    await db.createUser({ email: uniqueEmail('c1', d), displayName: 'Covered Bea' });
    await db.createUser({ email: uniqueEmail('c2', d), displayName: 'Covered Abe' });
    await db.createUser({ email: uniqueEmail('unv', d), displayName: 'Unverified Uma', verified: false });
    await db.createUser({ email: uniqueEmail('sub', `sub.${d}`), displayName: 'Subdomain Sam' });
    await db.createUser({ email: uniqueEmail('evil', `${d}.evil.com`), displayName: 'Evil Eve' });

    const seen = (await gqlOk(admin.client, ORG, { id: org.id })).organization;
    expect(seen.domains).toEqual([{ domain: d, approved: true }]);
    expect(seen.coveredMembers.map((u: { displayName: string }) => u.displayName).sort()).toEqual(['Covered Abe', 'Covered Bea']);
    // The admin's account shows the organization it administers.
    const mine = await gqlOk(admin.client, `{ me { administeredOrganizations { id name } } }`);
    expect(mine.me.administeredOrganizations).toEqual([{ id: org.id, name: org.name }]);

    // Another member, even one the organization covers, is told it does not exist, exactly as for a made-up id.
    const other = await member({ email: uniqueEmail('c3', d) });
    const denied = await other.client.gql(ORG, { id: org.id });
    const madeUp = await other.client.gql(ORG, { id: '6f1c2b9e-4a57-4c1e-9d3b-2a0f8e7c5d41' });
    expect(denied.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' });
    expect(denied.errors?.[0].message).toBe(madeUp.errors?.[0].message);
    expect(denied.errors?.[0].extensions).toEqual(madeUp.errors?.[0].extensions);
    expect(denied.data).toBeNull();

    const anon = await t.client().gql(ORG, { id: org.id });
    expect(anon.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(anon.data).toBeNull();
  });

  it('exposes no email address on UserProfile (coveredMembers, admins, user)', async () => {
    const type = await gqlOk(staff, `{ __type(name: "UserProfile") { fields { name } } }`);
    const names = type.__type.fields.map((f: { name: string }) => f.name);
    expect(names).toContain('displayName');
    expect(names).not.toContain('email');
    const org = await createOrg([newDomain()]);
    const res = await staff.gql(`query($id: ID!) { organization(id: $id) { coveredMembers { email } } }`, { id: org.id });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a domain that another organization already lists: CONFLICT DOMAIN_TAKEN, nothing written', async () => {
    const d = newDomain();
    const first = await createOrg([d]);
    const before = await db.snapshot();
    const dup = await staff.gql(CREATE_ORG, { input: { name: `X ${rnd()}`, membershipStartsAt: iso(0), domains: [d.toUpperCase()] } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOMAIN_TAKEN' });
    const other = await createOrg([]);
    const before2 = await db.snapshot();
    const add = await staff.gql(ADD_DOMAIN, { o: other.id, d });
    expect(add.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOMAIN_TAKEN' });
    // Adding it to the organization that already has it is refused the same way.
    const same = await staff.gql(ADD_DOMAIN, { o: first.id, d });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOMAIN_TAKEN' });
    expect(await db.snapshot()).toEqual(before2);
    expect(before2.organizations).toBe(before.organizations + 1);
    expect(before2.organization_domains).toBe(before.organization_domains);
  });

  it('staff verify credentials; the owner editing them resets the badge, other edits keep it', async () => {
    const m = await member();
    const USER = `query($id: ID!) { user(id: $id) { credentials credentialsVerified } }`;
    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { credentials credentialsVerified } }`;
    await gqlOk(m.client, UPDATE, { input: { credentials: 'RN' } });
    const verified = await gqlOk(staff, `mutation($u: ID!) { setCredentialsVerified(userId: $u, verified: true) { credentialsVerified } }`, { u: m.id });
    expect(verified.setCredentialsVerified.credentialsVerified).toBe(true);
    const viewer = await member();
    expect((await gqlOk(viewer.client, USER, { id: m.id })).user).toEqual({ credentials: 'RN', credentialsVerified: true });

    // Unrelated edits, and re-saving the same credentials, keep the badge.
    expect((await gqlOk(m.client, UPDATE, { input: { jobTitle: 'Nurse educator', credentials: 'RN' } })).updateProfile).toEqual({ credentials: 'RN', credentialsVerified: true });

    expect((await gqlOk(m.client, UPDATE, { input: { credentials: 'MD, PhD' } })).updateProfile).toEqual({ credentials: 'MD, PhD', credentialsVerified: false });
    expect((await gqlOk(viewer.client, USER, { id: m.id })).user).toEqual({ credentials: 'MD, PhD', credentialsVerified: false });
  });
});
