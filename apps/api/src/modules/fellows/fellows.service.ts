import { Inject, Injectable } from '@nestjs/common';
import {
  checkPlanFields,
  checkText,
  fellowsPolicy,
  isReviewDecision,
  PLAN_LIMITS,
  planTransition,
  type FellowsViewer,
  type PlanAction,
  type PlanStatus,
} from '@confer/libs/fellows';
import { Clock } from '../../core/clock/clock';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { Tx, TransactionRunner } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { MailService } from '../mail/mail.service';
import { FellowshipPlanEntity } from './entities/fellowship-plan.entity';
import { FellowsAccessService, ResolvedFellowsViewer } from './fellows-access.service';
import { fellowsEmails } from './fellows-emails.template';
import { FellowsException } from './fellows.exception';
import { FellowshipPlanRepository, ListedFellowRow, PlanContent } from './fellowship-plan.repository';

const UNIQUE_VIOLATION = '23505';

export interface MyFellowship {
  viewer: ResolvedFellowsViewer;
  canSubmit: boolean;
  cannotSubmitReason: string | null;
  plan: FellowshipPlanEntity | null;
}

/** Strategic plans: submission, review, the timeline, and the public list of fellows. */
@Injectable()
export class FellowsService {
  constructor(
    private readonly plans: FellowshipPlanRepository,
    private readonly users: UserRepository,
    private readonly access: FellowsAccessService,
    private readonly transactions: TransactionRunner,
    private readonly mail: MailService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async mine(v: ResolvedFellowsViewer): Promise<MyFellowship> {
    const userId = this.access.requireSignedIn(v);
    const plan = await this.plans.findLatestByAuthor(userId);
    const decision = fellowsPolicy.canSubmit(v, plan !== null && plan.status !== 'declined');
    return { viewer: v, canSubmit: decision.ok, cannotSubmitReason: decision.ok ? null : decision.reason, plan };
  }

  async submit(v: FellowsViewer, input: PlanContent): Promise<FellowshipPlanEntity> {
    const content = this.validContent(input);
    return this.transactions.run(async (tx) => {
      const userId = this.access.requireSignedIn(v);
      const existing = await this.plans.findLiveByAuthor(userId, tx);
      const decision = fellowsPolicy.canSubmit(v, existing !== null);
      if (!decision.ok) throw new FellowsException(decision.reason);
      let plan: FellowshipPlanEntity;
      try {
        plan = await this.plans.insert(userId, content, tx);
      } catch (e) {
        // Two submissions at once: the unique index lets one through.
        if ((e as { code?: string }).code === UNIQUE_VIOLATION) throw new FellowsException('PLAN_EXISTS');
        throw e;
      }
      await this.plans.insertEvent({ planId: plan.id, actorId: userId, action: 'submit', fromStatus: null, toStatus: 'submitted', comment: null }, tx);
      return plan;
    });
  }

  /** The author sends a revised plan back after a reviewer asked for changes. */
  async resubmit(v: FellowsViewer, input: PlanContent, note: string | null | undefined): Promise<FellowshipPlanEntity> {
    const content = this.validContent(input);
    const comment = this.validComment(note);
    const userId = this.access.requireSignedIn(v);
    const planId = await this.transactions.run(async (tx) => {
      const plan = await this.plans.findLiveByAuthor(userId, tx, true);
      if (!plan) throw new FellowsException('PLAN_NOT_FOUND');
      const to = this.transition(plan.status, 'resubmit', 'author', comment);
      await this.plans.updateContent(plan.id, content, to, tx);
      await this.plans.insertEvent({ planId: plan.id, actorId: userId, action: 'resubmit', fromStatus: plan.status, toStatus: to, comment }, tx);
      return plan.id;
    });
    return (await this.plans.findById(planId))!;
  }

  /** A reviewer's step. The row lock serialises reviewers, so a plan is decided once. */
  async review(v: FellowsViewer, planId: string, action: PlanAction, rawComment: string | null | undefined): Promise<FellowshipPlanEntity> {
    const reviewerId = this.access.requireReviewer(v);
    const comment = this.validComment(rawComment);
    await this.transactions.run(async (tx) => {
      const plan = await this.plans.findByIdForUpdate(planId, tx);
      if (!plan) throw new FellowsException('PLAN_NOT_FOUND');
      if (!fellowsPolicy.canReviewPlan(v, plan)) throw new FellowsException('OWN_PLAN');
      const to = this.transition(plan.status, action, 'reviewer', comment);
      if (to !== plan.status) {
        const decided = to === 'accepted' || to === 'declined' ? { cohortYear: this.clock.now().getUTCFullYear() } : null;
        await this.plans.updateStatus(plan.id, to, decided, tx);
      }
      await this.plans.insertEvent({ planId: plan.id, actorId: reviewerId, action, fromStatus: plan.status, toStatus: to, comment }, tx);
      if (isReviewDecision(action)) await this.emailAuthor(tx, plan.authorId, action);
    });
    return (await this.plans.findById(planId))!;
  }

  /** An accepted fellow chooses whether to appear on the public page, and what summary to share. */
  async setListing(v: FellowsViewer, listPublicly: boolean, summary: string | null | undefined): Promise<FellowshipPlanEntity> {
    const userId = this.access.requireSignedIn(v);
    const clean = checkText(summary, PLAN_LIMITS.publicSummary.max);
    if (!clean.ok) throw new FellowsException('TEXT_TOO_LONG', { fields: { publicSummary: clean.message } });
    const plan = await this.plans.findLiveByAuthor(userId);
    if (!plan || plan.status !== 'accepted') throw new FellowsException('NOT_ACCEPTED');
    await this.plans.updateListing(plan.id, listPublicly, clean.value);
    return (await this.plans.findById(plan.id))!;
  }

  async reviewQueue(v: FellowsViewer, statuses: PlanStatus[] | null): Promise<FellowshipPlanEntity[]> {
    this.access.requireReviewer(v);
    const wanted: PlanStatus[] = statuses && statuses.length > 0 ? statuses : ['submitted', 'resubmitted', 'in_review', 'revision_requested'];
    return this.plans.findByStatuses(wanted, 200);
  }

  /** Public: name, credentials, organization, cohort and the chosen summary; nothing else of the plan. */
  listedFellows(): Promise<ListedFellowRow[]> {
    return this.plans.listedFellows();
  }

  private validContent(input: PlanContent): PlanContent {
    const problems = checkPlanFields(input);
    if (Object.keys(problems).length > 0) throw new FellowsException('INVALID_PLAN', { fields: problems });
    return {
      title: input.title.trim(),
      goals: input.goals.trim(),
      audience: input.audience.trim(),
      platforms: [...new Set(input.platforms)],
      metrics: input.metrics.trim(),
      governance: input.governance.trim(),
    };
  }

  private validComment(comment: string | null | undefined): string | null {
    const clean = checkText(comment, PLAN_LIMITS.comment.max);
    if (!clean.ok) throw new FellowsException('TEXT_TOO_LONG', { fields: { comment: clean.message } });
    return clean.value;
  }

  private transition(from: PlanStatus, action: PlanAction, actor: 'author' | 'reviewer', comment: string | null): PlanStatus {
    const result = planTransition(from, action, actor, comment);
    if (!result.ok) throw new FellowsException(result.reason);
    return result.to;
  }

  private async emailAuthor(tx: Tx, authorId: string, action: PlanAction): Promise<void> {
    const author = await this.users.findById(authorId, tx);
    if (!author) return;
    const mail = fellowsEmails.decision(author.displayName, action, `${this.config.publicUrl}/fellows/plan`);
    await this.mail.enqueue(tx, { kind: `fellows-${action}`, to: author.email, ...mail });
  }
}
