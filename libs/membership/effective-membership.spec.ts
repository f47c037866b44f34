import type { Role } from '../accounts/roles';
import { effectiveMembership } from './effective-membership.rule';
import type {
  EffectiveMembership,
  MembershipSubject,
  OrganizationCoverage,
  PremiumGrant,
} from './membership.types';

const NOW = new Date('2026-06-15T12:00:00Z');
const d = (iso: string) => new Date(iso);

const subject = (over: Partial<MembershipSubject> = {}): MembershipSubject => ({
  email: 'jane@mayo.edu',
  emailVerified: true,
  roles: ['member'] as Role[],
  override: null,
  ...over,
});

const grant = (startsAt: string, endsAt: string | null): PremiumGrant => ({
  startsAt: d(startsAt),
  endsAt: endsAt === null ? null : d(endsAt),
});

const org = (over: Partial<OrganizationCoverage> = {}): OrganizationCoverage => ({
  organizationId: 'org-mayo',
  name: 'Mayo Clinic',
  status: 'active',
  startsAt: d('2026-01-01T00:00:00Z'),
  endsAt: d('2027-01-01T00:00:00Z'),
  domains: [{ domain: 'mayo.edu', approved: true }],
  ...over,
});

const GUEST: EffectiveMembership = {
  tier: 'guest',
  source: 'none',
  organizationId: null,
  organizationName: null,
  validUntil: null,
};
const individual = (validUntil: string | null): EffectiveMembership => ({
  tier: 'premium',
  source: 'individual',
  organizationId: null,
  organizationName: null,
  validUntil: validUntil === null ? null : d(validUntil),
});
const organization = (validUntil: string | null, id = 'org-mayo', name = 'Mayo Clinic'): EffectiveMembership => ({
  tier: 'premium',
  source: 'organization',
  organizationId: id,
  organizationName: name,
  validUntil: validUntil === null ? null : d(validUntil),
});
const premiumBy = (source: 'staff_override' | 'role'): EffectiveMembership => ({
  tier: 'premium',
  source,
  organizationId: null,
  organizationName: null,
  validUntil: null,
});

type Row = [
  string,
  MembershipSubject,
  PremiumGrant[],
  OrganizationCoverage[],
  EffectiveMembership,
];

