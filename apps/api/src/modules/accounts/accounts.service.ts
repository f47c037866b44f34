import { isUuid } from '@confer/libs/text';
import { Injectable } from '@nestjs/common';
import { accountsPolicy, Viewer } from '@confer/libs/access';
import type { Role } from '@confer/libs/accounts/roles';
import { isValidTimeZone } from '@confer/libs/time-zone';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { RealtimeGateway } from '../../core/realtime/realtime.gateway';
import { AccountsException } from './accounts.exception';
import { PremiumGrantEntity } from './entities/premium-grant.entity';
import { UserEntity } from './entities/user.entity';
import { PremiumGrantRepository } from './premium-grant.repository';
import { ProfilePatch, UserRepository } from './user.repository';

export interface ProfileChanges {
  displayName?: string;
  credentials?: string | null;
  jobTitle?: string | null;
  organizationName?: string | null;
  bio?: string | null;
  timeZone?: string;
}

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());

/** Profiles and the staff's account tools. Every method takes the viewer and asks the accounts policy first. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UserRepository,
    private readonly grants: PremiumGrantRepository,
    private readonly transactions: TransactionRunner,
    private readonly realtime: RealtimeGateway,
  ) {}

  private requireSignedIn(viewer: Viewer): string {
    if (!viewer.userId) throw new AccountsException('SIGN_IN_REQUIRED');
    return viewer.userId;
  }

  private requireStaff(viewer: Viewer): string {
    const id = this.requireSignedIn(viewer);
    if (!accountsPolicy.canManageUsers(viewer)) throw new AccountsException('FORBIDDEN');
    return id;
  }

  private async existing(userId: string): Promise<UserEntity> {
    const user = await this.users.findById(userId);
    if (!user) throw new AccountsException('USER_NOT_FOUND');
    return user;
  }

  /** Another member's public card: any signed-in account may see it; anonymous visitors may not. */
  async profile(viewer: Viewer, userId: string): Promise<UserEntity> {
    this.requireSignedIn(viewer);
    return this.existing(userId);
  }

  async updateProfile(viewer: Viewer, userId: string, changes: ProfileChanges): Promise<UserEntity> {
    this.requireSignedIn(viewer);
    if (!accountsPolicy.canEditProfile(viewer, userId)) throw new AccountsException('FORBIDDEN');
    const patch: ProfilePatch = {};
    if (changes.displayName !== undefined) {
      const name = changes.displayName.trim();
      if (!name) throw new AccountsException('INVALID_NAME', { fields: { displayName: 'Enter your name.' } });
      patch.displayName = name;
    }
    if (changes.timeZone !== undefined) {
      if (!isValidTimeZone(changes.timeZone)) throw new AccountsException('UNKNOWN_TIME_ZONE', { fields: { timeZone: 'Unknown time zone.' } });
      patch.timeZone = changes.timeZone;
    }
    for (const key of ['credentials', 'jobTitle', 'organizationName', 'bio'] as const) {
      const value = blankToNull(changes[key]);
      if (value !== undefined) patch[key] = value;
    }
    return this.transactions.run(async (tx) => {
      const user = await this.users.findByIdForUpdate(userId, tx);
      if (!user) throw new AccountsException('USER_NOT_FOUND');
      // Changed credentials are no longer the ones staff verified.
      if (patch.credentials !== undefined && patch.credentials !== user.credentials) patch.credentialsVerified = false;
      await this.users.update(userId, patch, tx);
      return (await this.users.findById(userId, tx))!;
    });
  }

  async list(viewer: Viewer, search: string | null, after: string | null, first: number) {
    this.requireStaff(viewer);
    const limit = Math.min(Math.max(first, 1), 100);
    let cursor: { createdAt: Date; id: string } | null = null;
    if (after) {
      const [ts, id] = Buffer.from(after, 'base64url').toString().split('|');
      const createdAt = new Date(ts);
      if (!id || !isUuid(id) || Number.isNaN(createdAt.getTime())) throw new AccountsException('INVALID_CURSOR');
      cursor = { createdAt, id };
    }
    const rows = await this.users.search(search?.trim() || null, cursor, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url') : null;
    return { nodes: page, nextCursor };
  }

  async setCredentialsVerified(viewer: Viewer, userId: string, verified: boolean): Promise<UserEntity> {
    this.requireStaff(viewer);
    await this.existing(userId);
    await this.users.update(userId, { credentialsVerified: verified });
    return this.existing(userId);
  }

  async setRoles(viewer: Viewer, userId: string, roles: Role[]): Promise<UserEntity> {
    const staffId = this.requireStaff(viewer);
    const unique = [...new Set<Role>(['member', ...roles])];
    if (userId === staffId && !unique.includes('staff')) throw new AccountsException('LAST_STAFF');
    await this.existing(userId);
    await this.users.update(userId, { roles: unique });
    await this.realtime.accessChanged(userId);
    return this.existing(userId);
  }

  async setMembershipOverride(viewer: Viewer, userId: string, override: 'premium' | 'guest' | null): Promise<UserEntity> {
    this.requireStaff(viewer);
    await this.existing(userId);
    await this.users.update(userId, { membershipOverride: override });
    await this.realtime.accessChanged(userId);
    return this.existing(userId);
  }

  async grantPremium(viewer: Viewer, input: { userId: string; startsAt: Date; endsAt?: Date | null; note?: string | null }): Promise<PremiumGrantEntity> {
    const staffId = this.requireStaff(viewer);
    if (input.endsAt && input.endsAt <= input.startsAt) throw new AccountsException('INVALID_WINDOW', { fields: { endsAt: 'Must be after the start.' } });
    await this.existing(input.userId);
    return this.grants.insert({
      userId: input.userId,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      note: input.note?.trim() || null,
      source: 'staff',
      grantedBy: staffId,
    });
  }

  async revokeGrant(viewer: Viewer, grantId: string): Promise<void> {
    this.requireStaff(viewer);
    const grant = await this.grants.findById(grantId);
    if (!grant || !(await this.grants.revoke(grantId))) throw new AccountsException('GRANT_NOT_FOUND');
    // Open sockets of this member re-check what they may still read.
    await this.realtime.accessChanged(grant.userId);
  }

  async grantsFor(viewer: Viewer, userId: string): Promise<PremiumGrantEntity[]> {
    this.requireSignedIn(viewer);
    if (!accountsPolicy.canViewPrivateAccount(viewer, userId)) throw new AccountsException('FORBIDDEN');
    return this.grants.findForUser(userId);
  }
}
