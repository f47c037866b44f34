import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FellowshipPlanStatusGql {
  SUBMITTED = 'submitted',
  IN_REVIEW = 'in_review',
  REVISION_REQUESTED = 'revision_requested',
  RESUBMITTED = 'resubmitted',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
}
registerEnumType(FellowshipPlanStatusGql, { name: 'FellowshipPlanStatus' });

export enum FellowshipPlanActionGql {
  SUBMIT = 'submit',
  START_REVIEW = 'start_review',
  COMMENT = 'comment',
  REQUEST_REVISION = 'request_revision',
  RESUBMIT = 'resubmit',
  ACCEPT = 'accept',
  DECLINE = 'decline',
}
registerEnumType(FellowshipPlanActionGql, { name: 'FellowshipPlanAction' });

export enum FellowshipEligibilitySourceGql {
  STAFF = 'staff',
  RESIDENCY_CHECK_IN = 'residency_check_in',
}
registerEnumType(FellowshipEligibilitySourceGql, { name: 'FellowshipEligibilitySource' });

@ObjectType('FellowshipAuthor', { description: 'What a plan shows about its author (to the author and reviewers).' })
export class FellowshipAuthorModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
}

@ObjectType('FellowshipPlanEvent', { description: 'One step of a plan: a transition or a comment, with who and when.' })
export class FellowshipPlanEventModel {
  @Field(() => ID) id: string;
  @Field(() => FellowshipPlanActionGql) action: FellowshipPlanActionGql;
  @Field(() => FellowshipPlanStatusGql, { nullable: true }) fromStatus: FellowshipPlanStatusGql | null;
  @Field(() => FellowshipPlanStatusGql) toStatus: FellowshipPlanStatusGql;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => String, { nullable: true, description: 'Null when the account was deleted.' }) actorName: string | null;
  @Field({ description: 'Written by the plan’s author (otherwise by a reviewer).' }) byAuthor: boolean;
  @Field() createdAt: Date;
}

@ObjectType('FellowshipPlan', { description: 'A strategic plan: visible to its author and the programme’s reviewers only.' })
export class FellowshipPlanModel {
  @Field(() => ID) id: string;
  authorId: string;
  @Field() title: string;
  @Field() goals: string;
  @Field() audience: string;
  @Field(() => [String]) platforms: string[];
  @Field() metrics: string;
  @Field({ description: 'The governance and privacy plan.' }) governance: string;
  @Field(() => FellowshipPlanStatusGql) status: FellowshipPlanStatusGql;
  @Field(() => Int, { description: 'Goes up by one with each resubmission.' }) version: number;
  @Field(() => Int, { nullable: true, description: 'The year the plan was accepted.' }) cohortYear: number | null;
  @Field() listPublicly: boolean;
  @Field(() => String, { nullable: true }) publicSummary: string | null;
  @Field() submittedAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field({ description: 'The viewer wrote this plan.' }) isMine: boolean;
  @Field(() => [FellowshipPlanActionGql], { description: 'What the viewer can do now.' }) availableActions: FellowshipPlanActionGql[];
}

@ObjectType('MyFellowship')
export class MyFellowshipModel {
  @Field({ description: 'May submit a plan (completed the Residency or let in by staff).' }) eligible: boolean;
  @Field(() => FellowshipEligibilitySourceGql, { nullable: true }) eligibilitySource: FellowshipEligibilitySourceGql | null;
  @Field({ description: 'Could submit a plan right now.' }) canSubmit: boolean;
  @Field(() => String, { nullable: true, description: 'Why not (a reason code), when canSubmit is false.' }) cannotSubmitReason: string | null;
  @Field() isReviewer: boolean;
  @Field(() => FellowshipPlanModel, { nullable: true, description: 'The latest plan (open, accepted or declined).' }) plan: FellowshipPlanModel | null;
}

@ObjectType('Fellow', { description: 'An accepted fellow listed on the public Fellows page (with their consent).' })
export class FellowModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) credentials: string | null;
  @Field() credentialsVerified: boolean;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => Int, { nullable: true }) cohortYear: number | null;
  @Field(() => String, { nullable: true, description: 'A summary the fellow chose to share; nothing else of the plan is public.' }) summary: string | null;
}

@ObjectType('FellowshipRosterEntry', { description: 'Staff: a member on the eligibility or reviewer roster.' })
export class FellowshipRosterEntryModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => FellowshipEligibilitySourceGql, { nullable: true }) source: FellowshipEligibilitySourceGql | null;
  @Field() since: Date;
}
