import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { CheckoutService } from './checkout.service';
import type { EventEntity, EventKind } from './entities/event.entity';
import { EventRepository } from './event.repository';
import { EventsService } from './events.service';
import { PriceQuoteInput } from './graphql/checkout.input';
import { AgendaDayModel, EventKindGql, EventModel } from './graphql/event.model';
import { toEventModel } from './graphql/events.mapper';
import { PriceQuoteModel, TicketTypeModel } from './graphql/ticket.model';
import { orderByKeys } from '../../core/loaders/request-loaders';

@Resolver(() => EventModel)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly checkout: CheckoutService,
    private readonly membership: MembershipService,
    private readonly repository: EventRepository,
  ) {}

  @Query(() => [EventModel], { description: 'Upcoming events (drafts too, for staff), soonest first.' })
  async events(
    @Context() ctx: GqlContext,
    @Args('kind', { type: () => EventKindGql, nullable: true }) kind: EventKindGql | null,
    @Args('includePast', { defaultValue: false }) includePast: boolean,
  ): Promise<EventModel[]> {
    const actor = await this.membership.current(ctx);
    return (await this.service.list(actor, (kind ?? null) as EventKind | null, includePast)).map(toEventModel);
  }

  @Query(() => EventModel)
  async event(@Context() ctx: GqlContext, @Args('slug') slug: string): Promise<EventModel> {
    return toEventModel(await this.service.bySlug(await this.membership.current(ctx), slug));
  }

  @Query(() => EventModel)
  async eventById(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<EventModel> {
    return toEventModel(await this.service.byId(await this.membership.current(ctx), id));
  }

  @ResolveField(() => [TicketTypeModel], { description: 'Tickets and the bundles that include this event, with seats left.' })
  ticketTypes(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<TicketTypeModel[]> {
    return this.service.ticketTypes(ctx.loaders, event.id);
  }

  @ResolveField(() => [AgendaDayModel], { description: 'Sessions by day (at the venue) and track.' })
  async agenda(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<AgendaDayModel[]> {
    return this.service.agenda(ctx.loaders, await this.entity(ctx, event.id));
  }

  @ResolveField(() => String, { nullable: true, description: 'Webinars: for registrants only.' })
  async joinUrl(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<string | null> {
    const e = await this.entity(ctx, event.id);
    if (!e.joinUrl) return null;
    return (await this.service.mayJoin(await this.membership.current(ctx), ctx.loaders, e)) ? e.joinUrl : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Webinars, afterwards: for registrants only.' })
  async recordingUrl(@Parent() event: EventModel, @Context() ctx: GqlContext): Promise<string | null> {
    const e = await this.entity(ctx, event.id);
    if (!e.recordingUrl) return null;
    return (await this.service.mayJoin(await this.membership.current(ctx), ctx.loaders, e)) ? e.recordingUrl : null;
  }

  @Query(() => [TicketTypeModel], { description: 'Premium Individual membership, bought through the same checkout.' })
  membershipProducts(): Promise<TicketTypeModel[]> {
    return this.service.membershipProducts();
  }

  @Query(() => TicketTypeModel, { nullable: true, description: 'A course sold on its own, bought through the same checkout (null when it is not for sale).' })
  courseProduct(@Args('courseSlug', { type: () => String }) courseSlug: string): Promise<TicketTypeModel | null> {
    return this.service.courseProduct(courseSlug.slice(0, 100));
  }

  @Query(() => PriceQuoteModel, { description: 'The price breakdown before committing, for the signed-in buyer’s membership now.' })
  async priceQuote(@Context() ctx: GqlContext, @Args('input') input: PriceQuoteInput): Promise<PriceQuoteModel> {
    return this.checkout.quote(await this.membership.current(ctx), input);
  }

  /** The stored event behind a model (already access-checked by the query that produced it). */
  private entity(ctx: GqlContext, id: string): Promise<EventEntity> {
    return ctx.loaders
      .get<string, EventEntity>('events.byId', async (ids) => orderByKeys(ids, await this.repository.findByIds(ids), (e) => e.id).map((e) => e ?? new Error('EVENT_NOT_FOUND')))
      .load(id);
  }
}
