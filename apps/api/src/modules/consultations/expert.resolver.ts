import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { ExpertsService } from './experts.service';
import { ConsultationTypeInput, ExpertAvailabilityInput, ExpertProfileInput } from './graphql/consultation.input';
import { ConsultationSlotDayModel, ConsultationTypeModel, ExpertAvailabilityModel, ExpertModel } from './graphql/expert.model';

@Resolver(() => ExpertModel)
export class ExpertResolver {
  constructor(
    private readonly directory: ExpertsService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => [ExpertModel], { description: 'The experts directory (anyone may look), optionally with one topic.' })
  experts(@Args('topic', { type: () => String, nullable: true }) topic: string | null): Promise<ExpertModel[]> {
    return this.directory.directory(topic?.slice(0, 60) ?? null);
  }

  @Query(() => [String], { description: 'Every topic some expert covers, for the directory filter.' })
  expertTopics(): Promise<string[]> {
    return this.directory.topics();
  }

  @Query(() => ExpertModel)
  expert(@Args('id', { type: () => ID }, IdPipe) id: string): Promise<ExpertModel> {
    return this.directory.expert(id);
  }

  @ResolveField(() => [ConsultationTypeModel], { description: 'Active consultation types.' })
  async consultationTypes(@Parent() expert: ExpertModel, @Context() ctx: GqlContext): Promise<ConsultationTypeModel[]> {
    const { viewer } = await this.memberships.current(ctx);
    return this.directory.typesOf(ctx.loaders, viewer, expert.id);
  }

  @Query(() => [ConsultationSlotDayModel], { description: 'Free slots of one consultation type, grouped and labelled in `timeZone` (the viewer’s).' })
  consultationSlots(
    @Args('typeId', { type: () => ID }, IdPipe) typeId: string,
    @Args('timeZone') timeZone: string,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('days', { type: () => Int, defaultValue: 7 }) days: number,
  ): Promise<ConsultationSlotDayModel[]> {
    return this.directory.slots(typeId, timeZone.slice(0, 64), from, days);
  }

  @Query(() => ExpertAvailabilityModel, { description: 'An expert’s own settings (staff: any expert’s).' })
  async expertAvailability(@Context() ctx: GqlContext, @Args('expertId', { type: () => ID, nullable: true }) expertId: string | null): Promise<ExpertAvailabilityModel> {
    const { viewer } = await this.memberships.current(ctx);
    // Optional: checked only when given (the pipe would refuse a missing value).
    return this.directory.availability(viewer, expertId == null ? null : new IdPipe().transform(expertId));
  }

  @Mutation(() => ExpertAvailabilityModel)
  async updateExpertProfile(@Context() ctx: GqlContext, @Args('input') input: ExpertProfileInput): Promise<ExpertAvailabilityModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.directory.updateProfile(viewer, input);
  }

  @Mutation(() => ExpertAvailabilityModel, { description: 'Replace the weekly rules, date overrides, on-site blocks and booking limits at once.' })
  async updateExpertAvailability(@Context() ctx: GqlContext, @Args('input') input: ExpertAvailabilityInput): Promise<ExpertAvailabilityModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.directory.updateAvailability(viewer, input);
  }

  @Mutation(() => ConsultationTypeModel, { description: 'Create or edit a consultation type.' })
  async saveConsultationType(@Context() ctx: GqlContext, @Args('input') input: ConsultationTypeInput): Promise<ConsultationTypeModel> {
    const { viewer } = await this.memberships.current(ctx);
    return this.directory.saveType(viewer, input);
  }
}
