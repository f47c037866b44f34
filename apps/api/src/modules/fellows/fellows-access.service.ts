import { Injectable } from '@nestjs/common';
import { isStaff } from '@confer/libs/access';
import { fellowsPolicy, type FellowsViewer } from '@confer/libs/fellows';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { MembershipService } from '../accounts/membership.service';
import type { EligibilitySource } from './entities/fellowship-eligibility.entity';
import { FellowshipPlanEntity } from './entities/fellowship-plan.entity';
import { FellowshipPlanRepository } from './fellowship-plan.repository';
import { FellowshipRosterRepository } from './fellowship-roster.repository';
import { FellowsException } from './fellows.exception';

export interface ResolvedFellowsViewer extends FellowsViewer {
  eligibilitySource: EligibilitySource | null;
}

const NOBODY: ResolvedFellowsViewer = { userId: null, emailVerified: false, staff: false, reviewer: false, eligible: false, eligibilitySource: null };

/**
 * The programme's one gate: who is asking (from the session and the database) and which plans they
 * may load, always through fellowsPolicy. A plan the viewer may not see answers like a missing one.
 */
@Injectable()
export class FellowsAccessService {
  constructor(
    private readonly memberships: MembershipService,
    private readonly roster: FellowshipRosterRepository,
    private readonly plans: FellowshipPlanRepository,
  ) {}

  current(ctx: GqlContext): Promise<ResolvedFellowsViewer> {
    return ctx.loaders.memo('fellowsViewer', async () => {
      const { viewer } = await this.memberships.current(ctx);
      if (!viewer.userId) return NOBODY;
      const facts = await this.roster.factsFor(viewer.userId);
      return {
        userId: viewer.userId,
        emailVerified: viewer.emailVerified,
        staff: isStaff(viewer),
        reviewer: facts.reviewer,
        eligible: facts.eligibilitySource !== null,
        eligibilitySource: facts.eligibilitySource,
      };
    });
  }

  requireSignedIn(v: FellowsViewer): string {
    if (!v.userId) throw new FellowsException('SIGN_IN_REQUIRED');
    return v.userId;
  }

  /** Checked before any plan is loaded: being a reviewer is a fact about the caller, so it reveals nothing. */
  requireReviewer(v: FellowsViewer): string {
    const userId = this.requireSignedIn(v);
    if (!fellowsPolicy.isReviewer(v)) throw new FellowsException('NOT_REVIEWER');
    return userId;
  }

  requireStaff(v: FellowsViewer): string {
    const userId = this.requireSignedIn(v);
    if (!v.staff) throw new FellowsException('NOT_STAFF');
    return userId;
  }

  async readablePlan(v: FellowsViewer, planId: string): Promise<FellowshipPlanEntity> {
    this.requireSignedIn(v);
    const plan = await this.plans.findById(planId);
    if (!plan || !fellowsPolicy.canSeePlan(v, plan)) throw new FellowsException('PLAN_NOT_FOUND');
    return plan;
  }
}
