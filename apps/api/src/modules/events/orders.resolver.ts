import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { CheckoutService } from './checkout.service';
import { CheckoutInput } from './graphql/checkout.input';
import { OrderModel } from './graphql/order.model';

const clip = (s: string | null | undefined, n: number) => (s == null ? null : s.slice(0, n));

@Resolver(() => OrderModel)
export class OrdersResolver {
  constructor(
    private readonly orders: CheckoutService,
    private readonly membership: MembershipService,
  ) {}

  @Mutation(() => OrderModel, {
    description: 'Holds seats in a pending order (EVENT_HOLD_MINUTES). A zero total is confirmed at once. The same idempotencyKey returns the same order.',
  })
  async checkout(@Context() ctx: GqlContext, @Args('input') input: CheckoutInput): Promise<OrderModel> {
    return this.orders.checkout(await this.membership.current(ctx), input);
  }

  @Mutation(() => OrderModel, { description: 'Confirms a pending order; by default an invoice is issued (awaiting payment).' })
  async confirmOrder(@Context() ctx: GqlContext, @Args('orderId', { type: () => ID }, IdPipe) orderId: string): Promise<OrderModel> {
    return this.orders.confirm(await this.membership.current(ctx), orderId);
  }

  @Mutation(() => OrderModel, { description: 'Cancels an order (a paid one is refunded) before the events’ cancellation deadline; staff at any time.' })
  async cancelOrder(
    @Context() ctx: GqlContext,
    @Args('orderId', { type: () => ID }, IdPipe) orderId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<OrderModel> {
    return this.orders.cancel(await this.membership.current(ctx), orderId, clip(reason, 500));
  }

  @Mutation(() => OrderModel, { description: 'Staff: the invoice was paid.' })
  async markOrderPaid(
    @Context() ctx: GqlContext,
    @Args('orderId', { type: () => ID }, IdPipe) orderId: string,
    @Args('reference', { type: () => String, nullable: true }) reference: string | null,
  ): Promise<OrderModel> {
    return this.orders.markPaid(await this.membership.current(ctx), orderId, clip(reference, 200));
  }

  @Query(() => OrderModel)
  async order(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<OrderModel> {
    return this.orders.order(await this.membership.current(ctx), id);
  }

  @Query(() => [OrderModel], { description: 'Your orders, newest first.' })
  async myOrders(@Context() ctx: GqlContext): Promise<OrderModel[]> {
    return this.orders.myOrders(await this.membership.current(ctx));
  }
}
