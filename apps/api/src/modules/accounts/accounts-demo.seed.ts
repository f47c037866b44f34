import { Injectable } from '@nestjs/common';
import type { Role } from '@confer/libs/accounts/roles';
import { Tx } from '../../core/database/transaction-runner';
import { OrganizationRepository } from './organization.repository';
import { PasswordHasher } from './password-hasher';
import { PremiumGrantRepository } from './premium-grant.repository';
import { UserRepository } from './user.repository';

export const DEMO_PASSWORD = 'confer-demo-2026';

interface DemoPerson {
  email: string;
  displayName: string;
  roles?: Role[];
  credentials?: string;
  verified?: boolean;
  jobTitle?: string;
  organizationName?: string;
  timeZone?: string;
  premiumMonths?: number;
  label: string;
}

const PEOPLE: DemoPerson[] = [
  { email: 'admin@confer.test', displayName: 'Avery Admin', roles: ['staff'], jobTitle: 'Network director', label: 'staff admin' },
  { email: 'moderator@confer.test', displayName: 'Morgan Reyes', roles: ['moderator'], jobTitle: 'Community moderator', label: 'moderator' },
  { email: 'ada.okafor@confer.test', displayName: 'Ada Okafor', roles: ['expert'], credentials: 'MD, MPH', verified: true, jobTitle: 'Chief medical social media officer', organizationName: 'Riverside Health', label: 'expert' },
  { email: 'lee.park@confer.test', displayName: 'Lee Park', roles: ['expert'], credentials: 'MBA', verified: true, jobTitle: 'Digital strategy lead', organizationName: 'Northshore Medical Center', timeZone: 'America/Chicago', label: 'expert' },
  { email: 'sarah.chen@confer.test', displayName: 'Sarah Chen', credentials: 'RN, BSN', verified: true, jobTitle: 'Nurse educator', organizationName: 'Bayview Hospital', premiumMonths: 12, label: 'premium member' },
  { email: 'david.miller@confer.test', displayName: 'David Miller', credentials: 'PharmD', jobTitle: 'Clinical pharmacist', organizationName: 'Lakeside Clinic', premiumMonths: 12, label: 'premium member' },
  { email: 'priya.patel@confer.test', displayName: 'Priya Patel', credentials: 'PhD', jobTitle: 'Health communication researcher', organizationName: 'State University', timeZone: 'Europe/London', premiumMonths: 6, label: 'premium member' },
  { email: 'marcus.johnson@confer.test', displayName: 'Marcus Johnson', jobTitle: 'Social media manager', organizationName: 'Coastal Children’s Hospital', timeZone: 'America/Los_Angeles', premiumMonths: 12, label: 'premium member' },
  { email: 'elena.garcia@confer.test', displayName: 'Elena Garcia', credentials: 'MD', jobTitle: 'Family physician', organizationName: 'Sunrise Family Practice', timeZone: 'Europe/Berlin', premiumMonths: 1, label: 'premium member' },
  { email: 'jane.doe@mayo.edu', displayName: 'Jane Doe', credentials: 'MD', verified: true, jobTitle: 'Physician, Department of Medicine', organizationName: 'Mayo Clinic', timeZone: 'America/Chicago', label: 'member covered by Mayo Clinic (and its org admin)' },
  { email: 'guest@confer.test', displayName: 'Gabe Guest', jobTitle: 'Marketing coordinator', label: 'guest (free account)' },
];

/** The accounts part of the demo data: one of each kind of person, all with the same password. */
@Injectable()
export class AccountsDemoSeed {
  constructor(
    private readonly users: UserRepository,
    private readonly grants: PremiumGrantRepository,
    private readonly organizations: OrganizationRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async run(tx: Tx): Promise<{ email: string; label: string }[]> {
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const now = new Date();
    const ids = new Map<string, string>();
    for (const p of PEOPLE) {
      const user = await this.users.insertIfNew(
        {
          email: p.email,
          passwordHash,
          displayName: p.displayName,
          timeZone: p.timeZone ?? 'America/New_York',
          roles: ['member', ...(p.roles ?? [])],
          emailVerifiedAt: now,
          credentials: p.credentials ?? null,
          credentialsVerified: p.verified ?? false,
          jobTitle: p.jobTitle ?? null,
          organizationName: p.organizationName ?? null,
        },
        tx,
      );
      if (!user) continue;
      ids.set(p.email, user.id);
      if (p.premiumMonths) {
        const endsAt = new Date(now);
        endsAt.setMonth(endsAt.getMonth() + p.premiumMonths);
        await this.grants.insert({ userId: user.id, startsAt: now, endsAt, note: 'Demo membership', source: 'staff', grantedBy: null }, tx);
      }
    }
    const yearEnd = new Date(now);
    yearEnd.setFullYear(yearEnd.getFullYear() + 1);
    const mayo = await this.organizations.insert({ name: 'Mayo Clinic', membershipStartsAt: now, membershipEndsAt: yearEnd }, tx);
    await this.organizations.insertDomainIfFree({ organizationId: mayo.id, domain: 'mayo.edu', approvedAt: now, approvedBy: ids.get('admin@confer.test') ?? null }, tx);
    const jane = ids.get('jane.doe@mayo.edu');
    if (jane) await this.organizations.addAdmin(mayo.id, jane, tx);
    return PEOPLE.map((p) => ({ email: p.email, label: p.label }));
  }
}
