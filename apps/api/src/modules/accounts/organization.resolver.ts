import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { toDomain, toUserProfile } from './graphql/account.mapper';
import { CreateOrganizationInput, UpdateOrganizationMembershipInput } from './graphql/organization.input';
import { OrganizationDomainModel, OrganizationModel } from './graphql/organization.model';
import { UserProfileModel } from './graphql/user-profile.model';
import { OrganizationEntity } from './entities/organization.entity';
import { MembershipService } from './membership.service';
import { OrganizationsService } from './organizations.service';

export function toOrganization(o: OrganizationEntity, active: boolean): OrganizationModel {
  return { id: o.id, name: o.name, status: o.status, membershipStartsAt: o.membershipStartsAt, membershipEndsAt: o.membershipEndsAt, active };
}

/** Every Organization this resolver returns has already passed the organization policy (staff or its admins). */
@Resolver(() => OrganizationModel)
export class OrganizationResolver {
  constructor(
    private readonly orgs: OrganizationsService,
    private readonly memberships: MembershipService,
  ) {}

  private model(o: OrganizationEntity): OrganizationModel {
    return toOrganization(o, this.orgs.isActive(o));
  }

  @Query(() => OrganizationModel, { description: 'Staff or the organization’s admins.' })
  async organization(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.get(viewer, id));
  }

  @Query(() => [OrganizationModel], { description: 'Staff: every organization.' })
  async organizations(@Context() ctx: GqlContext): Promise<OrganizationModel[]> {
    const { viewer } = await this.memberships.current(ctx);
    return (await this.orgs.list(viewer)).map((o) => this.model(o));
  }

  @ResolveField(() => [OrganizationDomainModel])
  async domains(@Parent() org: OrganizationModel, @Context() ctx: GqlContext): Promise<OrganizationDomainModel[]> {
    return (await this.orgs.domains(ctx.loaders, org.id)).map(toDomain);
  }

  @ResolveField(() => [UserProfileModel])
  async admins(@Parent() org: OrganizationModel, @Context() ctx: GqlContext): Promise<UserProfileModel[]> {
    return (await this.orgs.admins(ctx.loaders, org.id)).map(toUserProfile);
  }

  @ResolveField(() => [UserProfileModel], { description: 'People with a verified email on an approved domain.' })
  async coveredMembers(@Parent() org: OrganizationModel, @Context() ctx: GqlContext): Promise<UserProfileModel[]> {
    return (await this.orgs.coveredMembers(ctx.loaders, org.id)).map(toUserProfile);
  }

  @Mutation(() => OrganizationModel, { description: 'Staff: create an organization membership with its domains.' })
  async createOrganization(@Context() ctx: GqlContext, @Args('input') input: CreateOrganizationInput): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.create(viewer, input));
  }

  @Mutation(() => OrganizationModel, { description: 'Staff: change the membership window or suspend it.' })
  async updateOrganizationMembership(@Context() ctx: GqlContext, @Args('input') input: UpdateOrganizationMembershipInput): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.updateMembership(viewer, input));
  }

  @Mutation(() => OrganizationModel, { description: 'Org admins propose (staff approve); staff add approved.' })
  async addOrganizationDomain(
    @Context() ctx: GqlContext,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('domain') domain: string,
  ): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.addDomain(viewer, organizationId, domain.slice(0, 300)));
  }

  @Mutation(() => OrganizationModel)
  async approveOrganizationDomain(@Context() ctx: GqlContext, @Args('domainId', { type: () => ID }, IdPipe) domainId: string): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.approveDomain(viewer, domainId));
  }

  @Mutation(() => OrganizationModel)
  async removeOrganizationDomain(@Context() ctx: GqlContext, @Args('domainId', { type: () => ID }, IdPipe) domainId: string): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.removeDomain(viewer, domainId));
  }

  @Mutation(() => OrganizationModel, { description: 'Staff: make a member an admin of the organization.' })
  async addOrganizationAdmin(
    @Context() ctx: GqlContext,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('email') email: string,
  ): Promise<OrganizationModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.model(await this.orgs.addAdmin(viewer, organizationId, email.slice(0, 254)));
  }
}
