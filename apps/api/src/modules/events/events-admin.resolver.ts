import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { OkResultModel } from '../accounts/graphql/account.model';
import { MembershipService } from '../accounts/membership.service';
import { EventsAdminService } from './events-admin.service';
import { EventModel, EventSessionModel } from './graphql/event.model';
import {
  CreatePromoCodeInput,
  CreateSessionInput,
  CreateTicketTypeInput,
  EventFieldsInput,
  UpdateEventInput,
  UpdatePromoCodeInput,
  UpdateSessionInput,
  UpdateTicketTypeInput,
} from './graphql/events-admin.input';
import { EventCancellationModel, PromoCodeModel } from './graphql/events-admin.model';
import { EventRegistrationsFilterInput } from './graphql/registration.input';
import { RegistrationPageModel } from './graphql/registration.model';
import { TicketTypeModel } from './graphql/ticket.model';

/** Staff tools for events (every operation answers NOT_STAFF to anyone else). */
@Resolver()
export class EventsAdminResolver {
  constructor(
    private readonly admin: EventsAdminService,
    private readonly membership: MembershipService,
  ) {}

  @Mutation(() => EventModel, { description: 'Staff: a new event (draft unless status is given).' })
  async createEvent(@Context() ctx: GqlContext, @Args('input') input: EventFieldsInput): Promise<EventModel> {
    return this.admin.createEvent(await this.membership.current(ctx), input);
  }

  @Mutation(() => EventModel, { description: 'Staff: edit an event (publish with status PUBLISHED); moving it re-sends attendees’ invites.' })
  async updateEvent(@Context() ctx: GqlContext, @Args('input') input: UpdateEventInput): Promise<EventModel> {
    return this.admin.updateEvent(await this.membership.current(ctx), input);
  }

  @Mutation(() => EventCancellationModel, { description: 'Staff: cancel an event: every order with a seat in it is cancelled or refunded and each attendee gets a calendar cancellation.' })
  async cancelEvent(
    @Context() ctx: GqlContext,
    @Args('eventId', { type: () => ID }, IdPipe) eventId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<EventCancellationModel> {
    return this.admin.cancelEvent(await this.membership.current(ctx), eventId, reason?.slice(0, 500) ?? null);
  }

  @Mutation(() => EventSessionModel, { description: 'Staff: add a session to an event’s agenda.' })
  async createEventSession(@Context() ctx: GqlContext, @Args('input') input: CreateSessionInput): Promise<EventSessionModel> {
    return this.admin.createSession(await this.membership.current(ctx), input);
  }

  @Mutation(() => EventSessionModel, { description: 'Staff: edit a session (speakerIds replaces the speakers).' })
  async updateEventSession(@Context() ctx: GqlContext, @Args('input') input: UpdateSessionInput): Promise<EventSessionModel> {
    return this.admin.updateSession(await this.membership.current(ctx), input);
  }

  @Mutation(() => OkResultModel, { description: 'Staff: remove a session (and it leaves personal agendas).' })
  async deleteEventSession(@Context() ctx: GqlContext, @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string): Promise<OkResultModel> {
    await this.admin.deleteSession(await this.membership.current(ctx), sessionId);
    return { ok: true };
  }

  @Mutation(() => TicketTypeModel, { description: 'Staff: a ticket for an event (eventId) or a bundle of event tickets (componentTicketTypeIds).' })
  async createTicketType(@Context() ctx: GqlContext, @Args('input') input: CreateTicketTypeInput): Promise<TicketTypeModel> {
    return this.admin.createTicketType(await this.membership.current(ctx), input);
  }

  @Mutation(() => TicketTypeModel, { description: 'Staff: edit a ticket; raising the capacity offers the new seats to the waiting list first.' })
  async updateTicketType(@Context() ctx: GqlContext, @Args('input') input: UpdateTicketTypeInput): Promise<TicketTypeModel> {
    return this.admin.updateTicketType(await this.membership.current(ctx), input);
  }

  @Query(() => [PromoCodeModel], { description: 'Staff: promo codes (of one event, or all).' })
  async promoCodes(@Context() ctx: GqlContext, @Args('eventId', { type: () => ID, nullable: true }) eventId: string | null): Promise<PromoCodeModel[]> {
    return this.admin.promos(await this.membership.current(ctx), eventId ? new IdPipe().transform(eventId) : null);
  }

  @Mutation(() => PromoCodeModel, { description: 'Staff: a promo code (percent or amount off, cap, expiry, event or ticket limits).' })
  async createPromoCode(@Context() ctx: GqlContext, @Args('input') input: CreatePromoCodeInput): Promise<PromoCodeModel> {
    return this.admin.createPromo(await this.membership.current(ctx), input);
  }

  @Mutation(() => PromoCodeModel, { description: 'Staff: change a promo code’s cap, expiry or description, or switch it off.' })
  async updatePromoCode(@Context() ctx: GqlContext, @Args('input') input: UpdatePromoCodeInput): Promise<PromoCodeModel> {
    return this.admin.updatePromo(await this.membership.current(ctx), input);
  }

  @Query(() => RegistrationPageModel, { description: 'Staff: an event’s registrations with filters (status, checked in, ticket, search), with counts.' })
  async eventRegistrations(@Context() ctx: GqlContext, @Args('filter') filter: EventRegistrationsFilterInput): Promise<RegistrationPageModel> {
    return this.admin.registrationsFor(await this.membership.current(ctx), filter);
  }
}
