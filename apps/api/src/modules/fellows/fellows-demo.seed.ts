import { Injectable } from '@nestjs/common';
import type { PlanAction, PlanStatus } from '@confer/libs/fellows';
import { Tx } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { FellowshipPlanRepository, PlanContent } from './fellowship-plan.repository';
import { FellowshipRosterRepository } from './fellowship-roster.repository';

const SARAH_PLAN: PlanContent = {
  title: 'Bayview nurses on Instagram: recruiting and teaching in the open',
  goals: 'Show prospective nurses what working at Bayview is like, and publish short patient-education clips on wound care and medication safety that our educators already teach in person.',
  audience: 'Nursing students and new graduates within 100 miles; patients and carers looking for trustworthy after-discharge advice.',
  platforms: ['instagram', 'linkedin', 'youtube'],
  metrics: 'Applications citing social media as the source (quarterly), saves and shares of education clips, and questions answered within one business day.',
  governance: 'Two people proof-read before posting. No patient, record or room number appears without signed consent kept by marketing. Comments are moderated to a written policy; legal and compliance reviewed the plan before launch.',
};

const MARCUS_PLAN: PlanContent = {
  title: 'Coastal Children’s: a family-facing Instagram pilot',
  goals: 'Give families a friendly, accurate picture of a hospital stay and reduce anxious calls before admission.',
  audience: 'Parents of children with planned admissions, and local paediatric practices.',
  platforms: ['instagram'],
  metrics: 'Pre-admission calls per 100 admissions, follower growth among local parents, and survey answers at discharge.',
  governance: 'A three-month pilot with an exit rule agreed with legal: any privacy incident closes the account.',
};

/** Demo: staff and an expert review; Sarah is an accepted, listed fellow; Marcus was asked to revise; David may submit. */
@Injectable()
export class FellowsDemoSeed {
  constructor(
    private readonly users: UserRepository,
    private readonly roster: FellowshipRosterRepository,
    private readonly plans: FellowshipPlanRepository,
  ) {}

  async run(tx: Tx): Promise<void> {
    const id = async (email: string) => (await this.users.findByEmail(email, tx))?.id ?? null;
    // One connection in a transaction: one query at a time.
    const ids: (string | null)[] = [];
    for (const email of ['admin@confer.test', 'ada.okafor@confer.test', 'sarah.chen@confer.test', 'marcus.johnson@confer.test', 'david.miller@confer.test']) ids.push(await id(email));
    const [admin, ada, sarah, marcus, david] = ids;
    if (!admin || !ada || !sarah || !marcus || !david) return;
    await this.roster.setReviewer(ada, true, admin, tx);
    for (const [userId, source] of [[sarah, 'residency_check_in'], [marcus, 'residency_check_in'], [david, 'staff']] as const) {
      await this.roster.grantEligibility({ userId, source, sourceRef: source === 'staff' ? null : 'demo-residency', note: null, grantedBy: source === 'staff' ? admin : null }, tx);
    }

    const accepted = await this.plans.insert(sarah, SARAH_PLAN, tx);
    await this.steps(tx, accepted.id, [
      [sarah, 'submit', null, 'submitted', null],
      [ada, 'start_review', 'submitted', 'in_review', null],
      [ada, 'accept', 'in_review', 'accepted', 'A clear plan with governance legal already signed off. Welcome to the Fellows.'],
    ]);
    await this.plans.updateStatus(accepted.id, 'accepted', { cohortYear: new Date().getUTCFullYear() }, tx);
    await tx.query(`update fellowship_plans set list_publicly = true, public_summary = $2 where id = $1`, [
      accepted.id,
      'Recruiting nurses and teaching patients on Instagram, with consent and two-person proof-reading.',
    ]);

    const revising = await this.plans.insert(marcus, MARCUS_PLAN, tx);
    await this.steps(tx, revising.id, [
      [marcus, 'submit', null, 'submitted', null],
      [admin, 'start_review', 'submitted', 'in_review', null],
      [admin, 'request_revision', 'in_review', 'revision_requested', 'Please add how you will answer medical questions in comments, and who covers weekends.'],
    ]);
    await this.plans.updateStatus(revising.id, 'revision_requested', null, tx);
  }

  private async steps(tx: Tx, planId: string, steps: [string, PlanAction, PlanStatus | null, PlanStatus, string | null][]): Promise<void> {
    for (const [actorId, action, fromStatus, toStatus, comment] of steps) {
      await this.plans.insertEvent({ planId, actorId, action, fromStatus, toStatus, comment }, tx);
    }
  }
}
