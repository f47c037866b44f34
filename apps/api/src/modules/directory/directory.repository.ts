import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CleanSubmission, DirectoryFilter, DirectorySort } from '@confer/libs/directory';
import { DirectoryOrganizationEntity } from './entities/directory-organization.entity';
import { DirectorySubmissionEntity, DirectorySubmissionKind } from './entities/directory-submission.entity';

export type ListingData = CleanSubmission & { nameKey: string };

const ORG_COLUMNS = `id, name, name_key as "nameKey", type, country, region, city, website, website_domain as "websiteDomain",
  accounts, platforms, submitter_email as "submitterEmail", listed_at as "listedAt", updated_at as "updatedAt"`;
const SUBMISSION_COLUMNS = `id, organization_id as "organizationId", kind, status, name, name_key as "nameKey", type, country, region, city,
  website, website_domain as "websiteDomain", accounts, submitter_email as "submitterEmail", created_at as "createdAt",
  confirmed_at as "confirmedAt", reviewed_at as "reviewedAt", reviewed_by as "reviewedBy", reject_reason as "rejectReason"`;

type Facet = 'countries' | 'types' | 'platforms';

/** Builds the WHERE clause of a grid filter, leaving one facet out (for that facet's own counts). */
function whereOf(filter: DirectoryFilter, params: unknown[], without?: Facet): string {
  const clauses: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (without !== 'countries' && filter.countries.length) clauses.push(`country = any(${param(filter.countries)}::text[])`);
  if (without !== 'types' && filter.types.length) clauses.push(`type = any(${param(filter.types)}::text[])`);
  if (without !== 'platforms' && filter.platforms.length) clauses.push(`platforms && ${param(filter.platforms)}::text[]`);
  if (filter.tsQuery) clauses.push(`search @@ to_tsquery('simple', ${param(filter.tsQuery)})`);
  return clauses.length ? `where ${clauses.join(' and ')}` : '';
}

function orderOf(sort: DirectorySort, countryOrder: readonly string[], params: unknown[]): string {
  switch (sort) {
    case 'recent':
      return 'order by updated_at desc, id';
    case 'country':
      // Countries by English name (the caller passes the codes in that order), then organizations by name.
      params.push(countryOrder);
      return `order by array_position($${params.length}::text[], country), lower(name), id`;
    default:
      return 'order by lower(name), id';
  }
}

