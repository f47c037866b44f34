import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { OrganizationAdminEntity } from './entities/organization-admin.entity';
import { OrganizationDomainEntity } from './entities/organization-domain.entity';
import { OrganizationEntity } from './entities/organization.entity';

@Injectable()
export class OrganizationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async insert(data: Pick<OrganizationEntity, 'name' | 'membershipStartsAt' | 'membershipEndsAt'>, tx: EntityManager): Promise<OrganizationEntity> {
    const repo = tx.getRepository(OrganizationEntity);
    return repo.save(repo.create({ ...data, status: 'active' }));
  }

  findById(id: string, tx?: EntityManager): Promise<OrganizationEntity | null> {
    return this.m(tx).getRepository(OrganizationEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m().getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  findAll(): Promise<OrganizationEntity[]> {
    return this.m().getRepository(OrganizationEntity).find({ order: { name: 'ASC' } });
  }

  findByName(name: string, tx?: EntityManager): Promise<OrganizationEntity | null> {
    return this.m(tx).getRepository(OrganizationEntity).createQueryBuilder('o').where('lower(o.name) = lower(:name)', { name }).getOne();
  }

  async update(id: string, patch: Partial<Pick<OrganizationEntity, 'status' | 'membershipStartsAt' | 'membershipEndsAt'>>, tx?: EntityManager): Promise<void> {
    await this.m(tx).getRepository(OrganizationEntity).update({ id }, patch);
  }

  /** Adds a domain unless any organization already lists it; null means it is taken. */
  async insertDomainIfFree(
    data: { organizationId: string; domain: string; approvedAt: Date | null; approvedBy: string | null },
    tx: EntityManager,
  ): Promise<OrganizationDomainEntity | null> {
    const rows = await tx.query(
      `insert into organization_domains (organization_id, domain, approved_at, approved_by) values ($1, $2, $3, $4)
       on conflict (domain) do nothing returning id`,
      [data.organizationId, data.domain, data.approvedAt, data.approvedBy],
    );
    if (!rows[0]) return null;
    return tx.getRepository(OrganizationDomainEntity).findOneByOrFail({ id: rows[0].id });
  }

  findDomainById(id: string): Promise<OrganizationDomainEntity | null> {
    return this.m().getRepository(OrganizationDomainEntity).findOneBy({ id });
  }

  async approveDomain(id: string, approvedBy: string): Promise<void> {
    await this.m().getRepository(OrganizationDomainEntity).update({ id }, { approvedAt: new Date(), approvedBy });
  }

  async deleteDomain(id: string): Promise<void> {
    await this.m().getRepository(OrganizationDomainEntity).delete({ id });
  }

  findDomainsForOrganizations(orgIds: readonly string[]): Promise<OrganizationDomainEntity[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    return this.m().getRepository(OrganizationDomainEntity).find({ where: { organizationId: In([...orgIds]) }, order: { domain: 'ASC' } });
  }

  /** Organizations listing any of these domains, with all their domains (membership decisions). */
  async findCoverageForDomains(domains: readonly string[]): Promise<{ organization: OrganizationEntity; domains: OrganizationDomainEntity[] }[]> {
    if (domains.length === 0) return [];
    const matching = await this.m().getRepository(OrganizationDomainEntity).findBy({ domain: In([...domains]) });
    const orgIds = [...new Set(matching.map((d) => d.organizationId))];
    const [orgs, allDomains] = await Promise.all([this.findByIds(orgIds), this.findDomainsForOrganizations(orgIds)]);
    return orgs.map((organization) => ({ organization, domains: allDomains.filter((d) => d.organizationId === organization.id) }));
  }

  async addAdmin(organizationId: string, userId: string, tx?: EntityManager): Promise<void> {
    await this.m(tx).query(
      `insert into organization_admins (organization_id, user_id) values ($1, $2) on conflict do nothing`,
      [organizationId, userId],
    );
  }

  findAdminsForOrganizations(orgIds: readonly string[]): Promise<OrganizationAdminEntity[]> {
    if (orgIds.length === 0) return Promise.resolve([]);
    return this.m().getRepository(OrganizationAdminEntity).findBy({ organizationId: In([...orgIds]) });
  }

  findAdministeredBy(userIds: readonly string[]): Promise<OrganizationAdminEntity[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.m().getRepository(OrganizationAdminEntity).findBy({ userId: In([...userIds]) });
  }
}
