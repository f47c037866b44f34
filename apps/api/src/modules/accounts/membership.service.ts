import { Injectable } from '@nestjs/common';
import { ANONYMOUS_VIEWER, Viewer } from '@confer/libs/access';
import { EffectiveMembership, effectiveMembership, emailDomain, OrganizationCoverage } from '@confer/libs/membership';
import { Clock } from '../../core/clock/clock';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { RequestLoaders } from '../../core/loaders/request-loaders';
import { UserEntity } from './entities/user.entity';
import { OrganizationRepository } from './organization.repository';
import { PremiumGrantRepository } from './premium-grant.repository';
import { UserRepository } from './user.repository';

export interface ResolvedViewer {
  viewer: Viewer;
  user: UserEntity | null;
  membership: EffectiveMembership;
}

const GUEST: EffectiveMembership = { tier: 'guest', source: 'none', organizationId: null, organizationName: null, validUntil: null };

/**
 * Gathers the facts (grants, organizations on the address's domain) and lets the one pure rule in
 * libs/membership decide. Everything that needs "is this person premium?" comes through here.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly users: UserRepository,
    private readonly grants: PremiumGrantRepository,
    private readonly organizations: OrganizationRepository,
    private readonly clock: Clock,
  ) {}

  async forUsers(users: readonly UserEntity[]): Promise<Map<string, EffectiveMembership>> {
    const now = this.clock.now();
    const domains = [...new Set(users.map((u) => emailDomain(u.email)).filter((d): d is string => d !== null))];
    const [grants, coverage] = await Promise.all([
      this.grants.findActiveForUsers(users.map((u) => u.id)),
      this.organizations.findCoverageForDomains(domains),
    ]);
    const orgs: OrganizationCoverage[] = coverage.map(({ organization, domains: ds }) => ({
      organizationId: organization.id,
      name: organization.name,
      status: organization.status,
      startsAt: organization.membershipStartsAt,
      endsAt: organization.membershipEndsAt,
      domains: ds.map((d) => ({ domain: d.domain, approved: d.approvedAt !== null })),
    }));
    const result = new Map<string, EffectiveMembership>();
    for (const user of users) {
      result.set(
        user.id,
        effectiveMembership(
          { email: user.email, emailVerified: user.emailVerifiedAt !== null, roles: user.roles, override: user.membershipOverride },
          grants.filter((g) => g.userId === user.id).map((g) => ({ startsAt: g.startsAt, endsAt: g.endsAt })),
          orgs,
          now,
        ),
      );
    }
    return result;
  }

  async forUser(user: UserEntity): Promise<EffectiveMembership> {
    return (await this.forUsers([user])).get(user.id) ?? GUEST;
  }

  /** Batched per request for Account.membership and any list of people. */
  load(loaders: RequestLoaders, userId: string): Promise<EffectiveMembership> {
    return loaders
      .get<string, EffectiveMembership>('membership', async (ids) => {
        const map = await this.forUsers(await this.users.findByIds(ids));
        return ids.map((id) => map.get(id) ?? GUEST);
      })
      .load(userId);
  }

  /** The viewer behind a session id, decided fresh from the database (never from what the browser says). */
  async viewerForUserId(userId: string | undefined): Promise<ResolvedViewer> {
    if (!userId) return { viewer: ANONYMOUS_VIEWER, user: null, membership: GUEST };
    const facts = await this.users.findWithMembershipFacts(userId);
    if (!facts) return { viewer: ANONYMOUS_VIEWER, user: null, membership: GUEST };
    const { user } = facts;
    const membership = effectiveMembership(
      { email: user.email, emailVerified: user.emailVerifiedAt !== null, roles: user.roles, override: user.membershipOverride },
      facts.grants,
      facts.organizations.map((o) => ({
        organizationId: o.id,
        name: o.name,
        status: o.status,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        domains: [{ domain: o.domain, approved: o.approved }],
      })),
      this.clock.now(),
    );
    return {
      user,
      membership,
      viewer: { userId: user.id, roles: user.roles, tier: membership.tier, emailVerified: user.emailVerifiedAt !== null },
    };
  }

  /** Memoised per GraphQL request. */
  current(ctx: GqlContext): Promise<ResolvedViewer> {
    return ctx.loaders.memo('viewer', () => this.viewerForUserId(ctx.req.session?.userId));
  }
}
