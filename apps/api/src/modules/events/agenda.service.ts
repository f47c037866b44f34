import { Injectable } from '@nestjs/common';
import { eventsPolicy, isSignedIn } from '@confer/libs/access';
import { agendaClashes } from '@confer/libs/events';
import { TransactionRunner } from '../../core/database/transaction-runner';
import type { ResolvedViewer } from '../accounts/membership.service';
import { UserRepository } from '../accounts/user.repository';
import type { EventSessionEntity } from './entities/event-session.entity';
import type { EventEntity } from './entities/event.entity';
import { EventRepository } from './event.repository';
import { EventsException } from './events.exception';
import type { EventSessionModel, EventSpeakerModel } from './graphql/event.model';
import { toSessionModel } from './graphql/events.mapper';
import type { AgendaChoiceResultModel, PersonalAgendaModel } from './graphql/registration.model';
import { RegistrationRepository, RegistrationRow } from './registration.repository';

/**
 * The personal agenda: an attendee with a confirmed seat picks the sessions they plan to attend.
 * Choosing a session that overlaps one already chosen (a parallel track) is allowed — people do walk
 * between rooms — and answered with a warning naming the clashing sessions.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly regs: RegistrationRepository,
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async agenda(actor: ResolvedViewer, eventId: string): Promise<PersonalAgendaModel> {
    const { event, seat } = await this.seatFor(actor, eventId);
    return this.build(event, seat);
  }

  async choose(actor: ResolvedViewer, sessionId: string): Promise<AgendaChoiceResultModel> {
    const session = await this.session(actor, sessionId);
    const { event, seat } = await this.seatFor(actor, session.eventId);
    const clashes = await this.transactions.run(async (tx) => {
      const chosen = await this.regs.chosenSessions(seat.id, tx);
      await this.regs.choose(tx, seat.id, session.id, actor.user!.id);
      return agendaClashes(session, chosen);
    });
    const agenda = await this.build(event, seat);
    const clashesWith = agenda.sessions.filter((s) => clashes.some((c) => c.id === s.id));
    return {
      agenda,
      clashesWith,
      warning: clashesWith.length ? `${session.title} overlaps ${clashesWith.map((s) => s.title).join(', ')}, which you also chose.` : null,
    };
  }

  async remove(actor: ResolvedViewer, sessionId: string): Promise<PersonalAgendaModel> {
    const session = await this.session(actor, sessionId);
    const { event, seat } = await this.seatFor(actor, session.eventId);
    await this.regs.unchoose(seat.id, session.id);
    return this.build(event, seat);
  }

  private async session(actor: ResolvedViewer, sessionId: string): Promise<EventSessionEntity> {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    const session = await this.regs.findSession(sessionId);
    if (!session) throw new EventsException('SESSION_NOT_FOUND');
    return session;
  }

  private async seatFor(actor: ResolvedViewer, eventId: string): Promise<{ event: EventEntity; seat: RegistrationRow }> {
    if (!isSignedIn(actor.viewer) || !actor.user) throw new EventsException('SIGN_IN_REQUIRED');
    const event = await this.events.findById(eventId);
    if (!event || !eventsPolicy.canSeeEvent(actor.viewer, event)) throw new EventsException('EVENT_NOT_FOUND');
    const seat = await this.regs.attendeeSeat(actor.user.id, event.id);
    if (!seat) throw new EventsException('NOT_REGISTERED');
    return { event, seat };
  }

  private async build(event: EventEntity, seat: RegistrationRow): Promise<PersonalAgendaModel> {
    const chosen = await this.regs.chosenSessions(seat.id);
    const sessions = await this.present(chosen, event.timeZone);
    return {
      eventId: event.id,
      registrationId: seat.id,
      sessions,
      clashes: chosen.flatMap((s) => {
        const others = agendaClashes(s, chosen);
        return others.length ? [{ sessionId: s.id, clashesWith: others.map((o) => o.id) }] : [];
      }),
    };
  }

  private async present(sessions: EventSessionEntity[], zone: string): Promise<EventSessionModel[]> {
    const links = await this.events.speakersForSessions(sessions.map((s) => s.id));
    const people = new Map((await this.users.findByIds([...new Set(links.map((l) => l.userId))])).map((u) => [u.id, u]));
    return sessions.map((s) => {
      const speakers: EventSpeakerModel[] = links
        .filter((l) => l.sessionId === s.id && people.has(l.userId))
        .map((l) => {
          const u = people.get(l.userId)!;
          return { userId: u.id, displayName: u.displayName, credentials: u.credentials, jobTitle: u.jobTitle, organizationName: u.organizationName };
        });
      return toSessionModel(s, zone, speakers);
    });
  }
}
