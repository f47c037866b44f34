import { Injectable } from '@nestjs/common';
import { availablePlanActions, fellowsPolicy, type FellowsViewer } from '@confer/libs/fellows';
import { FellowshipPlanEntity } from './entities/fellowship-plan.entity';
import { FellowshipPlanActionGql, FellowshipPlanModel, FellowshipPlanStatusGql } from './graphql/fellows.model';

/** Plans as their author or a reviewer sees them (callers have already passed the access check). */
@Injectable()
export class FellowsPresenter {
  plan(v: FellowsViewer, p: FellowshipPlanEntity): FellowshipPlanModel {
    const isMine = p.authorId === v.userId;
    const actions = isMine ? availablePlanActions(p.status, 'author') : fellowsPolicy.canReviewPlan(v, p) ? availablePlanActions(p.status, 'reviewer') : [];
    return {
      id: p.id,
      authorId: p.authorId,
      title: p.title,
      goals: p.goals,
      audience: p.audience,
      platforms: p.platforms,
      metrics: p.metrics,
      governance: p.governance,
      status: p.status as FellowshipPlanStatusGql,
      version: p.version,
      cohortYear: p.cohortYear,
      listPublicly: p.listPublicly,
      publicSummary: p.publicSummary,
      submittedAt: p.submittedAt,
      updatedAt: p.updatedAt,
      decidedAt: p.decidedAt,
      isMine,
      availableActions: actions as FellowshipPlanActionGql[],
    };
  }
}
