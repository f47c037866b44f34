import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Role } from '@confer/libs/accounts/roles';
import { UserEntity } from './entities/user.entity';

export type NewUser = Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'timeZone'> &
  Partial<Pick<UserEntity, 'roles' | 'emailVerifiedAt' | 'credentials' | 'credentialsVerified' | 'jobTitle' | 'organizationName' | 'bio'>>;

export interface MembershipOrgFact {
  id: string;
  name: string;
  status: 'active' | 'suspended';
  startsAt: Date;
  endsAt: Date | null;
  domain: string;
  approved: boolean;
}

export type ProfilePatch = Partial<
  Pick<UserEntity, 'displayName' | 'credentials' | 'jobTitle' | 'organizationName' | 'bio' | 'timeZone' | 'credentialsVerified' | 'roles' | 'membershipOverride'>
>;

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager) {
    return (tx ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, tx?: EntityManager): Promise<UserEntity | null> {
    // TypeORM treats { id: undefined } as "no condition"; never let that match a random row.
    if (!id) return Promise.resolve(null);
    return this.m(tx).findOneBy({ id });
  }

  /** Row lock so concurrent changes to one account (e.g. role edits) serialise. */
  findByIdForUpdate(id: string, tx: EntityManager): Promise<UserEntity | null> {
    return this.m(tx).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m().findBy({ id: In([...ids]) });
  }

  findByEmail(email: string, tx?: EntityManager): Promise<UserEntity | null> {
    return this.m(tx).findOneBy({ email });
  }

  /** Inserts unless the address is taken; null means it was (the unique index decides, not a prior read). */
  async insertIfNew(data: NewUser, tx: EntityManager): Promise<UserEntity | null> {
    const result = await this.m(tx)
      .createQueryBuilder()
      .insert()
      .values({ roles: ['member'] as Role[], credentialsVerified: false, ...data })
      .orIgnore()
      .returning('*')
      .execute();
    const row = result.raw[0];
    return row ? this.m(tx).create(this.fromRaw(row)) : null;
  }

  async update(id: string, patch: ProfilePatch, tx?: EntityManager): Promise<void> {
    await this.m(tx).update({ id }, patch);
  }

  async markEmailVerified(id: string, tx: EntityManager): Promise<void> {
    await this.m(tx).createQueryBuilder().update().set({ emailVerifiedAt: () => 'coalesce(email_verified_at, now())' }).where('id = :id', { id }).execute();
  }

  async setPassword(id: string, passwordHash: string, tx?: EntityManager): Promise<void> {
    await this.m(tx).update({ id }, { passwordHash, passwordChangedAt: new Date() });
  }

  /** Keyset pagination by (created_at desc, id) for the staff list. */
  async search(term: string | null, after: { createdAt: Date; id: string } | null, limit: number): Promise<UserEntity[]> {
    const qb = this.m().createQueryBuilder('u');
    if (term) {
      qb.andWhere('(u.email ilike :t or u.display_name ilike :t)', { t: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (after) {
      qb.andWhere('(u.created_at, u.id) < (:c, :i)', { c: after.createdAt, i: after.id });
    }
    return qb.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').limit(limit).getMany();
  }

  /** Users with a verified address on one of the given exact domains. */
  findVerifiedByDomains(domains: readonly string[]): Promise<UserEntity[]> {
    if (domains.length === 0) return Promise.resolve([]);
    return this.m()
      .createQueryBuilder('u')
      .where(`split_part(u.email, '@', 2) in (:...domains)`, { domains })
      .andWhere('u.email_verified_at is not null')
      .orderBy('u.display_name')
      .getMany();
  }

  count(): Promise<number> {
    return this.m().count();
  }

  /**
   * One round trip for everything a membership decision needs about one person: the account, their
   * live premium grants, and the organizations listing their address's domain. Used on every request.
   */
  async findWithMembershipFacts(id: string): Promise<{ user: UserEntity; grants: { startsAt: Date; endsAt: Date | null }[]; organizations: MembershipOrgFact[] } | null> {
    if (!id) return null;
    const rows = await this.m().query(
      `select u.*,
              coalesce((select json_agg(json_build_object('startsAt', g.starts_at, 'endsAt', g.ends_at))
                          from premium_grants g where g.user_id = u.id and g.revoked_at is null), '[]') as grants,
              coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name, 'status', o.status, 'startsAt', o.membership_starts_at,
                                                          'endsAt', o.membership_ends_at, 'domain', d.domain, 'approved', d.approved_at is not null))
                          from organization_domains d join organizations o on o.id = d.organization_id
                         where d.domain = split_part(u.email, '@', 2)), '[]') as organizations
         from users u where u.id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      user: this.m().create(this.fromRaw(row)),
      grants: row.grants.map((g: { startsAt: string; endsAt: string | null }) => ({ startsAt: new Date(g.startsAt), endsAt: g.endsAt ? new Date(g.endsAt) : null })),
      organizations: row.organizations.map((o: MembershipOrgFact & { startsAt: string; endsAt: string | null }) => ({
        ...o,
        startsAt: new Date(o.startsAt),
        endsAt: o.endsAt ? new Date(o.endsAt) : null,
      })),
    };
  }

  private fromRaw(row: Record<string, any>): Partial<UserEntity> {
    return {
      id: row.id,
      email: row.email,
      emailVerifiedAt: row.email_verified_at,
      passwordHash: row.password_hash,
      passwordChangedAt: row.password_changed_at,
      displayName: row.display_name,
      credentials: row.credentials,
      credentialsVerified: row.credentials_verified,
      jobTitle: row.job_title,
      organizationName: row.organization_name,
      bio: row.bio,
      timeZone: row.time_zone,
      roles: row.roles,
      membershipOverride: row.membership_override,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
