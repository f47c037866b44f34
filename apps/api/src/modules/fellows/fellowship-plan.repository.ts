import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { PlanStatus } from '@confer/libs/fellows';
import { FellowshipPlanEventEntity } from './entities/fellowship-plan-event.entity';
import { FellowshipPlanEntity } from './entities/fellowship-plan.entity';

export type PlanContent = Pick<FellowshipPlanEntity, 'title' | 'goals' | 'audience' | 'platforms' | 'metrics' | 'governance'>;

export interface ListedFellowRow {
  plan_id: string;
  display_name: string;
  credentials: string | null;
  credentials_verified: boolean;
  job_title: string | null;
  organization_name: string | null;
  cohort_year: number | null;
  public_summary: string | null;
}

/** Plans and their timelines. Status changes lock the plan row so two reviewers never both decide. */
@Injectable()
export class FellowshipPlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private plans(tx?: EntityManager) {
    return (tx ?? this.dataSource.manager).getRepository(FellowshipPlanEntity);
  }

  findById(id: string): Promise<FellowshipPlanEntity | null> {
    return this.plans().findOneBy({ id });
  }

  findByIdForUpdate(id: string, tx: EntityManager): Promise<FellowshipPlanEntity | null> {
    return this.plans(tx).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
  }

  /** The member's open or accepted plan (at most one, by a unique index). */
  findLiveByAuthor(authorId: string, tx?: EntityManager, lock = false): Promise<FellowshipPlanEntity | null> {
    const qb = this.plans(tx).createQueryBuilder('p').where('p.author_id = :authorId', { authorId }).andWhere(`p.status <> 'declined'`);
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The member's latest plan of any status (a declined one stays visible to its author). */
  findLatestByAuthor(authorId: string): Promise<FellowshipPlanEntity | null> {
    return this.plans().findOne({ where: { authorId }, order: { submittedAt: 'DESC' } });
  }

  findByStatuses(statuses: readonly PlanStatus[], limit: number): Promise<FellowshipPlanEntity[]> {
    return this.plans().find({ where: { status: In([...statuses]) }, order: { updatedAt: 'ASC' }, take: limit });
  }

  async insert(authorId: string, content: PlanContent, tx: EntityManager): Promise<FellowshipPlanEntity> {
    const repo = this.plans(tx);
    const { id } = await repo.save(repo.create({ authorId, ...content, status: 'submitted', version: 1, listPublicly: false, publicSummary: null }));
    // Read back for the columns the database fills in (submitted_at, updated_at).
    return (await repo.findOneBy({ id }))!;
  }

  async updateContent(id: string, content: PlanContent, status: PlanStatus, tx: EntityManager): Promise<void> {
    await tx.query(
      `update fellowship_plans set title = $2, goals = $3, audience = $4, platforms = $5, metrics = $6, governance = $7,
         status = $8, version = version + 1, updated_at = now() where id = $1`,
      [id, content.title, content.goals, content.audience, content.platforms, content.metrics, content.governance, status],
    );
  }

  async updateStatus(id: string, status: PlanStatus, decided: { cohortYear: number } | null, tx: EntityManager): Promise<void> {
    await tx.query(
      `update fellowship_plans set status = $2, updated_at = now(),
         decided_at = case when $3::boolean then now() else decided_at end,
         cohort_year = coalesce($4, cohort_year)
       where id = $1`,
      [id, status, decided !== null, decided?.cohortYear ?? null],
    );
  }

  async updateListing(id: string, listPublicly: boolean, publicSummary: string | null): Promise<void> {
    await this.plans().update({ id }, { listPublicly, publicSummary });
  }

  async insertEvent(event: Omit<FellowshipPlanEventEntity, 'id' | 'createdAt'>, tx: EntityManager): Promise<void> {
    await tx.getRepository(FellowshipPlanEventEntity).insert(event);
  }

  /** Timelines of several plans, oldest first, with the actor's name. */
  async eventsForPlans(planIds: readonly string[]): Promise<(FellowshipPlanEventEntity & { actorName: string | null })[]> {
    if (planIds.length === 0) return [];
    const rows: any[] = await this.dataSource.query(
      `select e.id, e.plan_id, e.actor_id, e.action, e.from_status, e.to_status, e.comment, e.created_at, u.display_name
         from fellowship_plan_events e left join users u on u.id = e.actor_id
        where e.plan_id = any($1) order by e.created_at, e.id`,
      [planIds],
    );
    return rows.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      actorId: r.actor_id,
      action: r.action,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      comment: r.comment,
      createdAt: r.created_at,
      actorName: r.display_name,
    }));
  }

  /** The public Fellows page: accepted fellows who consented, newest cohort first. */
  listedFellows(): Promise<ListedFellowRow[]> {
    return this.dataSource.query(
      `select p.id as plan_id, u.display_name, u.credentials, u.credentials_verified, u.job_title, u.organization_name, p.cohort_year, p.public_summary
         from fellowship_plans p join users u on u.id = p.author_id
        where p.status = 'accepted' and p.list_publicly
        order by p.cohort_year desc nulls last, u.display_name, p.id`,
    );
  }
}
