import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { AccountsService } from './accounts.service';
import { toAccount, toGrant, toMembership, toUserProfile } from './graphql/account.mapper';
import { AccountConnectionModel, AccountModel, OkResultModel } from './graphql/account.model';
import { MembershipOverrideGql, RoleGql } from './graphql/enums.model';
import { MembershipModel } from './graphql/membership.model';
import { OrganizationModel, PremiumGrantModel } from './graphql/organization.model';
import { GrantPremiumInput, UpdateProfileInput } from './graphql/profile.input';
import { UserProfileModel } from './graphql/user-profile.model';
import { MembershipService } from './membership.service';
import { toOrganization } from './organization.resolver';
import { OrganizationsService } from './organizations.service';

@Resolver(() => AccountModel)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => AccountModel, { nullable: true, description: 'The signed-in account, or null.' })
  async me(@Context() ctx: GqlContext): Promise<AccountModel | null> {
    const { user } = await this.memberships.current(ctx);
    return user ? toAccount(user) : null;
  }

  @Query(() => UserProfileModel, { description: "A member's public card (signed-in members only)." })
  async user(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<UserProfileModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toUserProfile(await this.accounts.profile(viewer, id));
  }

  @Query(() => AccountConnectionModel, { description: 'Staff: search accounts by email or name.' })
  async users(
    @Context() ctx: GqlContext,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<AccountConnectionModel> {
    const { viewer } = await this.memberships.current(ctx);
    const page = await this.accounts.list(viewer, search ? search.slice(0, 100) : null, after, first);
    return { nodes: page.nodes.map(toAccount), nextCursor: page.nextCursor };
  }

  @Query(() => [PremiumGrantModel], { description: 'Premium grants of an account (its owner or staff).' })
  async premiumGrants(@Context() ctx: GqlContext, @Args('userId', { type: () => ID }, IdPipe) userId: string): Promise<PremiumGrantModel[]> {
    const { viewer } = await this.memberships.current(ctx);
    return (await this.accounts.grantsFor(viewer, userId)).map(toGrant);
  }

  @ResolveField(() => MembershipModel)
  async membership(@Parent() account: AccountModel, @Context() ctx: GqlContext): Promise<MembershipModel> {
    return toMembership(await this.memberships.load(ctx.loaders, account.id));
  }

  @ResolveField(() => [OrganizationModel], { description: 'Organizations this account administers.' })
  async administeredOrganizations(@Parent() account: AccountModel, @Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    const orgs = await this.organizations.administeredBy(ctx.loaders, account.id);
    return orgs.map((o) => toOrganization(o, this.organizations.isActive(o)));
  }

  @Mutation(() => AccountModel)
  async updateProfile(@Context() ctx: GqlContext, @Args('input') input: UpdateProfileInput): Promise<AccountModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toAccount(await this.accounts.updateProfile(viewer, viewer.userId ?? '', input));
  }

  @Mutation(() => AccountModel, { description: 'Staff: mark credentials verified (shown as a badge).' })
  async setCredentialsVerified(
    @Context() ctx: GqlContext,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('verified') verified: boolean,
  ): Promise<AccountModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toAccount(await this.accounts.setCredentialsVerified(viewer, userId, verified));
  }

  @Mutation(() => AccountModel, { description: 'Staff: set roles (member is always kept).' })
  async setUserRoles(
    @Context() ctx: GqlContext,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('roles', { type: () => [RoleGql] }) roles: RoleGql[],
  ): Promise<AccountModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toAccount(await this.accounts.setRoles(viewer, userId, roles));
  }

  @Mutation(() => AccountModel, { description: 'Staff: force premium or guest regardless of grants and organizations.' })
  async setMembershipOverride(
    @Context() ctx: GqlContext,
    @Args('userId', { type: () => ID }, IdPipe) userId: string,
    @Args('override', { type: () => MembershipOverrideGql }) override: MembershipOverrideGql,
  ): Promise<AccountModel> {
    const { viewer } = await this.memberships.current(ctx);
    const value = override === MembershipOverrideGql.NONE ? null : (override as 'premium' | 'guest');
    return toAccount(await this.accounts.setMembershipOverride(viewer, userId, value));
  }

  @Mutation(() => PremiumGrantModel, { description: 'Staff: grant Premium Individual membership for a period.' })
  async grantPremiumMembership(@Context() ctx: GqlContext, @Args('input') input: GrantPremiumInput): Promise<PremiumGrantModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toGrant(await this.accounts.grantPremium(viewer, input));
  }

  @Mutation(() => OkResultModel)
  async revokePremiumGrant(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<OkResultModel> {
    const { viewer } = await this.memberships.current(ctx);
    await this.accounts.revokeGrant(viewer, id);
    return { ok: true };
  }
}
