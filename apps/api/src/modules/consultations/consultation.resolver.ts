import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import type { UserEntity } from '../accounts/entities/user.entity';
import { MembershipService } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import { orderByKeys } from '../../core/loaders/request-loaders';
import { ConsultationsService } from './consultations.service';
import { BookConsultationInput, CancelConsultationInput, ConsultationOutcomeGql, RescheduleConsultationInput } from './graphql/consultation.input';
import { toParty } from './graphql/consultation.mapper';
import { ConsultationModel, ConsultationPartyModel } from './graphql/consultation.model';

@Resolver(() => ConsultationModel)
export class ConsultationResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly memberships: MembershipService,
    private readonly users: UserRepository,
  ) {}

  @Query(() => [ConsultationModel], { description: 'Consultations you booked, oldest first.' })
  async myConsultations(@Context() ctx: GqlContext): Promise<ConsultationModel[]> {
    return this.consultations.mine((await this.memberships.current(ctx)).viewer);
  }

  @Query(() => [ConsultationModel], { description: 'An expert’s bookings (upcoming: from yesterday on).' })
  async expertConsultations(@Context() ctx: GqlContext, @Args('upcoming', { defaultValue: true }) upcoming: boolean): Promise<ConsultationModel[]> {
    return this.consultations.forExpert((await this.memberships.current(ctx)).viewer, upcoming);
  }

  @Query(() => ConsultationModel)
  async consultation(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<ConsultationModel> {
    return this.consultations.one((await this.memberships.current(ctx)).viewer, id);
  }

  @Query(() => ConsultationModel, { description: 'The booking behind a reschedule/cancel link from an email (no log-in needed).' })
  consultationByLink(@Args('token') token: string): Promise<ConsultationModel> {
    return this.consultations.byLink(token.slice(0, 400));
  }

  @Mutation(() => ConsultationModel, { description: 'Book a free slot (premium members).' })
  async bookConsultation(@Context() ctx: GqlContext, @Args('input') input: BookConsultationInput): Promise<ConsultationModel> {
    return this.consultations.book((await this.memberships.current(ctx)).viewer, input);
  }

  @Mutation(() => ConsultationModel, { description: 'Move your booking to another free slot: same invite UID, higher SEQUENCE.' })
  async rescheduleConsultation(@Context() ctx: GqlContext, @Args('input') input: RescheduleConsultationInput): Promise<ConsultationModel> {
    return this.consultations.reschedule((await this.memberships.current(ctx)).viewer, input);
  }

  @Mutation(() => ConsultationModel, { description: 'Cancel (member, or the expert with a reason): both get METHOD:CANCEL.' })
  async cancelConsultation(@Context() ctx: GqlContext, @Args('input') input: CancelConsultationInput): Promise<ConsultationModel> {
    return this.consultations.cancel((await this.memberships.current(ctx)).viewer, input);
  }

  @Mutation(() => ConsultationModel, { description: 'Expert: mark a consultation completed or no-show.' })
  async setConsultationOutcome(
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('outcome', { type: () => ConsultationOutcomeGql }) outcome: ConsultationOutcomeGql,
  ): Promise<ConsultationModel> {
    return this.consultations.setOutcome((await this.memberships.current(ctx)).viewer, id, outcome);
  }

  @Mutation(() => ConsultationModel, { description: 'Expert: private notes (never shown to the member).' })
  async setConsultationNotes(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('notes') notes: string): Promise<ConsultationModel> {
    return this.consultations.setNotes((await this.memberships.current(ctx)).viewer, id, notes.slice(0, 10_000));
  }

  @ResolveField(() => ConsultationPartyModel)
  expert(@Parent() c: ConsultationModel, @Context() ctx: GqlContext): Promise<ConsultationPartyModel> {
    return this.party(ctx, c.expertId);
  }

  @ResolveField(() => ConsultationPartyModel)
  member(@Parent() c: ConsultationModel, @Context() ctx: GqlContext): Promise<ConsultationPartyModel> {
    return this.party(ctx, c.memberId);
  }

  // The parent was access-checked; the party card carries no email.
  private async party(ctx: GqlContext, userId: string): Promise<ConsultationPartyModel> {
    const user = await ctx.loaders
      .get<string, UserEntity | null>('consultations:party', async (ids) => orderByKeys(ids, await this.users.findByIds(ids), (u) => u.id))
      .load(userId);
    return user ? toParty(user) : { id: userId, displayName: 'Former member', credentials: null, jobTitle: null, organizationName: null };
  }
}
