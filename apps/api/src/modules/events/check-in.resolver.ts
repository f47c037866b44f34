import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { CheckInService } from './check-in.service';
import { CheckInResultModel, EventAttendanceModel, EventRegistrationModel } from './graphql/registration.model';

@Resolver()
export class CheckInResolver {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly membership: MembershipService,
  ) {}

  @Mutation(() => CheckInResultModel, { description: 'Staff: check in the ticket whose QR code was scanned (TICKET_INVALID for a forged one, ALREADY_CHECKED_IN with the time).' })
  async checkInTicket(
    @Context() ctx: GqlContext,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('token', { type: () => String }) token: string,
  ): Promise<CheckInResultModel> {
    return this.checkIns.byToken(await this.membership.current(ctx), eventId, token);
  }

  @Mutation(() => CheckInResultModel, { description: 'Staff: check in an attendee found by name.' })
  async checkInRegistration(
    @Context() ctx: GqlContext,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('registrationId', { type: () => ID }, IdPipe) registrationId: string,
  ): Promise<CheckInResultModel> {
    return this.checkIns.byRegistration(await this.membership.current(ctx), eventId, registrationId);
  }

  @Query(() => [EventRegistrationModel], { description: 'Staff: confirmed attendees whose name, email or organization contains the text.' })
  async checkInSearch(
    @Context() ctx: GqlContext,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('query', { type: () => String }) query: string,
  ): Promise<EventRegistrationModel[]> {
    return this.checkIns.search(await this.membership.current(ctx), eventId, query.slice(0, 100));
  }

  @Query(() => EventAttendanceModel, { description: 'Staff: how many confirmed attendees are checked in (live: socket event events:attendance after events:check-in:join).' })
  async eventAttendance(@Context() ctx: GqlContext, @Args('eventId', { type: () => ID }, IdPipe) eventId: string): Promise<EventAttendanceModel> {
    return this.checkIns.attendance(await this.membership.current(ctx), eventId);
  }
}
