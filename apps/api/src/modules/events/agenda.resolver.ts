import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { AgendaService } from './agenda.service';
import { AgendaChoiceResultModel, PersonalAgendaModel } from './graphql/registration.model';

@Resolver()
export class AgendaResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly membership: MembershipService,
  ) {}

  @Query(() => PersonalAgendaModel, { description: 'Your chosen sessions for an event you attend (NOT_REGISTERED without a confirmed seat).' })
  async myAgenda(@Context() ctx: GqlContext, @Args('eventId', { type: () => ID }, IdPipe) eventId: string): Promise<PersonalAgendaModel> {
    return this.agenda.agenda(await this.membership.current(ctx), eventId);
  }

  @Mutation(() => AgendaChoiceResultModel, { description: 'Add a session to your agenda; `warning` and `clashesWith` tell of overlapping sessions you already chose.' })
  async chooseAgendaSession(@Context() ctx: GqlContext, @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string): Promise<AgendaChoiceResultModel> {
    return this.agenda.choose(await this.membership.current(ctx), sessionId);
  }

  @Mutation(() => PersonalAgendaModel, { description: 'Remove a session from your agenda.' })
  async removeAgendaSession(@Context() ctx: GqlContext, @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string): Promise<PersonalAgendaModel> {
    return this.agenda.remove(await this.membership.current(ctx), sessionId);
  }
}
