import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { EventSessionSpeakerEntity } from './entities/event-session-speaker.entity';
import { EventSessionEntity } from './entities/event-session.entity';
import { EventEntity } from './entities/event.entity';
import { selectList } from '../../core/database/select-list';

/** Events and their agenda (sessions and speakers). */
@Injectable()
export class EventRepository {
  private columns: string | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findById(id: string, tx?: EntityManager): Promise<EventEntity | null> {
    return this.m(tx).getRepository(EventEntity).findOneBy({ id });
  }

  findBySlug(slug: string): Promise<EventEntity | null> {
    return this.m().getRepository(EventEntity).findOneBy({ slug });
  }

  /** The events a ticket gives seats in (its own, or its bundle components'), in one plain query. */
  forTicket(ticketTypeId: string, tx?: EntityManager): Promise<EventEntity[]> {
    this.columns ??= selectList(this.dataSource, EventEntity);
    return this.m(tx).query(
      `select ${this.columns} from events where id in (
         select event_id from ticket_types where id = $1
         union select c.event_id from bundle_items b join ticket_types c on c.id = b.ticket_type_id where b.bundle_id = $1)`,
      [ticketTypeId],
    );
  }

  findByIds(ids: readonly string[], tx?: EntityManager): Promise<EventEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(tx).getRepository(EventEntity).findBy({ id: In([...ids]) });
  }

  /** Events ending after `endingAfter`, soonest first; drafts only when asked (staff). */
  list(opts: { includeDrafts: boolean; endingAfter: Date | null; kind: string | null; limit: number }): Promise<EventEntity[]> {
    const qb = this.m().getRepository(EventEntity).createQueryBuilder('e');
    if (!opts.includeDrafts) qb.andWhere(`e.status <> 'draft'`);
    if (opts.endingAfter) qb.andWhere('e.ends_at > :after', { after: opts.endingAfter });
    if (opts.kind) qb.andWhere('e.kind = :kind', { kind: opts.kind });
    return qb.orderBy('e.starts_at', 'ASC').addOrderBy('e.id', 'ASC').limit(opts.limit).getMany();
  }

  sessionsForEvents(eventIds: readonly string[]): Promise<EventSessionEntity[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.m()
      .getRepository(EventSessionEntity)
      .find({ where: { eventId: In([...eventIds]) }, order: { startsAt: 'ASC', position: 'ASC', track: 'ASC' } });
  }

  speakersForSessions(sessionIds: readonly string[]): Promise<EventSessionSpeakerEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.m().getRepository(EventSessionSpeakerEntity).find({ where: { sessionId: In([...sessionIds]) }, order: { position: 'ASC' } });
  }
}
