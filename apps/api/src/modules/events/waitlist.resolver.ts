import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { OkResultModel } from '../accounts/graphql/account.model';
import { MembershipService } from '../accounts/membership.service';
import { EventsException } from './events.exception';
import { AcceptWaitlistOfferInput } from './graphql/checkout.input';
import { OrderModel } from './graphql/order.model';
import { TicketTypeModel } from './graphql/ticket.model';
import { WaitlistEntryModel } from './graphql/waitlist.model';
import { WaitlistService } from './waitlist.service';

@Resolver(() => WaitlistEntryModel)
export class WaitlistResolver {
  constructor(
    private readonly waitlist: WaitlistService,
    private readonly membership: MembershipService,
  ) {}

  @Mutation(() => WaitlistEntryModel, { description: 'Join the waiting list of a sold-out ticket.' })
  async joinWaitlist(
    @Context() ctx: GqlContext,
    @Args('ticketTypeId', { type: () => ID }, IdPipe) ticketTypeId: string,
    @Args('quantity', { type: () => Int, defaultValue: 1 }) quantity: number,
  ): Promise<WaitlistEntryModel> {
    return this.waitlist.join(await this.membership.current(ctx), ticketTypeId, quantity);
  }

  @Query(() => [WaitlistEntryModel], { description: 'Your places on waiting lists, with positions.' })
  async myWaitlist(@Context() ctx: GqlContext): Promise<WaitlistEntryModel[]> {
    return this.waitlist.mine(await this.membership.current(ctx));
  }

  @Mutation(() => OkResultModel)
  async leaveWaitlist(@Context() ctx: GqlContext, @Args('entryId', { type: () => ID }, IdPipe) entryId: string): Promise<OkResultModel> {
    await this.waitlist.leave(await this.membership.current(ctx), entryId);
    return { ok: true };
  }

  @Mutation(() => OkResultModel, { description: 'Turn down an offered seat: it goes to the next person.' })
  async declineWaitlistOffer(@Context() ctx: GqlContext, @Args('entryId', { type: () => ID }, IdPipe) entryId: string): Promise<OkResultModel> {
    await this.waitlist.decline(await this.membership.current(ctx), entryId);
    return { ok: true };
  }

  @Mutation(() => OrderModel, { description: 'Take an offered seat: an order like checkout’s, using the held seat.' })
  async acceptWaitlistOffer(@Context() ctx: GqlContext, @Args('input') input: AcceptWaitlistOfferInput): Promise<OrderModel> {
    return this.waitlist.accept(await this.membership.current(ctx), input);
  }

  @Mutation(() => TicketTypeModel, { description: 'Staff: change a ticket’s capacity; new seats are offered to the waiting list first.' })
  async setTicketTypeCapacity(
    @Context() ctx: GqlContext,
    @Args('ticketTypeId', { type: () => ID }, IdPipe) ticketTypeId: string,
    @Args('capacity', { type: () => Int }) capacity: number,
  ): Promise<TicketTypeModel> {
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 1_000_000) throw new EventsException('INVALID_CAPACITY');
    return this.waitlist.setCapacity(await this.membership.current(ctx), ticketTypeId, capacity);
  }
}