const rows: Row[] = [
  ['no grant, no organization → guest', subject({ email: 'jane@gmail.com' }), [], [], GUEST],
  ['active individual grant', subject(), [grant('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')], [], individual('2026-12-31T00:00:00Z')],
  ['expired grant → guest', subject(), [grant('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')], [], GUEST],
  ['grant ending exactly now is over (end is exclusive)', subject(), [grant('2025-06-15T12:00:00Z', '2026-06-15T12:00:00Z')], [], GUEST],
  ['grant starting exactly now is active', subject(), [grant('2026-06-15T12:00:00Z', '2027-06-15T12:00:00Z')], [], individual('2027-06-15T12:00:00Z')],
  ['grant not started yet → guest', subject(), [grant('2026-07-01T00:00:00Z', '2027-07-01T00:00:00Z')], [], GUEST],
  ['open-ended grant', subject(), [grant('2020-01-01T00:00:00Z', null)], [], individual(null)],
  ['several grants: the active one lasting longest', subject(), [
    grant('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
    grant('2026-01-01T00:00:00Z', '2026-09-01T00:00:00Z'),
    grant('2026-03-01T00:00:00Z', '2026-12-01T00:00:00Z'),
  ], [], individual('2026-12-01T00:00:00Z')],
  ['organization member, verified email on exact approved domain', subject(), [], [org()], organization('2027-01-01T00:00:00Z')],
  ['unverified email on the organization domain → guest', subject({ emailVerified: false }), [], [org()], GUEST],
  ['subdomain of the organization domain → guest', subject({ email: 'jane@dept.mayo.edu' }), [], [org()], GUEST],
  ['look-alike domain (suffix) → guest', subject({ email: 'jane@mayo.edu.evil.com' }), [], [org()], GUEST],
  ['look-alike domain (hyphen) → guest', subject({ email: 'jane@mayo-edu.com' }), [], [org()], GUEST],
  ['look-alike domain (rn for m) → guest', subject({ email: 'jane@rnayo.edu' }), [], [org()], GUEST],
  ['domain only in the local part → guest', subject({ email: 'mayo.edu@gmail.com' }), [], [org()], GUEST],
  ['unapproved (proposed) domain → guest', subject({ email: 'jane@mayoclinic.org' }), [], [
    org({ domains: [{ domain: 'mayo.edu', approved: true }, { domain: 'mayoclinic.org', approved: false }] }),
  ], GUEST],
  ['second approved domain matches', subject({ email: 'jane@mayoclinic.org' }), [], [
    org({ domains: [{ domain: 'mayo.edu', approved: true }, { domain: 'mayoclinic.org', approved: true }] }),
  ], organization('2027-01-01T00:00:00Z')],
  ['organization lapsed (endsAt passed) → guest', subject(), [], [org({ endsAt: d('2026-06-01T00:00:00Z') })], GUEST],
  ['organization not started yet → guest', subject(), [], [org({ startsAt: d('2026-07-01T00:00:00Z') })], GUEST],
  ['organization suspended → guest', subject(), [], [org({ status: 'suspended' })], GUEST],
  ['organization open-ended', subject(), [], [org({ endsAt: null })], organization(null)],
  ['staff override premium', subject({ email: 'jane@gmail.com', override: 'premium' }), [], [], premiumBy('staff_override')],
  ['staff override guest beats an active grant', subject({ override: 'guest' }), [grant('2026-01-01T00:00:00Z', null)], [org()], { ...GUEST, source: 'staff_override' }],
  ['staff override guest beats the staff role', subject({ override: 'guest', roles: ['staff'] }), [], [], { ...GUEST, source: 'staff_override' }],
  ['staff role → premium', subject({ email: 'ops@confer.org', roles: ['staff'] }), [], [], premiumBy('role')],
  ['moderator role → premium', subject({ email: 'mod@gmail.com', roles: ['member', 'moderator'] }), [], [], premiumBy('role')],
  ['expert role alone is NOT premium', subject({ email: 'expert@gmail.com', roles: ['expert'] }), [], [], GUEST],
  ['expert with an active grant is premium through the grant', subject({ roles: ['expert'] }), [grant('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z')], [], individual('2026-12-31T00:00:00Z')],
  ['individual and organization: organization lasts longer', subject(), [grant('2026-01-01T00:00:00Z', '2026-09-01T00:00:00Z')], [org()], organization('2027-01-01T00:00:00Z')],
  ['individual and organization: individual lasts longer', subject(), [grant('2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z')], [org()], individual('2027-06-01T00:00:00Z')],
  ['individual and organization: open-ended individual wins', subject(), [grant('2026-01-01T00:00:00Z', null)], [org()], individual(null)],
  ['individual and organization: open-ended organization wins', subject(), [grant('2026-01-01T00:00:00Z', '2030-01-01T00:00:00Z')], [org({ endsAt: null })], organization(null)],
  ['individual and organization: same end → individual', subject(), [grant('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')], [org()], individual('2027-01-01T00:00:00Z')],
  ['individual and organization: both forever → individual', subject(), [grant('2026-01-01T00:00:00Z', null)], [org({ endsAt: null })], individual(null)],
  ['expired grant but organization covers', subject(), [grant('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')], [org()], organization('2027-01-01T00:00:00Z')],
  ['mixed-case email and listed domain', subject({ email: 'Jane.Doe@MAYO.Edu' }), [], [org({ domains: [{ domain: 'Mayo.EDU', approved: true }] })], organization('2027-01-01T00:00:00Z')],
  ['listed domain with trailing dot', subject(), [], [org({ domains: [{ domain: 'mayo.edu.', approved: true }] })], organization('2027-01-01T00:00:00Z')],
  ['two organizations: the one lasting longest', subject(), [], [
    org(),
    org({ organizationId: 'org-mayo-2', name: 'Mayo Foundation', endsAt: d('2028-01-01T00:00:00Z') }),
  ], organization('2028-01-01T00:00:00Z', 'org-mayo-2', 'Mayo Foundation')],
  ['suspended organization ignored, active one used', subject(), [], [
    org({ organizationId: 'org-x', name: 'X', status: 'suspended', endsAt: null }),
    org(),
  ], organization('2027-01-01T00:00:00Z')],
  ['not an email address → guest', subject({ email: 'not-an-email' }), [], [org()], GUEST],
];

describe('effectiveMembership', () => {
  it.each(rows)('%s', (_name, subj, grants, orgs, expected) => {
    expect(effectiveMembership(subj, grants, orgs, NOW)).toEqual(expected);
  });

  it('does not mutate its inputs', () => {
    const grants = Object.freeze([grant('2026-01-01T00:00:00Z', null)]);
    const orgs = Object.freeze([Object.freeze(org())]);
    expect(() => effectiveMembership(Object.freeze(subject()), grants, orgs, NOW)).not.toThrow();
  });
});
