import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { PremiumGrantEntity } from './entities/premium-grant.entity';

@Injectable()
export class PremiumGrantRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private r(tx?: EntityManager) {
    return (tx ?? this.dataSource.manager).getRepository(PremiumGrantEntity);
  }

  async insert(data: Pick<PremiumGrantEntity, 'userId' | 'startsAt' | 'endsAt' | 'note' | 'source' | 'grantedBy'>, tx?: EntityManager): Promise<PremiumGrantEntity> {
    const saved = await this.r(tx).save(this.r(tx).create(data));
    return saved;
  }

  findById(id: string): Promise<PremiumGrantEntity | null> {
    return this.r().findOneBy({ id });
  }

  /** Grants that are not revoked, for many users at once (membership DataLoader). */
  findActiveForUsers(userIds: readonly string[]): Promise<PremiumGrantEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.r().findBy({ userId: In([...userIds]), revokedAt: IsNull() });
  }

  findForUser(userId: string): Promise<PremiumGrantEntity[]> {
    return this.r().find({ where: { userId }, order: { startsAt: 'DESC' } });
  }

  async revoke(id: string, tx?: EntityManager): Promise<boolean> {
    const result = await this.r(tx).update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }
}
