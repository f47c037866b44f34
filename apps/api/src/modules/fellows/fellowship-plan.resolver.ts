import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { PlanStatus } from '@confer/libs/fellows';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { groupByKeys, orderByKeys } from '../../core/loaders/request-loaders';
import { UserRepository } from '../accounts/user.repository';
import { FellowsAccessService } from './fellows-access.service';
import { FellowsPresenter } from './fellows-presenter';
import { FellowsService } from './fellows.service';
import { FellowshipPlanRepository } from './fellowship-plan.repository';
import { FellowListingInput, FellowshipPlanInput, ResubmitFellowshipPlanInput, ReviewFellowshipPlanInput } from './graphql/fellows.input';
import {
  FellowModel,
  FellowshipAuthorModel,
  FellowshipEligibilitySourceGql,
  FellowshipPlanEventModel,
  FellowshipPlanActionGql,
  FellowshipPlanModel,
  FellowshipPlanStatusGql,
  MyFellowshipModel,
} from './graphql/fellows.model';

const planContent = (i: FellowshipPlanInput) => ({ title: i.title, goals: i.goals, audience: i.audience, platforms: i.platforms, metrics: i.metrics, governance: i.governance });

@Resolver(() => FellowshipPlanModel)
export class FellowshipPlanResolver {
  constructor(
    private readonly service: FellowsService,
    private readonly access: FellowsAccessService,
    private readonly presenter: FellowsPresenter,
    private readonly plans: FellowshipPlanRepository,
    private readonly users: UserRepository,
  ) {}

  @Query(() => [FellowModel], { description: 'Public: accepted fellows who chose to be listed.' })
  async fellows(): Promise<FellowModel[]> {
    return (await this.service.listedFellows()).map((r) => ({
      id: r.plan_id,
      displayName: r.display_name,
      credentials: r.credentials,
      credentialsVerified: r.credentials_verified,
      jobTitle: r.job_title,
      organizationName: r.organization_name,
      cohortYear: r.cohort_year,
      summary: r.public_summary,
    }));
  }

  @Query(() => MyFellowshipModel, { description: 'The signed-in member’s place in the Fellows programme.' })
  async myFellowship(@Context() ctx: GqlContext): Promise<MyFellowshipModel> {
    const v = await this.access.current(ctx);
    const mine = await this.service.mine(v);
    return {
      eligible: v.eligible,
      eligibilitySource: v.eligibilitySource as FellowshipEligibilitySourceGql | null,
      canSubmit: mine.canSubmit,
      cannotSubmitReason: mine.cannotSubmitReason,
      isReviewer: v.staff || v.reviewer,
      plan: mine.plan ? this.presenter.plan(v, mine.plan) : null,
    };
  }

  @Query(() => FellowshipPlanModel, { description: 'A plan: its author and reviewers only.' })
  async fellowshipPlan(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<FellowshipPlanModel> {
    const v = await this.access.current(ctx);
    return this.presenter.plan(v, await this.access.readablePlan(v, id));
  }

  @Query(() => [FellowshipPlanModel], { description: 'Reviewers: plans waiting for review (open plans by default), oldest change first.' })
  async fellowshipReviewQueue(
    @Context() ctx: GqlContext,
    @Args('statuses', { type: () => [FellowshipPlanStatusGql], nullable: true }) statuses: FellowshipPlanStatusGql[] | null,
  ): Promise<FellowshipPlanModel[]> {
    const v = await this.access.current(ctx);
    return (await this.service.reviewQueue(v, statuses as PlanStatus[] | null)).map((p) => this.presenter.plan(v, p));
  }

  @Mutation(() => FellowshipPlanModel, { description: 'Members who completed the Residency submit their strategic plan.' })
  async submitFellowshipPlan(@Context() ctx: GqlContext, @Args('input') input: FellowshipPlanInput): Promise<FellowshipPlanModel> {
    const v = await this.access.current(ctx);
    return this.presenter.plan(v, await this.service.submit(v, planContent(input)));
  }

  @Mutation(() => FellowshipPlanModel, { description: 'The author sends the revised plan back for review.' })
  async resubmitFellowshipPlan(@Context() ctx: GqlContext, @Args('input') input: ResubmitFellowshipPlanInput): Promise<FellowshipPlanModel> {
    const v = await this.access.current(ctx);
    return this.presenter.plan(v, await this.service.resubmit(v, planContent(input), input.note));
  }

  @Mutation(() => FellowshipPlanModel, { description: 'Reviewers: start the review, comment, ask for a revision, accept or decline.' })
  async reviewFellowshipPlan(@Context() ctx: GqlContext, @Args('input') input: ReviewFellowshipPlanInput): Promise<FellowshipPlanModel> {
    const v = await this.access.current(ctx);
    return this.presenter.plan(v, await this.service.review(v, input.planId, input.action, input.comment));
  }

  @Mutation(() => FellowshipPlanModel, { description: 'Accepted fellows: appear (or not) on the public Fellows page, with an optional summary.' })
  async setFellowListing(@Context() ctx: GqlContext, @Args('input') input: FellowListingInput): Promise<FellowshipPlanModel> {
    const v = await this.access.current(ctx);
    return this.presenter.plan(v, await this.service.setListing(v, input.listPublicly, input.publicSummary));
  }

  @ResolveField(() => FellowshipAuthorModel)
  async author(@Parent() plan: FellowshipPlanModel, @Context() ctx: GqlContext): Promise<FellowshipAuthorModel> {
    const user = await ctx.loaders
      .get<string, Awaited<ReturnType<UserRepository['findById']>>>('fellowsAuthor', async (ids) => orderByKeys(ids, await this.users.findByIds(ids), (u) => u.id))
      .load(plan.authorId);
    return {
      id: plan.authorId,
      displayName: user?.displayName ?? 'Former member',
      credentials: user?.credentials ?? null,
      jobTitle: user?.jobTitle ?? null,
      organizationName: user?.organizationName ?? null,
    };
  }

  @ResolveField(() => [FellowshipPlanEventModel], { description: 'Every step, oldest first.' })
  async timeline(@Parent() plan: FellowshipPlanModel, @Context() ctx: GqlContext): Promise<FellowshipPlanEventModel[]> {
    const events = await ctx.loaders
      .get<string, Awaited<ReturnType<FellowshipPlanRepository['eventsForPlans']>>>('fellowsTimeline', async (ids) => groupByKeys(ids, await this.plans.eventsForPlans(ids), (e) => e.planId))
      .load(plan.id);
    return events.map((e) => ({
      id: e.id,
      action: e.action as FellowshipPlanActionGql,
      fromStatus: e.fromStatus as FellowshipPlanStatusGql | null,
      toStatus: e.toStatus as FellowshipPlanStatusGql,
      comment: e.comment,
      actorName: e.actorName,
      byAuthor: e.actorId === plan.authorId,
      createdAt: e.createdAt,
    }));
  }
}
