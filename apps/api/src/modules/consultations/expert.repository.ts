import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ConsultationTypeEntity } from './entities/consultation-type.entity';
import { ExpertOnsiteBlockEntity } from './entities/expert-onsite-block.entity';
import { ExpertProfileEntity } from './entities/expert-profile.entity';

export type ExpertProfilePatch = Partial<Omit<ExpertProfileEntity, 'userId' | 'updatedAt'>>;
export type NewConsultationType = Omit<ConsultationTypeEntity, 'id' | 'createdAt'>;
export type NewOnsiteBlock = Omit<ExpertOnsiteBlockEntity, 'id' | 'expertId'>;

/** Expert profiles (with their availability plan), consultation types and on-site blocks. */
@Injectable()
export class ExpertRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findProfile(userId: string, tx?: EntityManager): Promise<ExpertProfileEntity | null> {
    return this.m(tx).getRepository(ExpertProfileEntity).findOneBy({ userId });
  }

  findProfiles(userIds: readonly string[]): Promise<ExpertProfileEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.m().getRepository(ExpertProfileEntity).findBy({ userId: In([...userIds]) });
  }

  /** Profiles of accounts that still hold the expert role, optionally with one topic (case-insensitive). */
  async listDirectory(topic: string | null): Promise<ExpertProfileEntity[]> {
    const qb = this.m()
      .getRepository(ExpertProfileEntity)
      .createQueryBuilder('p')
      .innerJoin('users', 'u', `u.id = p.user_id and 'expert' = any(u.roles)`)
      .orderBy('u.display_name', 'ASC');
    if (topic) qb.where(`exists (select 1 from unnest(p.topics) t where lower(t) = lower(:topic))`, { topic });
    return qb.getMany();
  }

  async allTopics(): Promise<string[]> {
    const rows: { topic: string }[] = await this.m().query(
      `select distinct t as topic from expert_profiles p join users u on u.id = p.user_id and 'expert' = any(u.roles), unnest(p.topics) t order by 1`,
    );
    return rows.map((r) => r.topic);
  }

  async upsertProfile(userId: string, patch: ExpertProfilePatch & { timeZone: string }, tx: EntityManager): Promise<void> {
    const repo = tx.getRepository(ExpertProfileEntity);
    const existing = await repo.findOneBy({ userId });
    if (existing) await repo.update({ userId }, { ...patch, updatedAt: new Date() });
    else
      await repo.insert(
        repo.create({
          userId,
          headline: null,
          topics: [],
          weeklyRules: [],
          dateOverrides: [],
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          minimumNoticeMinutes: 240,
          horizonDays: 60,
          maxPerDay: null,
          accepting: true,
          ...patch,
          updatedAt: new Date(),
        }),
      );
  }

  findType(id: string, tx?: EntityManager): Promise<ConsultationTypeEntity | null> {
    return this.m(tx).getRepository(ConsultationTypeEntity).findOneBy({ id });
  }

  findTypesOf(expertIds: readonly string[], activeOnly: boolean, tx?: EntityManager): Promise<ConsultationTypeEntity[]> {
    if (expertIds.length === 0) return Promise.resolve([]);
    return this.m(tx)
      .getRepository(ConsultationTypeEntity)
      .find({ where: { expertId: In([...expertIds]), ...(activeOnly ? { active: true } : {}) }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  async insertType(data: NewConsultationType, tx: EntityManager): Promise<ConsultationTypeEntity> {
    const repo = tx.getRepository(ConsultationTypeEntity);
    return repo.save(repo.create(data));
  }

  async updateType(id: string, patch: Partial<NewConsultationType>, tx: EntityManager): Promise<void> {
    await tx.getRepository(ConsultationTypeEntity).update({ id }, patch);
  }

  findBlocks(expertId: string, tx?: EntityManager): Promise<ExpertOnsiteBlockEntity[]> {
    return this.m(tx).getRepository(ExpertOnsiteBlockEntity).find({ where: { expertId }, order: { startsAt: 'ASC' } });
  }

  /** The expert's on-site blocks become exactly `blocks` (the editor saves the whole list). */
  async replaceBlocks(expertId: string, blocks: readonly NewOnsiteBlock[], tx: EntityManager): Promise<void> {
    const repo = tx.getRepository(ExpertOnsiteBlockEntity);
    await repo.delete({ expertId });
    if (blocks.length) await repo.insert(blocks.map((b) => repo.create({ ...b, expertId })));
  }
}