@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async insertSubmission(
    data: ListingData & { kind: DirectorySubmissionKind; status: 'unconfirmed' | 'pending'; organizationId: string | null; submitterEmail: string },
    tx: EntityManager,
  ): Promise<DirectorySubmissionEntity> {
    const rows: DirectorySubmissionEntity[] = await tx.query(
      `insert into directory_submissions (organization_id, kind, status, name, name_key, type, country, region, city, website, website_domain, accounts, submitter_email, confirmed_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, case when $3 = 'pending' then now() end)
       returning ${SUBMISSION_COLUMNS}`,
      [data.organizationId, data.kind, data.status, data.name, data.nameKey, data.type, data.country, data.region, data.city, data.website, data.websiteDomain, JSON.stringify(data.accounts), data.submitterEmail],
    );
    return rows[0];
  }

  async findSubmission(id: string, tx?: EntityManager, lock = false): Promise<DirectorySubmissionEntity | null> {
    const rows: DirectorySubmissionEntity[] = await this.m(tx).query(`select ${SUBMISSION_COLUMNS} from directory_submissions where id = $1 ${lock ? 'for update' : ''}`, [id]);
    return rows[0] ?? null;
  }

  async findSubmissions(ids: readonly string[]): Promise<DirectorySubmissionEntity[]> {
    return this.m().query(`select ${SUBMISSION_COLUMNS} from directory_submissions where id = any($1::uuid[])`, [ids]);
  }

  /** Moves an unconfirmed submission to the review queue; null when it was not waiting for confirmation. */
  async confirm(id: string, tx: EntityManager): Promise<DirectorySubmissionEntity | null> {
    const [rows]: [DirectorySubmissionEntity[], number] = await tx.query(
      `update directory_submissions set status = 'pending', confirmed_at = now() where id = $1 and status = 'unconfirmed' returning ${SUBMISSION_COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async supersedeOpenUpdates(organizationId: string, tx: EntityManager): Promise<void> {
    await tx.query(`update directory_submissions set status = 'superseded' where organization_id = $1 and kind = 'update' and status = 'pending'`, [organizationId]);
  }

  async hasOpenUpdate(organizationId: string): Promise<boolean> {
    const rows = await this.m().query(`select 1 from directory_submissions where organization_id = $1 and kind = 'update' and status = 'pending' limit 1`, [organizationId]);
    return rows.length > 0;
  }

  async markReviewed(id: string, outcome: { status: 'approved' | 'rejected'; reviewerId: string; reason: string | null; organizationId: string | null }, tx: EntityManager): Promise<void> {
    await tx.query(
      `update directory_submissions set status = $2, reviewed_by = $3, reviewed_at = now(), reject_reason = $4, organization_id = coalesce(organization_id, $5) where id = $1`,
      [id, outcome.status, outcome.reviewerId, outcome.reason, outcome.organizationId],
    );
  }

  /** The review queue: confirmed submissions, oldest first. */
  async pendingQueue(limit: number): Promise<DirectorySubmissionEntity[]> {
    return this.m().query(`select ${SUBMISSION_COLUMNS} from directory_submissions where status = 'pending' order by confirmed_at, id limit $1`, [limit]);
  }

  async countPending(): Promise<number> {
    const rows: { n: number }[] = await this.m().query(`select count(*)::int as n from directory_submissions where status = 'pending'`);
    return rows[0].n;
  }

  async insertOrganization(data: ListingData & { submitterEmail: string }, tx: EntityManager): Promise<DirectoryOrganizationEntity> {
    const rows: DirectoryOrganizationEntity[] = await tx.query(
      `insert into directory_organizations (name, name_key, type, country, region, city, website, website_domain, accounts, platforms, submitter_email)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${ORG_COLUMNS}`,
      [data.name, data.nameKey, data.type, data.country, data.region, data.city, data.website, data.websiteDomain, JSON.stringify(data.accounts), [...new Set(data.accounts.map((a) => a.platform))], data.submitterEmail],
    );
    return rows[0];
  }

  async replaceOrganization(id: string, data: ListingData, tx: EntityManager): Promise<DirectoryOrganizationEntity | null> {
    const [rows]: [DirectoryOrganizationEntity[], number] = await tx.query(
      `update directory_organizations set name = $2, name_key = $3, type = $4, country = $5, region = $6, city = $7, website = $8, website_domain = $9,
         accounts = $10, platforms = $11, updated_at = now() where id = $1 returning ${ORG_COLUMNS}`,
      [id, data.name, data.nameKey, data.type, data.country, data.region, data.city, data.website, data.websiteDomain, JSON.stringify(data.accounts), [...new Set(data.accounts.map((a) => a.platform))]],
    );
    return rows[0] ?? null;
  }

  async findOrganization(id: string, tx?: EntityManager): Promise<DirectoryOrganizationEntity | null> {
    const rows: DirectoryOrganizationEntity[] = await this.m(tx).query(`select ${ORG_COLUMNS} from directory_organizations where id = $1`, [id]);
    return rows[0] ?? null;
  }

  async lockOrganization(id: string, tx: EntityManager): Promise<DirectoryOrganizationEntity | null> {
    const rows: DirectoryOrganizationEntity[] = await tx.query(`select ${ORG_COLUMNS} from directory_organizations where id = $1 for update`, [id]);
    return rows[0] ?? null;
  }

  async deleteOrganization(id: string, tx: EntityManager): Promise<void> {
    await tx.query(`delete from directory_organizations where id = $1`, [id]);
  }

  async deleteUnconfirmedBefore(cutoff: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.m().query(`delete from directory_submissions where status = 'unconfirmed' and created_at < $1`, [cutoff]);
    return count;
  }

  async findOrganizations(ids: readonly string[]): Promise<DirectoryOrganizationEntity[]> {
    return this.m().query(`select ${ORG_COLUMNS} from directory_organizations where id = any($1::uuid[])`, [ids]);
  }

  async organizationsOfSubmitter(email: string): Promise<DirectoryOrganizationEntity[]> {
    return this.m().query(`select ${ORG_COLUMNS} from directory_organizations where submitter_email = $1 order by lower(name)`, [email]);
  }

  async page(filter: DirectoryFilter, sort: DirectorySort, countryOrder: readonly string[], offset: number, limit: number): Promise<{ rows: DirectoryOrganizationEntity[]; total: number }> {
    const params: unknown[] = [];
    const where = whereOf(filter, params);
    const countParams = [...params];
    const order = orderOf(sort, countryOrder, params);
    params.push(limit, offset);
    const [rows, count] = await Promise.all([
      this.m().query(`select ${ORG_COLUMNS} from directory_organizations ${where} ${order} limit $${params.length - 1} offset $${params.length}`, params),
      this.m().query(`select count(*)::int as n from directory_organizations ${where}`, countParams),
    ]);
    return { rows, total: count[0].n };
  }

  /** Every row the filter matches, in grid order: the CSV export. */
  async all(filter: DirectoryFilter, sort: DirectorySort, countryOrder: readonly string[], cap: number): Promise<DirectoryOrganizationEntity[]> {
    const params: unknown[] = [];
    const where = whereOf(filter, params);
    const order = orderOf(sort, countryOrder, params);
    params.push(cap);
    return this.m().query(`select ${ORG_COLUMNS} from directory_organizations ${where} ${order} limit $${params.length}`, params);
  }

  /**
   * Counts per value of each facet, with every other facet's filter applied (so a count says how many
   * rows picking that value would add), in the usual faceted-search way.
   */
  async facetCounts(filter: DirectoryFilter): Promise<Record<Facet, { value: string; count: number }[]>> {
    const run = (facet: Facet, select: string, from: string) => {
      const params: unknown[] = [];
      const where = whereOf(filter, params, facet);
      return this.m().query(`select ${select} as value, count(*)::int as count from ${from} ${where} group by 1`, params) as Promise<{ value: string; count: number }[]>;
    };
    const [countries, types, platforms] = await Promise.all([
      run('countries', 'country', 'directory_organizations'),
      run('types', 'type', 'directory_organizations'),
      run('platforms', 'p', 'directory_organizations cross join lateral unnest(platforms) as p'),
    ]);
    return { countries, types, platforms };
  }

  /** Listings and other pending submissions sharing a website domain or a name key with any of the given ones. */
  async duplicateCandidates(domains: readonly string[], nameKeys: readonly string[]): Promise<{ listed: DirectoryOrganizationEntity[]; pending: DirectorySubmissionEntity[] }> {
    const [listed, pending] = await Promise.all([
      this.m().query(`select ${ORG_COLUMNS} from directory_organizations where website_domain = any($1::text[]) or name_key = any($2::text[])`, [domains, nameKeys]),
      this.m().query(`select ${SUBMISSION_COLUMNS} from directory_submissions where status = 'pending' and (website_domain = any($1::text[]) or name_key = any($2::text[]))`, [domains, nameKeys]),
    ]);
    return { listed, pending };
  }
}
