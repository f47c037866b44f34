import { Mailbox } from '../../utils/mailbox';
import { logIn, TestDb } from '../../utils/fixtures';
import { GOOD_PASSWORD, startTestApp, TestApp, TestClient, uniqueEmail } from '../../utils/test-app';

/**
 * Every mutation (and staff query) given bad input by the kind of caller who can reach it. Each row must
 * get a coded error (never INTERNAL_SERVER_ERROR, never a 500, never a stack or SQL text) and leave
 * every table's row count as it was: nothing half-written.
 */

const Q = {
  signUp: `mutation($input: SignUpInput!) { signUp(input: $input) { ok } }`,
  logIn: `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
  logOutEverywhere: `mutation { logOutEverywhere { ok } }`,
  verifyEmail: `mutation($token: String!) { verifyEmail(token: $token) { ok } }`,
  requestEmailVerification: `mutation($email: String!) { requestEmailVerification(email: $email) { ok } }`,
  requestPasswordReset: `mutation($email: String!) { requestPasswordReset(email: $email) { ok } }`,
  resetPassword: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { ok } }`,
  changePassword: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { ok } }`,
  updateProfile: `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`,
  setCredentialsVerified: `mutation($userId: ID!, $verified: Boolean!) { setCredentialsVerified(userId: $userId, verified: $verified) { id } }`,
  setUserRoles: `mutation($userId: ID!, $roles: [Role!]!) { setUserRoles(userId: $userId, roles: $roles) { id roles } }`,
  setMembershipOverride: `mutation($userId: ID!, $override: MembershipOverride!) { setMembershipOverride(userId: $userId, override: $override) { id } }`,
  grantPremiumMembership: `mutation($input: GrantPremiumInput!) { grantPremiumMembership(input: $input) { id } }`,
  revokePremiumGrant: `mutation($id: ID!) { revokePremiumGrant(id: $id) { ok } }`,
  createOrganization: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`,
  updateOrganizationMembership: `mutation($input: UpdateOrganizationMembershipInput!) { updateOrganizationMembership(input: $input) { id status } }`,
  addOrganizationDomain: `mutation($organizationId: ID!, $domain: String!) { addOrganizationDomain(organizationId: $organizationId, domain: $domain) { id } }`,
  approveOrganizationDomain: `mutation($domainId: ID!) { approveOrganizationDomain(domainId: $domainId) { id } }`,
  removeOrganizationDomain: `mutation($domainId: ID!) { removeOrganizationDomain(domainId: $domainId) { id } }`,
  addOrganizationAdmin: `mutation($organizationId: ID!, $email: String!) { addOrganizationAdmin(organizationId: $organizationId, email: $email) { id } }`,
  users: `query($search: String, $after: String, $first: Int! = 20) { users(search: $search, after: $after, first: $first) { nodes { id email } } }`,
  organizations: `{ organizations { id name } }`,
  organization: `query($id: ID!) { organization(id: $id) { id coveredMembers { id } } }`,
  user: `query($id: ID!) { user(id: $id) { id } }`,
  premiumGrants: `query($userId: ID!) { premiumGrants(userId: $userId) { id } }`,
};

const CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS'];
// Internals that must never reach a caller: stacks, ORM/driver errors, SQL.
const LEAK = /stack|QueryFailedError|driverError|node_modules|\.ts:\d+|\bat [\w.<>]+ \(|\bselect\b[^"]*\bfrom\b|insert into|update\s+"?\w+"?\s+set|delete from|duplicate key|violates|invalid input syntax|invalid byte sequence/i;

const MADE_UP_ID = '6f1c2b9e-4a57-4c1e-9d3b-2a0f8e7c5d41';
const NOW = Date.now();
const iso = (offsetDays: number) => new Date(NOW + offsetDays * 86_400_000).toISOString();
const SIGN_IN_REQUIRED = { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' };
const FORBIDDEN = { code: 'FORBIDDEN', reason: 'FORBIDDEN' };
const INVALID_ID = { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' };
const VALIDATION = { code: 'BAD_USER_INPUT', reason: 'VALIDATION_FAILED' };
const WEAK = { code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD' };
const TZ = { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_TIME_ZONE' };
const TOKEN = { code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' };
const DOMAIN = { code: 'BAD_USER_INPUT', reason: 'INVALID_DOMAIN' };
const WINDOW = { code: 'BAD_USER_INPUT', reason: 'INVALID_WINDOW' };

type Who = 'anon' | 'member' | 'staff' | 'changer' | 'orgAdmin';

interface Ctx {
  staff: { id: string; email: string };
  member: { id: string; email: string };
  changer: { id: string; email: string };
  orgAdmin: { id: string; email: string };
  orgId: string;
  orgName: string;
  approvedDomainId: string;
  takenDomain: string;
  proposedDomainId: string;
  grantId: string;
  revokedGrantId: string;
  usedVerifyToken: string;
  expiredVerifyToken: string;
  usedResetToken: string;
  expiredResetToken: string;
  liveResetToken: string;
  resetterEmail: string;
}

interface Row {
  name: string;
  who: Who;
  query: string;
  vars?: (c: Ctx) => Record<string, unknown>;
  expect: { code: string; reason?: string };
}

const local = (email: string) => email.slice(0, email.indexOf('@'));
const signUpInput = (over: Record<string, unknown> = {}) => ({
  email: uniqueEmail('badin'),
  password: GOOD_PASSWORD,
  displayName: 'Robin Nurse',
  timeZone: 'America/Chicago',
  ...over,
});
const orgInput = (over: Record<string, unknown> = {}) => ({ name: `Bad Input Org ${Math.random().toString(36).slice(2)}`, membershipStartsAt: iso(0), ...over });

const rows: Row[] = [
  // signUp (anonymous)
  { name: 'signUp: 300-char display name', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ displayName: 'N'.repeat(300) }) }), expect: VALIDATION },
  { name: 'signUp: blank display name', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ displayName: '    ' }) }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_NAME' } },
  { name: 'signUp: email without @', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ email: 'robin.example.org' }) }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'signUp: email with two @', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ email: 'robin@x@example.org' }) }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'signUp: email with a header-smuggling newline', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ email: 'robin@example.org\nBcc: all@example.org' }) }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'signUp: 2000-char email', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ email: `${'a'.repeat(1990)}@x.org` }) }), expect: VALIDATION },
  { name: 'signUp: 11-char password', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ password: 'quiet-lake1' }) }), expect: WEAK },
  { name: "signUp: password 'password1234'", who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ password: 'password1234' }) }), expect: WEAK },
  {
    name: 'signUp: password containing the email local part',
    who: 'anon',
    query: Q.signUp,
    vars: () => {
      const email = uniqueEmail('quillon');
      return { input: signUpInput({ email, password: `${local(email)}-2024!` }) };
    },
    expect: WEAK,
  },
  { name: 'signUp: 200-char password (over the policy maximum)', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ password: 'velvet harbor quietly '.repeat(10) }) }), expect: WEAK },
  { name: 'signUp: 5000-char password', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ password: 'x'.repeat(5000) }) }), expect: VALIDATION },
  { name: "signUp: time zone 'Mars/Olympus'", who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ timeZone: 'Mars/Olympus' }) }), expect: TZ },
  { name: "signUp: time zone 'UTC+3'", who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ timeZone: 'UTC+3' }) }), expect: TZ },
  { name: "signUp: time zone ''", who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ timeZone: '' }) }), expect: TZ },

  // logIn / logOutEverywhere
  { name: 'logIn: email without @', who: 'anon', query: Q.logIn, vars: () => ({ input: { email: 'robin.example.org', password: GOOD_PASSWORD } }), expect: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } },
  { name: 'logIn: 2000-char email', who: 'anon', query: Q.logIn, vars: () => ({ input: { email: `${'a'.repeat(1990)}@x.org`, password: GOOD_PASSWORD } }), expect: VALIDATION },
  { name: 'logIn: 10k-char password', who: 'anon', query: Q.logIn, vars: (c) => ({ input: { email: c.member.email, password: 'p'.repeat(10_000) } }), expect: VALIDATION },
  { name: 'logOutEverywhere: anonymous', who: 'anon', query: Q.logOutEverywhere, expect: SIGN_IN_REQUIRED },

  // verification and reset tokens
  { name: 'verifyEmail: made-up token', who: 'anon', query: Q.verifyEmail, vars: () => ({ token: 'dGhpcy1pcy1ub3QtYS1yZWFsLXRva2VuLWF0LWFsbA' }), expect: TOKEN },
  { name: 'verifyEmail: empty token', who: 'anon', query: Q.verifyEmail, vars: () => ({ token: '' }), expect: TOKEN },
  { name: 'verifyEmail: 10k-char token', who: 'anon', query: Q.verifyEmail, vars: () => ({ token: 'A'.repeat(10_000) }), expect: TOKEN },
  { name: 'verifyEmail: reused token', who: 'anon', query: Q.verifyEmail, vars: (c) => ({ token: c.usedVerifyToken }), expect: TOKEN },
  { name: 'verifyEmail: expired token', who: 'anon', query: Q.verifyEmail, vars: (c) => ({ token: c.expiredVerifyToken }), expect: TOKEN },
  { name: 'verifyEmail: a password-reset token', who: 'anon', query: Q.verifyEmail, vars: (c) => ({ token: c.liveResetToken }), expect: TOKEN },
  { name: 'requestEmailVerification: email without @', who: 'anon', query: Q.requestEmailVerification, vars: () => ({ email: 'nobody' }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'requestEmailVerification: 2000-char email', who: 'anon', query: Q.requestEmailVerification, vars: () => ({ email: `${'a'.repeat(1990)}@x.org` }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'requestPasswordReset: email without @', who: 'anon', query: Q.requestPasswordReset, vars: () => ({ email: 'nobody' }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'requestPasswordReset: 2000-char email', who: 'anon', query: Q.requestPasswordReset, vars: () => ({ email: `${'a'.repeat(1990)}@x.org` }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },
  { name: 'resetPassword: made-up token', who: 'anon', query: Q.resetPassword, vars: () => ({ input: { token: 'bm90LWEtcmVhbC1yZXNldC10b2tlbi1hdC1hbGwtMTIz', newPassword: 'orchid-tundra-saxophone-8' } }), expect: TOKEN },
  { name: 'resetPassword: reused token', who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.usedResetToken, newPassword: 'orchid-tundra-saxophone-8' } }), expect: TOKEN },
  { name: 'resetPassword: expired token', who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.expiredResetToken, newPassword: 'orchid-tundra-saxophone-8' } }), expect: TOKEN },
  { name: 'resetPassword: an email-verification token', who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.usedVerifyToken, newPassword: 'orchid-tundra-saxophone-8' } }), expect: TOKEN },
  { name: 'resetPassword: live token, 11-char password', who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.liveResetToken, newPassword: 'quiet-lake1' } }), expect: WEAK },
  { name: "resetPassword: live token, 'password1234'", who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.liveResetToken, newPassword: 'password1234' } }), expect: WEAK },
  { name: 'resetPassword: live token, password containing the email local part', who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.liveResetToken, newPassword: `${local(c.resetterEmail)}-2024!` } }), expect: WEAK },
  { name: 'resetPassword: live token, 5000-char password', who: 'anon', query: Q.resetPassword, vars: (c) => ({ input: { token: c.liveResetToken, newPassword: 'x'.repeat(5000) } }), expect: VALIDATION },

  // changePassword (a signed-in member)
  { name: 'changePassword: anonymous', who: 'anon', query: Q.changePassword, vars: () => ({ input: { currentPassword: GOOD_PASSWORD, newPassword: 'meadow-quartz-lantern-5' } }), expect: SIGN_IN_REQUIRED },
  { name: 'changePassword: wrong current password', who: 'changer', query: Q.changePassword, vars: () => ({ input: { currentPassword: 'not-my-password-at-all', newPassword: 'meadow-quartz-lantern-5' } }), expect: { code: 'BAD_USER_INPUT', reason: 'WRONG_PASSWORD' } },
  { name: 'changePassword: 11-char new password', who: 'changer', query: Q.changePassword, vars: () => ({ input: { currentPassword: GOOD_PASSWORD, newPassword: 'quiet-lake1' } }), expect: WEAK },
  { name: "changePassword: new password 'password1234'", who: 'changer', query: Q.changePassword, vars: () => ({ input: { currentPassword: GOOD_PASSWORD, newPassword: 'password1234' } }), expect: WEAK },
  { name: 'changePassword: new password containing the email local part', who: 'changer', query: Q.changePassword, vars: (c) => ({ input: { currentPassword: GOOD_PASSWORD, newPassword: `${local(c.changer.email)}-2024!` } }), expect: WEAK },
  { name: 'changePassword: 5000-char new password', who: 'changer', query: Q.changePassword, vars: () => ({ input: { currentPassword: GOOD_PASSWORD, newPassword: 'x'.repeat(5000) } }), expect: VALIDATION },

  // updateProfile (own profile)
  { name: 'updateProfile: anonymous', who: 'anon', query: Q.updateProfile, vars: () => ({ input: { jobTitle: 'Nurse' } }), expect: SIGN_IN_REQUIRED },
  { name: 'updateProfile: 300-char display name', who: 'member', query: Q.updateProfile, vars: () => ({ input: { displayName: 'N'.repeat(300) } }), expect: VALIDATION },
  { name: 'updateProfile: blank display name', who: 'member', query: Q.updateProfile, vars: () => ({ input: { displayName: '   ' } }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_NAME' } },
  { name: 'updateProfile: display name with a control character', who: 'member', query: Q.updateProfile, vars: () => ({ input: { displayName: 'Robin\u0007Nurse' } }), expect: VALIDATION },
  { name: 'updateProfile: 10k-char bio', who: 'member', query: Q.updateProfile, vars: () => ({ input: { bio: 'b'.repeat(10_000) } }), expect: VALIDATION },
  { name: 'updateProfile: 200-char credentials', who: 'member', query: Q.updateProfile, vars: () => ({ input: { credentials: 'MD '.repeat(67) } }), expect: VALIDATION },
  { name: "updateProfile: time zone 'Mars/Olympus'", who: 'member', query: Q.updateProfile, vars: () => ({ input: { timeZone: 'Mars/Olympus' } }), expect: TZ },
  { name: "updateProfile: time zone 'UTC+3'", who: 'member', query: Q.updateProfile, vars: () => ({ input: { timeZone: 'UTC+3' } }), expect: TZ },
  { name: "updateProfile: time zone ''", who: 'member', query: Q.updateProfile, vars: () => ({ input: { timeZone: '' } }), expect: TZ },

  // setCredentialsVerified
  { name: 'setCredentialsVerified: anonymous', who: 'anon', query: Q.setCredentialsVerified, vars: (c) => ({ userId: c.member.id, verified: true }), expect: SIGN_IN_REQUIRED },
  { name: 'setCredentialsVerified: member verifying themself', who: 'member', query: Q.setCredentialsVerified, vars: (c) => ({ userId: c.member.id, verified: true }), expect: FORBIDDEN },
  { name: 'setCredentialsVerified: staff, non-UUID id', who: 'staff', query: Q.setCredentialsVerified, vars: () => ({ userId: "1' or '1'='1", verified: true }), expect: INVALID_ID },
  { name: 'setCredentialsVerified: staff, unknown user', who: 'staff', query: Q.setCredentialsVerified, vars: () => ({ userId: MADE_UP_ID, verified: true }), expect: { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' } },

  // setUserRoles
  { name: 'setUserRoles: anonymous', who: 'anon', query: Q.setUserRoles, vars: (c) => ({ userId: c.member.id, roles: ['STAFF'] }), expect: SIGN_IN_REQUIRED },
  { name: 'setUserRoles: member making themself staff', who: 'member', query: Q.setUserRoles, vars: (c) => ({ userId: c.member.id, roles: ['STAFF'] }), expect: FORBIDDEN },
  { name: 'setUserRoles: org admin making themself staff', who: 'orgAdmin', query: Q.setUserRoles, vars: (c) => ({ userId: c.orgAdmin.id, roles: ['STAFF'] }), expect: FORBIDDEN },
  { name: 'setUserRoles: staff, non-UUID id', who: 'staff', query: Q.setUserRoles, vars: () => ({ userId: 'not-a-uuid', roles: ['EXPERT'] }), expect: INVALID_ID },
  { name: 'setUserRoles: staff, unknown user', who: 'staff', query: Q.setUserRoles, vars: () => ({ userId: MADE_UP_ID, roles: ['EXPERT'] }), expect: { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' } },
  { name: 'setUserRoles: staff dropping their own staff role', who: 'staff', query: Q.setUserRoles, vars: (c) => ({ userId: c.staff.id, roles: ['MEMBER'] }), expect: { code: 'CONFLICT', reason: 'LAST_STAFF' } },

  // setMembershipOverride
  { name: 'setMembershipOverride: anonymous', who: 'anon', query: Q.setMembershipOverride, vars: (c) => ({ userId: c.member.id, override: 'PREMIUM' }), expect: SIGN_IN_REQUIRED },
  { name: 'setMembershipOverride: member making themself premium', who: 'member', query: Q.setMembershipOverride, vars: (c) => ({ userId: c.member.id, override: 'PREMIUM' }), expect: FORBIDDEN },
  { name: 'setMembershipOverride: staff, non-UUID id', who: 'staff', query: Q.setMembershipOverride, vars: () => ({ userId: '12345', override: 'PREMIUM' }), expect: INVALID_ID },
  { name: 'setMembershipOverride: staff, unknown user', who: 'staff', query: Q.setMembershipOverride, vars: () => ({ userId: MADE_UP_ID, override: 'GUEST' }), expect: { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' } },

  // grantPremiumMembership
  { name: 'grantPremiumMembership: anonymous', who: 'anon', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: iso(0), endsAt: iso(30) } }), expect: SIGN_IN_REQUIRED },
  { name: 'grantPremiumMembership: member granting themself', who: 'member', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: iso(0), endsAt: iso(30) } }), expect: FORBIDDEN },
  { name: 'grantPremiumMembership: end before start', who: 'staff', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: iso(10), endsAt: iso(5) } }), expect: WINDOW },
  { name: 'grantPremiumMembership: end equal to start', who: 'staff', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: iso(10), endsAt: iso(10) } }), expect: WINDOW },
  { name: 'grantPremiumMembership: non-UUID user id', who: 'staff', query: Q.grantPremiumMembership, vars: () => ({ input: { userId: 'robin', startsAt: iso(0) } }), expect: VALIDATION },
  { name: 'grantPremiumMembership: unknown user', who: 'staff', query: Q.grantPremiumMembership, vars: () => ({ input: { userId: MADE_UP_ID, startsAt: iso(0) } }), expect: { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' } },
  { name: 'grantPremiumMembership: unparseable date', who: 'staff', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: 'next tuesday' } }), expect: VALIDATION },
  { name: 'grantPremiumMembership: 10k-char note', who: 'staff', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: iso(0), note: 'n'.repeat(10_000) } }), expect: VALIDATION },

  // revokePremiumGrant
  { name: 'revokePremiumGrant: anonymous', who: 'anon', query: Q.revokePremiumGrant, vars: (c) => ({ id: c.grantId }), expect: SIGN_IN_REQUIRED },
  { name: 'revokePremiumGrant: member', who: 'member', query: Q.revokePremiumGrant, vars: (c) => ({ id: c.grantId }), expect: FORBIDDEN },
  { name: 'revokePremiumGrant: staff, non-UUID id', who: 'staff', query: Q.revokePremiumGrant, vars: () => ({ id: '../../etc/passwd' }), expect: INVALID_ID },
  { name: 'revokePremiumGrant: staff, made-up id', who: 'staff', query: Q.revokePremiumGrant, vars: () => ({ id: MADE_UP_ID }), expect: { code: 'NOT_FOUND', reason: 'GRANT_NOT_FOUND' } },
  { name: 'revokePremiumGrant: staff, already revoked', who: 'staff', query: Q.revokePremiumGrant, vars: (c) => ({ id: c.revokedGrantId }), expect: { code: 'NOT_FOUND', reason: 'GRANT_NOT_FOUND' } },

  // createOrganization
  { name: 'createOrganization: anonymous', who: 'anon', query: Q.createOrganization, vars: () => ({ input: orgInput() }), expect: SIGN_IN_REQUIRED },
  { name: 'createOrganization: member', who: 'member', query: Q.createOrganization, vars: () => ({ input: orgInput() }), expect: FORBIDDEN },
  { name: 'createOrganization: org admin', who: 'orgAdmin', query: Q.createOrganization, vars: () => ({ input: orgInput() }), expect: FORBIDDEN },
  { name: 'createOrganization: 1-char name', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ name: 'X' }) }), expect: VALIDATION },
  { name: 'createOrganization: 300-char name', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ name: 'O'.repeat(300) }) }), expect: VALIDATION },
  { name: 'createOrganization: name taken (other case)', who: 'staff', query: Q.createOrganization, vars: (c) => ({ input: orgInput({ name: c.orgName.toUpperCase() }) }), expect: { code: 'CONFLICT', reason: 'ORGANIZATION_NAME_TAKEN' } },
  { name: 'createOrganization: end before start', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ membershipStartsAt: iso(10), membershipEndsAt: iso(1) }) }), expect: WINDOW },
  { name: 'createOrganization: unparseable start', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ membershipStartsAt: '2026-13-45' }) }), expect: VALIDATION },
  { name: "createOrganization: domain 'http://mayo.edu'", who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ domains: ['http://mayo.edu'] }) }), expect: DOMAIN },
  { name: "createOrganization: domain '*.mayo.edu'", who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ domains: ['*.mayo.edu'] }) }), expect: DOMAIN },
  { name: "createOrganization: domain 'mayo'", who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ domains: ['mayo'] }) }), expect: DOMAIN },
  { name: "createOrganization: domain 'mayo.edu/path'", who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ domains: ['mayo.edu/path'] }) }), expect: DOMAIN },
  { name: 'createOrganization: one good domain and one bad', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ domains: [`g${Math.random().toString(36).slice(2, 8)}.edu`, 'mayo edu'] }) }), expect: DOMAIN },
  { name: 'createOrganization: 21 domains', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ domains: Array.from({ length: 21 }, (_, i) => `d${i}x${Math.random().toString(36).slice(2, 6)}.edu`) }) }), expect: VALIDATION },
  {
    // A taken domain after a free one: the organization and the free domain must both roll back.
    name: 'createOrganization: a free domain then a taken one',
    who: 'staff',
    query: Q.createOrganization,
    vars: (c) => ({ input: orgInput({ domains: [`free${Math.random().toString(36).slice(2, 8)}.edu`, c.takenDomain] }) }),
    expect: { code: 'CONFLICT', reason: 'DOMAIN_TAKEN' },
  },

  // updateOrganizationMembership
  { name: 'updateOrganizationMembership: anonymous', who: 'anon', query: Q.updateOrganizationMembership, vars: (c) => ({ input: { organizationId: c.orgId, status: 'suspended' } }), expect: SIGN_IN_REQUIRED },
  { name: 'updateOrganizationMembership: member', who: 'member', query: Q.updateOrganizationMembership, vars: (c) => ({ input: { organizationId: c.orgId, status: 'suspended' } }), expect: FORBIDDEN },
  { name: "updateOrganizationMembership: the org's own admin extending it", who: 'orgAdmin', query: Q.updateOrganizationMembership, vars: (c) => ({ input: { organizationId: c.orgId, membershipEndsAt: iso(3650) } }), expect: FORBIDDEN },
  { name: 'updateOrganizationMembership: non-UUID id', who: 'staff', query: Q.updateOrganizationMembership, vars: () => ({ input: { organizationId: 'mayo', status: 'active' } }), expect: VALIDATION },
  { name: 'updateOrganizationMembership: made-up id', who: 'staff', query: Q.updateOrganizationMembership, vars: () => ({ input: { organizationId: MADE_UP_ID, status: 'active' } }), expect: { code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' } },
  { name: "updateOrganizationMembership: status 'deleted'", who: 'staff', query: Q.updateOrganizationMembership, vars: (c) => ({ input: { organizationId: c.orgId, status: 'deleted' } }), expect: VALIDATION },
  { name: 'updateOrganizationMembership: end before start', who: 'staff', query: Q.updateOrganizationMembership, vars: (c) => ({ input: { organizationId: c.orgId, membershipStartsAt: iso(5), membershipEndsAt: iso(2) } }), expect: WINDOW },
  { name: 'updateOrganizationMembership: end before the stored start', who: 'staff', query: Q.updateOrganizationMembership, vars: (c) => ({ input: { organizationId: c.orgId, membershipEndsAt: iso(-400) } }), expect: WINDOW },

  // addOrganizationDomain / approve / remove
  { name: 'addOrganizationDomain: anonymous', who: 'anon', query: Q.addOrganizationDomain, vars: (c) => ({ organizationId: c.orgId, domain: 'anon-proposal.edu' }), expect: SIGN_IN_REQUIRED },
  { name: 'addOrganizationDomain: member who is not its admin', who: 'member', query: Q.addOrganizationDomain, vars: (c) => ({ organizationId: c.orgId, domain: 'member-proposal.edu' }), expect: { code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' } },
  { name: 'addOrganizationDomain: non-UUID id', who: 'staff', query: Q.addOrganizationDomain, vars: () => ({ organizationId: 'x', domain: 'ok-domain.edu' }), expect: INVALID_ID },
  { name: 'addOrganizationDomain: made-up org', who: 'staff', query: Q.addOrganizationDomain, vars: () => ({ organizationId: MADE_UP_ID, domain: 'ok-domain.edu' }), expect: { code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' } },
  ...['http://mayo.edu', '*.mayo.edu', 'mayo', 'mayo.edu/path', 'mayo .edu', '', `${'a'.repeat(64)}.edu`, 'd'.repeat(2000)].map(
    (domain): Row => ({ name: `addOrganizationDomain: domain '${domain.slice(0, 20)}${domain.length > 20 ? `…(${domain.length})` : ''}'`, who: 'staff', query: Q.addOrganizationDomain, vars: (c) => ({ organizationId: c.orgId, domain }), expect: DOMAIN }),
  ),
  { name: 'addOrganizationDomain: org admin, invalid domain', who: 'orgAdmin', query: Q.addOrganizationDomain, vars: (c) => ({ organizationId: c.orgId, domain: 'https://evil.example/' }), expect: DOMAIN },
  { name: 'addOrganizationDomain: domain already listed', who: 'staff', query: Q.addOrganizationDomain, vars: (c) => ({ organizationId: c.orgId, domain: c.takenDomain.toUpperCase() }), expect: { code: 'CONFLICT', reason: 'DOMAIN_TAKEN' } },
  { name: 'approveOrganizationDomain: anonymous', who: 'anon', query: Q.approveOrganizationDomain, vars: (c) => ({ domainId: c.proposedDomainId }), expect: SIGN_IN_REQUIRED },
  { name: 'approveOrganizationDomain: member', who: 'member', query: Q.approveOrganizationDomain, vars: (c) => ({ domainId: c.proposedDomainId }), expect: FORBIDDEN },
  { name: 'approveOrganizationDomain: org admin approving their own proposal', who: 'orgAdmin', query: Q.approveOrganizationDomain, vars: (c) => ({ domainId: c.proposedDomainId }), expect: FORBIDDEN },
  { name: 'approveOrganizationDomain: non-UUID id', who: 'staff', query: Q.approveOrganizationDomain, vars: () => ({ domainId: 'mayo.edu' }), expect: INVALID_ID },
  { name: 'approveOrganizationDomain: made-up id', who: 'staff', query: Q.approveOrganizationDomain, vars: () => ({ domainId: MADE_UP_ID }), expect: { code: 'NOT_FOUND', reason: 'DOMAIN_NOT_FOUND' } },
  // Anonymous and unrelated callers are told the domain does not exist (they may not know it does).
  { name: 'removeOrganizationDomain: anonymous', who: 'anon', query: Q.removeOrganizationDomain, vars: (c) => ({ domainId: c.approvedDomainId }), expect: { code: 'UNAUTHENTICATED' } },
  { name: 'removeOrganizationDomain: member who is not its admin', who: 'member', query: Q.removeOrganizationDomain, vars: (c) => ({ domainId: c.approvedDomainId }), expect: { code: 'NOT_FOUND', reason: 'DOMAIN_NOT_FOUND' } },
  { name: 'removeOrganizationDomain: non-UUID id', who: 'staff', query: Q.removeOrganizationDomain, vars: () => ({ domainId: '' }), expect: INVALID_ID },
  { name: 'removeOrganizationDomain: made-up id', who: 'staff', query: Q.removeOrganizationDomain, vars: () => ({ domainId: MADE_UP_ID }), expect: { code: 'NOT_FOUND', reason: 'DOMAIN_NOT_FOUND' } },

  // addOrganizationAdmin
  { name: 'addOrganizationAdmin: anonymous', who: 'anon', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: c.orgId, email: c.member.email }), expect: SIGN_IN_REQUIRED },
  { name: 'addOrganizationAdmin: member making themself admin', who: 'member', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: c.orgId, email: c.member.email }), expect: FORBIDDEN },
  { name: 'addOrganizationAdmin: org admin adding another admin', who: 'orgAdmin', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: c.orgId, email: c.member.email }), expect: FORBIDDEN },
  { name: 'addOrganizationAdmin: non-UUID org id', who: 'staff', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: 'null', email: c.member.email }), expect: INVALID_ID },
  { name: 'addOrganizationAdmin: made-up org', who: 'staff', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: MADE_UP_ID, email: c.member.email }), expect: { code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' } },
  { name: 'addOrganizationAdmin: unknown email', who: 'staff', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: c.orgId, email: uniqueEmail('ghost') }), expect: { code: 'NOT_FOUND', reason: 'USER_NOT_FOUND' } },
  { name: 'addOrganizationAdmin: 2000-char email', who: 'staff', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: c.orgId, email: `${'a'.repeat(1990)}@x.org` }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_EMAIL' } },

  // Staff queries and other reads
  { name: 'users: anonymous', who: 'anon', query: Q.users, expect: SIGN_IN_REQUIRED },
  { name: 'users: member', who: 'member', query: Q.users, vars: () => ({ search: '@' }), expect: FORBIDDEN },
  { name: 'users: staff, garbage cursor', who: 'staff', query: Q.users, vars: () => ({ after: 'garbage' }), expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' } },
  { name: 'organizations: anonymous', who: 'anon', query: Q.organizations, expect: SIGN_IN_REQUIRED },
  { name: 'organizations: member', who: 'member', query: Q.organizations, expect: FORBIDDEN },
  { name: 'organizations: org admin', who: 'orgAdmin', query: Q.organizations, expect: FORBIDDEN },
  { name: 'organization: non-UUID id', who: 'staff', query: Q.organization, vars: () => ({ id: 'abc' }), expect: INVALID_ID },
  { name: 'user: non-UUID id', who: 'member', query: Q.user, vars: () => ({ id: '1;drop table users' }), expect: INVALID_ID },
  { name: 'user: anonymous', who: 'anon', query: Q.user, vars: (c) => ({ id: c.member.id }), expect: SIGN_IN_REQUIRED },
  { name: "premiumGrants: member reading staff's grants", who: 'member', query: Q.premiumGrants, vars: (c) => ({ userId: c.staff.id }), expect: FORBIDDEN },
];

