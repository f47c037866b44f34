import { Injectable } from '@nestjs/common';
import { checkText, PLAN_LIMITS, type FellowsViewer } from '@confer/libs/fellows';
import { normalizeEmail } from '@confer/libs/text';
import { Tx } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { FellowsAccessService } from './fellows-access.service';
import { FellowsException } from './fellows.exception';
import { FellowshipRosterRepository, RosterRow } from './fellowship-roster.repository';

/**
 * Who may submit a plan. The Residency check-in records attendance here; staff can let a member in
 * by hand (an attendee checked in on paper, a Residency held elsewhere).
 */
@Injectable()
export class FellowshipEligibilityService {
  constructor(
    private readonly roster: FellowshipRosterRepository,
    private readonly users: UserRepository,
    private readonly access: FellowsAccessService,
  ) {}

  /**
   * For the events check-in: call inside the check-in's own transaction when an attendee is checked
   * in at a Residency event, so both commit or neither does. Idempotent (a second check-in, or an
   * earlier staff grant, changes nothing); answers whether a new grant was written.
   */
  grantFromResidencyCheckIn(tx: Tx, attendee: { userId: string; checkInRef: string }): Promise<boolean> {
    return this.roster.grantEligibility({ userId: attendee.userId, source: 'residency_check_in', sourceRef: attendee.checkInRef, note: null, grantedBy: null }, tx);
  }

  async grantByStaff(v: FellowsViewer, email: string, note: string | null | undefined): Promise<RosterRow> {
    const staffId = this.access.requireStaff(v);
    const user = await this.findUser(email);
    const cleanNote = checkText(note, PLAN_LIMITS.publicSummary.max);
    if (!cleanNote.ok) throw new FellowsException('TEXT_TOO_LONG', { fields: { note: cleanNote.message } });
    await this.roster.grantEligibility({ userId: user.id, source: 'staff', sourceRef: null, note: cleanNote.value, grantedBy: staffId });
    // The grant in force: this one, or an earlier Residency check-in that it does not replace.
    return (await this.roster.eligibleMembers(user.id))[0];
  }

  /** Takes back the right to submit; a plan already submitted stays in review. */
  async revokeByStaff(v: FellowsViewer, email: string): Promise<boolean> {
    this.access.requireStaff(v);
    return this.roster.revokeEligibility((await this.findUser(email)).id);
  }

  async setReviewer(v: FellowsViewer, email: string, reviewer: boolean): Promise<void> {
    const staffId = this.access.requireStaff(v);
    await this.roster.setReviewer((await this.findUser(email)).id, reviewer, staffId);
  }

  async listRoster(v: FellowsViewer, which: 'eligible' | 'reviewers'): Promise<RosterRow[]> {
    this.access.requireStaff(v);
    return which === 'eligible' ? this.roster.eligibleMembers() : this.roster.reviewers();
  }

  private async findUser(email: string) {
    const user = await this.users.findByEmail(normalizeEmail(email));
    if (!user) throw new FellowsException('USER_NOT_FOUND');
    return user;
  }
}
