import { Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { CalendarService } from './calendar.service';
import { CalendarLinksModel } from './graphql/calendar.model';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => CalendarLinksModel, { description: 'Your calendar feed links (created on first ask).' })
  myCalendarFeed(@Context() ctx: GqlContext): Promise<CalendarLinksModel> {
    return this.calendar.links(ctx.req.session?.userId ?? null);
  }

  @Mutation(() => CalendarLinksModel, { description: 'A new secret feed URL; the old one stops working at once.' })
  regenerateCalendarFeed(@Context() ctx: GqlContext): Promise<CalendarLinksModel> {
    return this.calendar.regenerate(ctx.req.session?.userId ?? null);
  }
}
