import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { EventRegistrationModel } from './graphql/registration.model';
import { TransferRegistrationInput, UpdateRegistrationInput } from './graphql/registration.input';
import { RegistrationMailer } from './registration-mailer';
import { RegistrationService } from './registration.service';

@Resolver(() => EventRegistrationModel)
export class RegistrationResolver {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly membership: MembershipService,
    private readonly mailer: RegistrationMailer,
  ) {}

  /** Drawn from the signed token the parent already carries (null wherever the token is withheld). */
  @ResolveField(() => String, { nullable: true, description: 'The QR code as an SVG data URL (confirmed in-person seats, for their buyer and attendee).' })
  async ticketQrDataUrl(@Parent() registration: EventRegistrationModel): Promise<string | null> {
    return registration.ticketToken ? this.mailer.qrSvgDataUrl(registration.ticketToken) : null;
  }

  @Query(() => [EventRegistrationModel], { description: 'Your tickets: seats you bought and seats you attend with, soonest event first.' })
  async myRegistrations(@Context() ctx: GqlContext): Promise<EventRegistrationModel[]> {
    return this.registrations.mine(await this.membership.current(ctx));
  }

  @Query(() => EventRegistrationModel, { description: 'One of your tickets (NOT_FOUND when it is not yours).' })
  async registration(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<EventRegistrationModel> {
    return this.registrations.one(await this.membership.current(ctx), id);
  }

  @Mutation(() => EventRegistrationModel, { description: 'Change the attendee’s name, credentials, organization and answers (until the event starts).' })
  async updateRegistration(@Context() ctx: GqlContext, @Args('input') input: UpdateRegistrationInput): Promise<EventRegistrationModel> {
    return this.registrations.update(await this.membership.current(ctx), input);
  }

  @Mutation(() => EventRegistrationModel, { description: 'Cancel a seat before the event’s cancellation deadline; a paid seat’s refund is recorded.' })
  async cancelRegistration(@Context() ctx: GqlContext, @Args('registrationId', { type: () => ID }, IdPipe) registrationId: string): Promise<EventRegistrationModel> {
    return this.registrations.cancel(await this.membership.current(ctx), registrationId);
  }

  @Mutation(() => EventRegistrationModel, { description: 'Give a seat to a colleague (until the event starts): a new ticket and invite go to them.' })
  async transferRegistration(@Context() ctx: GqlContext, @Args('input') input: TransferRegistrationInput): Promise<EventRegistrationModel> {
    return this.registrations.transfer(await this.membership.current(ctx), input);
  }
}
