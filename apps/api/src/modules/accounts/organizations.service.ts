import { Injectable } from '@nestjs/common';
import { accountsPolicy, Viewer } from '@confer/libs/access';
import { isWindowActive, normalizeDomain } from '@confer/libs/membership';
import { isPlausibleEmail, normalizeEmail } from '@confer/libs/text';
import { Clock } from '../../core/clock/clock';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { RealtimeGateway } from '../../core/realtime/realtime.gateway';
import { RequestLoaders, groupByKeys } from '../../core/loaders/request-loaders';
import { AccountsException } from './accounts.exception';
import { OrganizationDomainEntity } from './entities/organization-domain.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { UserEntity } from './entities/user.entity';
import { OrganizationRepository } from './organization.repository';
import { UserRepository } from './user.repository';

/** Organization memberships: staff run them; an organization's admins see who is covered and propose domains. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    private readonly realtime: RealtimeGateway,
  ) {}

  private domainOrThrow(raw: string): string {
    const domain = normalizeDomain(raw);
    if (!domain) throw new AccountsException('INVALID_DOMAIN', { fields: { domain: 'Enter a domain such as mayo.edu.' } });
    return domain;
  }

  private requireStaff(viewer: Viewer): string {
    if (!viewer.userId) throw new AccountsException('SIGN_IN_REQUIRED');
    if (!accountsPolicy.canManageOrganizations(viewer)) throw new AccountsException('FORBIDDEN');
    return viewer.userId;
  }

  /** Staff or the organization's admins; anyone else is told it does not exist. */
  private async administrable(viewer: Viewer, organizationId: string): Promise<OrganizationEntity> {
    if (!viewer.userId) throw new AccountsException('SIGN_IN_REQUIRED');
    const org = await this.organizations.findById(organizationId);
    const admins = org ? await this.organizations.findAdminsForOrganizations([org.id]) : [];
    if (!org || !accountsPolicy.canAdministerOrganization(viewer, admins.map((a) => a.userId))) {
      throw new AccountsException('ORGANIZATION_NOT_FOUND');
    }
    return org;
  }

  isActive(org: OrganizationEntity): boolean {
    return org.status === 'active' && isWindowActive(org.membershipStartsAt, org.membershipEndsAt, this.clock.now());
  }

  get(viewer: Viewer, organizationId: string): Promise<OrganizationEntity> {
    return this.administrable(viewer, organizationId);
  }

  async list(viewer: Viewer): Promise<OrganizationEntity[]> {
    this.requireStaff(viewer);
    return this.organizations.findAll();
  }

  async create(viewer: Viewer, input: { name: string; membershipStartsAt: Date; membershipEndsAt?: Date | null; domains: string[] }): Promise<OrganizationEntity> {
    const staffId = this.requireStaff(viewer);
    const name = input.name.trim();
    if (name.length < 2) throw new AccountsException('INVALID_ORGANIZATION_NAME', { fields: { name: 'Enter the organization’s name.' } });
    if (input.membershipEndsAt && input.membershipEndsAt <= input.membershipStartsAt) {
      throw new AccountsException('INVALID_WINDOW', { fields: { membershipEndsAt: 'Must be after the start.' } });
    }
    const domains = [...new Set(input.domains.map((d) => this.domainOrThrow(d)))];
    return this.transactions.run(async (tx) => {
      if (await this.organizations.findByName(name, tx)) throw new AccountsException('ORGANIZATION_NAME_TAKEN');
      const org = await this.organizations.insert({ name, membershipStartsAt: input.membershipStartsAt, membershipEndsAt: input.membershipEndsAt ?? null }, tx);
      for (const domain of domains) {
        // Staff-created domains are approved at once; a taken domain rolls the whole creation back.
        const added = await this.organizations.insertDomainIfFree({ organizationId: org.id, domain, approvedAt: new Date(), approvedBy: staffId }, tx);
        if (!added) throw new AccountsException('DOMAIN_TAKEN', { fields: { domains: `${domain} is already listed by an organization.` } });
      }
      return org;
    }).catch((e) => {
      // Two staff creating the same name at once: the unique index answers.
      if ((e as { code?: string }).code === '23505') throw new AccountsException('ORGANIZATION_NAME_TAKEN');
      throw e;
    });
  }

  async updateMembership(
    viewer: Viewer,
    input: { organizationId: string; status?: 'active' | 'suspended'; membershipStartsAt?: Date; membershipEndsAt?: Date | null },
  ): Promise<OrganizationEntity> {
    this.requireStaff(viewer);
    const org = await this.organizations.findById(input.organizationId);
    if (!org) throw new AccountsException('ORGANIZATION_NOT_FOUND');
    const startsAt = input.membershipStartsAt ?? org.membershipStartsAt;
    const endsAt = input.membershipEndsAt === undefined ? org.membershipEndsAt : input.membershipEndsAt;
    if (endsAt && endsAt <= startsAt) throw new AccountsException('INVALID_WINDOW', { fields: { membershipEndsAt: 'Must be after the start.' } });
    await this.organizations.update(org.id, { status: input.status ?? org.status, membershipStartsAt: startsAt, membershipEndsAt: endsAt });
    await this.coverageChanged(org.id);
    return (await this.organizations.findById(org.id))!;
  }

  /** Staff add approved domains; an organization admin's proposal waits for staff approval. */
  async addDomain(viewer: Viewer, organizationId: string, rawDomain: string): Promise<OrganizationEntity> {
    const org = await this.administrable(viewer, organizationId);
    const domain = this.domainOrThrow(rawDomain);
    const byStaff = accountsPolicy.canManageOrganizations(viewer);
    await this.transactions.run(async (tx) => {
      const added = await this.organizations.insertDomainIfFree(
        { organizationId: org.id, domain, approvedAt: byStaff ? new Date() : null, approvedBy: byStaff ? viewer.userId : null },
        tx,
      );
      if (!added) throw new AccountsException('DOMAIN_TAKEN');
    });
    return org;
  }

  async approveDomain(viewer: Viewer, domainId: string): Promise<OrganizationEntity> {
    const staffId = this.requireStaff(viewer);
    const domain = await this.organizations.findDomainById(domainId);
    if (!domain) throw new AccountsException('DOMAIN_NOT_FOUND');
    await this.organizations.approveDomain(domain.id, staffId);
    return (await this.organizations.findById(domain.organizationId))!;
  }

  async removeDomain(viewer: Viewer, domainId: string): Promise<OrganizationEntity> {
    if (!viewer.userId) throw new AccountsException('SIGN_IN_REQUIRED');
    const domain = await this.organizations.findDomainById(domainId);
    if (!domain) throw new AccountsException('DOMAIN_NOT_FOUND');
    const org = await this.administrable(viewer, domain.organizationId).catch(() => {
      throw new AccountsException('DOMAIN_NOT_FOUND');
    });
    // Who was covered through this domain is read before it goes, so their sockets are re-checked.
    const covered = domain.approvedAt ? await this.users.findVerifiedByDomains([domain.domain]) : [];
    await this.organizations.deleteDomain(domain.id);
    await this.realtime.accessChanged(...covered.map((u) => u.id));
    return org;
  }

  async addAdmin(viewer: Viewer, organizationId: string, rawEmail: string): Promise<OrganizationEntity> {
    this.requireStaff(viewer);
    const org = await this.organizations.findById(organizationId);
    if (!org) throw new AccountsException('ORGANIZATION_NOT_FOUND');
    const email = normalizeEmail(rawEmail);
    if (!isPlausibleEmail(email)) throw new AccountsException('INVALID_EMAIL', { fields: { email: 'Enter a valid email address.' } });
    const user = await this.users.findByEmail(email);
    if (!user) throw new AccountsException('USER_NOT_FOUND', { fields: { email: 'No member has this email.' } });
    await this.organizations.addAdmin(org.id, user.id);
    return org;
  }

  /** Covered members' open sockets re-check what they may still read (suspension, window moved). */
  private async coverageChanged(orgId: string): Promise<void> {
    const domains = (await this.organizations.findDomainsForOrganizations([orgId])).filter((d) => d.approvedAt !== null).map((d) => d.domain);
    const covered = await this.users.findVerifiedByDomains(domains);
    await this.realtime.accessChanged(...covered.map((u) => u.id));
  }

  administeredBy(loaders: RequestLoaders, userId: string): Promise<OrganizationEntity[]> {
    return loaders
      .get<string, OrganizationEntity[]>('orgsAdministeredBy', async (userIds) => {
        const links = await this.organizations.findAdministeredBy(userIds);
        const orgs = await this.organizations.findByIds([...new Set(links.map((l) => l.organizationId))]);
        const byId = new Map(orgs.map((o) => [o.id, o]));
        return groupByKeys(userIds, links, (l) => l.userId).map((ls) => ls.map((l) => byId.get(l.organizationId)!).filter(Boolean));
      })
      .load(userId);
  }

  domains(loaders: RequestLoaders, orgId: string): Promise<OrganizationDomainEntity[]> {
    return loaders
      .get<string, OrganizationDomainEntity[]>('orgDomains', async (ids) =>
        groupByKeys(ids, await this.organizations.findDomainsForOrganizations(ids), (d) => d.organizationId),
      )
      .load(orgId);
  }

  admins(loaders: RequestLoaders, orgId: string): Promise<UserEntity[]> {
    return loaders
      .get<string, UserEntity[]>('orgAdmins', async (ids) => {
        const links = await this.organizations.findAdminsForOrganizations(ids);
        const users = await this.users.findByIds([...new Set(links.map((l) => l.userId))]);
        const byId = new Map(users.map((u) => [u.id, u]));
        return groupByKeys(ids, links, (l) => l.organizationId).map((ls) => ls.map((l) => byId.get(l.userId)!).filter(Boolean));
      })
      .load(orgId);
  }

  /** People with a verified address on one of the organization's approved domains. */
  async coveredMembers(loaders: RequestLoaders, orgId: string): Promise<UserEntity[]> {
    const domains = (await this.domains(loaders, orgId)).filter((d) => d.approvedAt !== null).map((d) => d.domain);
    return this.users.findVerifiedByDomains(domains);
  }
}