/**
 * Values PostgreSQL itself would refuse (a NUL byte, a date before 4713 BC, a non-UUID inside a
 * cursor) or that would write an invalid row: the API must catch them first.
 */
const bugRows: Row[] = [
  { name: 'signUp: display name with a NUL byte', who: 'anon', query: Q.signUp, vars: () => ({ input: signUpInput({ displayName: 'Robin\u0000Nurse' }) }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'updateProfile: bio with a NUL byte', who: 'member', query: Q.updateProfile, vars: () => ({ input: { bio: 'Nurse educator\u0000' } }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'createOrganization: name with a NUL byte', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ name: `Nul\u0000 Org ${Math.random()}` }) }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'createOrganization: whitespace-only name', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ name: '     ' }) }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'createOrganization: start date before 4713 BC', who: 'staff', query: Q.createOrganization, vars: () => ({ input: orgInput({ membershipStartsAt: '-200000-01-01T00:00:00.000Z' }) }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'grantPremiumMembership: note with a NUL byte', who: 'staff', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: iso(0), note: 'comp\u0000' } }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'grantPremiumMembership: start date before 4713 BC', who: 'staff', query: Q.grantPremiumMembership, vars: (c) => ({ input: { userId: c.member.id, startsAt: '-200000-01-01T00:00:00.000Z' } }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'addOrganizationAdmin: email with a NUL byte', who: 'staff', query: Q.addOrganizationAdmin, vars: (c) => ({ organizationId: c.orgId, email: 'jane\u0000@example.org' }), expect: { code: 'BAD_USER_INPUT' } },
  { name: 'users: search with a NUL byte', who: 'staff', query: Q.users, vars: () => ({ search: 'jane\u0000' }), expect: { code: 'BAD_USER_INPUT' } },
  {
    name: 'users: forged cursor with a non-UUID id (should fail like a garbage cursor)',
    who: 'staff',
    query: Q.users,
    vars: () => ({ after: Buffer.from('2020-01-01T00:00:00.000Z|not-a-uuid').toString('base64url') }),
    expect: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' },
  },
];

