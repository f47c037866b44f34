import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { OkResultModel } from '../accounts/graphql/account.model';
import { FellowsAccessService } from './fellows-access.service';
import { FellowshipEligibilityService } from './fellowship-eligibility.service';
import { RosterRow } from './fellowship-roster.repository';
import { FellowshipMemberInput } from './graphql/fellows.input';
import { FellowshipEligibilitySourceGql, FellowshipRosterEntryModel } from './graphql/fellows.model';

const entry = (r: RosterRow): FellowshipRosterEntryModel => ({
  userId: r.user_id,
  displayName: r.display_name,
  email: r.email,
  source: r.source as FellowshipEligibilitySourceGql | null,
  since: r.created_at,
});

/** Staff run the programme: who may submit, and who reviews. */
@Resolver()
export class FellowsAdminResolver {
  constructor(
    private readonly eligibility: FellowshipEligibilityService,
    private readonly access: FellowsAccessService,
  ) {}

  @Query(() => [FellowshipRosterEntryModel], { description: 'Staff: members who may submit a plan.' })
  async fellowshipEligibleMembers(@Context() ctx: GqlContext): Promise<FellowshipRosterEntryModel[]> {
    return (await this.eligibility.listRoster(await this.access.current(ctx), 'eligible')).map(entry);
  }

  @Query(() => [FellowshipRosterEntryModel], { description: 'Staff: appointed reviewers (staff review by role).' })
  async fellowshipReviewers(@Context() ctx: GqlContext): Promise<FellowshipRosterEntryModel[]> {
    return (await this.eligibility.listRoster(await this.access.current(ctx), 'reviewers')).map(entry);
  }

  @Mutation(() => FellowshipRosterEntryModel, { description: 'Staff: let a member submit a plan (e.g. Residency attendance recorded on paper).' })
  async grantFellowshipEligibility(@Context() ctx: GqlContext, @Args('input') input: FellowshipMemberInput): Promise<FellowshipRosterEntryModel> {
    return entry(await this.eligibility.grantByStaff(await this.access.current(ctx), input.email, input.note));
  }

  @Mutation(() => OkResultModel, { description: 'Staff: take back the right to submit (a submitted plan stays in review).' })
  async revokeFellowshipEligibility(@Context() ctx: GqlContext, @Args('input') input: FellowshipMemberInput): Promise<OkResultModel> {
    return { ok: await this.eligibility.revokeByStaff(await this.access.current(ctx), input.email) };
  }

  @Mutation(() => OkResultModel, { description: 'Staff: appoint or remove a reviewer of the Fellows programme.' })
  async setFellowshipReviewer(@Context() ctx: GqlContext, @Args('input') input: FellowshipMemberInput, @Args('reviewer') reviewer: boolean): Promise<OkResultModel> {
    await this.eligibility.setReviewer(await this.access.current(ctx), input.email, reviewer);
    return { ok: true };
  }
}