describe('bad input to every accounts mutation', () => {
  let t: TestApp;
  let db: TestDb;
  const ctx = {} as Ctx;
  const clients = {} as Record<Exclude<Who, 'anon'>, TestClient>;

  async function send(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
    const res = await client.agent.post('/graphql').set('content-type', 'application/json').set('apollo-require-preflight', 'true').send({ query, variables });
    return { status: res.status, body: res.body as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }, text: res.text };
  }

  async function ok(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
    const res = await send(client, query, variables);
    if (res.body.errors) throw new Error(`setup failed: ${res.text}`);
    return res.body.data as any;
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    ctx.staff = await db.createUser({ roles: ['member', 'staff'] });
    ctx.member = await db.createUser({ email: uniqueEmail('plain') });
    ctx.changer = await db.createUser({ email: uniqueEmail('changer') });
    const orgAdmin = (ctx.orgAdmin = await db.createUser({ email: uniqueEmail('orgadmin') }));
    for (const [who, user] of [['staff', ctx.staff], ['member', ctx.member], ['changer', ctx.changer], ['orgAdmin', orgAdmin]] as const) {
      clients[who] = t.client();
      await logIn(clients[who], user.email);
    }

    // An organization with an approved domain, an admin, and the admin's pending proposal.
    ctx.orgName = `Bad Input Clinic ${Date.now()}`;
    ctx.takenDomain = `taken${Math.random().toString(36).slice(2, 8)}.edu`;
    const org = await ok(clients.staff, Q.createOrganization, { input: { name: ctx.orgName, membershipStartsAt: iso(-1), domains: [ctx.takenDomain] } });
    ctx.orgId = org.createOrganization.id;
    await ok(clients.staff, Q.addOrganizationAdmin, { organizationId: ctx.orgId, email: orgAdmin.email });
    await ok(clients.orgAdmin, Q.addOrganizationDomain, { organizationId: ctx.orgId, domain: `proposed${Math.random().toString(36).slice(2, 8)}.edu` });
    const domains = await db.query<{ id: string; approved_at: Date | null }>(`select id, approved_at from organization_domains where organization_id = $1`, [ctx.orgId]);
    ctx.approvedDomainId = domains.find((d) => d.approved_at !== null)!.id;
    ctx.proposedDomainId = domains.find((d) => d.approved_at === null)!.id;

    // One live grant and one already revoked.
    ctx.grantId = (await ok(clients.staff, Q.grantPremiumMembership, { input: { userId: ctx.changer.id, startsAt: iso(0), endsAt: iso(30) } })).grantPremiumMembership.id;
    ctx.revokedGrantId = (await ok(clients.staff, Q.grantPremiumMembership, { input: { userId: ctx.changer.id, startsAt: iso(0), endsAt: iso(30) } })).grantPremiumMembership.id;
    await ok(clients.staff, Q.revokePremiumGrant, { id: ctx.revokedGrantId });

    // Verification links: one used, one expired.
    const [used, expired] = [uniqueEmail('vused'), uniqueEmail('vexpired')];
    for (const email of [used, expired]) await ok(t.client(), Q.signUp, { input: signUpInput({ email }) });
    ctx.usedVerifyToken = Mailbox.tokenFrom((await t.mailbox.waitFor(used, { subject: /Verify/ }))[0], '/verify-email');
    ctx.expiredVerifyToken = Mailbox.tokenFrom((await t.mailbox.waitFor(expired, { subject: /Verify/ }))[0], '/verify-email');
    await ok(t.client(), Q.verifyEmail, { token: ctx.usedVerifyToken });
    await db.query(`update account_tokens set expires_at = now() - interval '1 minute' where user_id = (select id from users where email = $1)`, [expired]);

    // Reset links: one used, one expired (another account), one live.
    const resetter = await db.createUser({ email: uniqueEmail('resetter') });
    const lapsed = await db.createUser({ email: uniqueEmail('lapsed') });
    ctx.resetterEmail = resetter.email;
    await ok(t.client(), Q.requestPasswordReset, { email: resetter.email });
    ctx.usedResetToken = Mailbox.tokenFrom((await t.mailbox.waitFor(resetter.email, { subject: /Reset/ }))[0], '/reset-password');
    await ok(t.client(), Q.resetPassword, { input: { token: ctx.usedResetToken, newPassword: 'amber-falcon-ledger-42' } });
    await ok(t.client(), Q.requestPasswordReset, { email: resetter.email });
    const resetMails = await t.mailbox.waitFor(resetter.email, { subject: /Reset/, count: 2 });
    ctx.liveResetToken = resetMails.map((m) => Mailbox.tokenFrom(m, '/reset-password')).find((tok) => tok !== ctx.usedResetToken)!;
    await ok(t.client(), Q.requestPasswordReset, { email: lapsed.email });
    ctx.expiredResetToken = Mailbox.tokenFrom((await t.mailbox.waitFor(lapsed.email, { subject: /Reset/ }))[0], '/reset-password');
    await db.query(`update account_tokens set expires_at = now() - interval '1 minute' where user_id = $1`, [lapsed.id]);
    // Let the queued mails settle so background work does not change counts mid-test.
    await t.mailbox.waitFor(resetter.email, { subject: /password was changed/ });
  });

  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  async function run(row: Row) {
    const client = row.who === 'anon' ? t.client() : clients[row.who];
    const before = await db.snapshot();
    const res = await send(client, row.query, row.vars ? row.vars(ctx) : {});
    const after = await db.snapshot();

    expect([200, 400]).toContain(res.status);
    expect(res.text).not.toContain('INTERNAL_SERVER_ERROR');
    expect(res.text).not.toMatch(LEAK);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    for (const e of res.body.errors!) expect(CODES).toContain(e.extensions?.code);
    expect(res.body.errors![0].extensions).toMatchObject(row.expect);
    expect(after).toEqual(before);
  }

  it.each(rows)('$name → $expect.code $expect.reason', run);

  it.each(bugRows)('$name → $expect.code', run);

  it('kept the live reset link usable through every weak-password attempt (the transaction rolled back)', async () => {
    const res = await send(t.client(), Q.resetPassword, { input: { token: ctx.liveResetToken, newPassword: 'copper-willow-anthem-17' } });
    expect(res.body).toEqual({ data: { resetPassword: { ok: true } } });
  });

  it('left the staff-only state untouched by non-staff callers', async () => {
    const [member] = await db.query(`select roles, membership_override, credentials_verified from users where id = $1`, [ctx.member.id]);
    expect(member).toEqual({ roles: ['member'], membership_override: null, credentials_verified: false });
    const grants = await db.query(`select count(*)::int as n from premium_grants where user_id = $1`, [ctx.member.id]);
    expect(grants[0].n).toBe(0);
    const [org] = await db.query(`select status, membership_ends_at from organizations where id = $1`, [ctx.orgId]);
    expect(org).toEqual({ status: 'active', membership_ends_at: null });
    const [proposal] = await db.query(`select approved_at from organization_domains where id = $1`, [ctx.proposedDomainId]);
    expect(proposal.approved_at).toBeNull();
  });

  it('answers GraphQL-level bad variables (wrong type, unknown enum, missing) with a code and 400, not 500', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [Q.users, { first: 'twenty' }],
      [Q.users, { first: 2 ** 40 }],
      [Q.signUp, { input: { ...signUpInput(), email: 12345 } }],
      [Q.signUp, { input: { email: uniqueEmail(), password: GOOD_PASSWORD } }],
      [Q.setUserRoles, { userId: ctx.member.id, roles: ['KING'] }],
      [Q.setMembershipOverride, { userId: ctx.member.id, override: 'premium' }],
      [Q.setCredentialsVerified, { userId: ctx.member.id, verified: 'yes' }],
      [Q.grantPremiumMembership, { input: { userId: ctx.member.id, startsAt: iso(0), extra: 'field' } }],
      [Q.revokePremiumGrant, {}],
      [Q.verifyEmail, { token: null }],
    ];
    for (const [query, variables] of cases) {
      const before = await db.snapshot();
      const res = await send(clients.staff, query, variables);
      expect({ variables, status: res.status }).toEqual({ variables, status: 400 });
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.data).toBeUndefined();
      expect(res.text).not.toMatch(LEAK);
      expect(await db.snapshot()).toEqual(before);
    }
    // A query that does not match the schema at all.
    const bad = await send(clients.staff, `mutation { setUserRoles(userId: 5) { id } }`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
