import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CourseAccessViaGql {
  STAFF_ROLE = 'staff_role',
  PREMIUM = 'premium',
  STAFF = 'staff',
  PURCHASE = 'purchase',
  RESIDENCY = 'residency',
}
registerEnumType(CourseAccessViaGql, { name: 'CourseAccessVia', description: 'STAFF_ROLE: staff run the course; STAFF, PURCHASE, RESIDENCY: a grant of that kind.' });

export enum CourseAccessMissingGql {
  SIGN_IN = 'sign_in',
  MEMBERSHIP_OR_PURCHASE = 'membership_or_purchase',
}
registerEnumType(CourseAccessMissingGql, { name: 'CourseAccessMissing' });

export enum ModuleStatusGql {
  NOT_STARTED = 'not_started',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
}
registerEnumType(ModuleStatusGql, { name: 'ModuleStatus' });

export enum CourseGrantSourceGql {
  STAFF = 'staff',
  PURCHASE = 'purchase',
  RESIDENCY = 'residency',
}
registerEnumType(CourseGrantSourceGql, { name: 'CourseGrantSource' });

@ObjectType('CourseAccess')
export class CourseAccessModel {
  @Field({ description: 'Whether the viewer may read the modules and take the quizzes.' }) canStudy: boolean;
  @Field(() => CourseAccessViaGql, { nullable: true }) via: CourseAccessViaGql | null;
  @Field(() => CourseAccessMissingGql, { nullable: true, description: 'What would open the course, when it is closed.' }) missing: CourseAccessMissingGql | null;
}

/** What everyone sees of a module (the outline), plus the viewer's own progress. */
@ObjectType('CourseModuleSummary')
export class CourseModuleSummaryModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => Int, { description: 'Percent of quiz answers needed to pass.' }) passMark: number;
  @Field(() => Int) questionCount: number;
  @Field(() => ModuleStatusGql) status: ModuleStatusGql;
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true }) bestScore: number | null;
  @Field(() => Int, { nullable: true }) lastScore: number | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field(() => Date, { nullable: true }) passedAt: Date | null;
}

@ObjectType('QuizQuestion')
export class QuizQuestionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() prompt: string;
  @Field(() => [String]) choices: string[];
}

/** A module's content and quiz: only for viewers who may study the course. */
@ObjectType('CourseModule')
export class CourseModuleModel extends CourseModuleSummaryModel {
  @Field() courseSlug: string;
  @Field() courseTitle: string;
  @Field({ description: 'Markdown rendered and sanitised on the server.' }) contentHtml: string;
  @Field(() => String, { nullable: true }) videoUrl: string | null;
  @Field(() => [QuizQuestionModel]) questions: QuizQuestionModel[];
  @Field(() => String, { nullable: true }) previousModuleSlug: string | null;
  @Field(() => String, { nullable: true }) nextModuleSlug: string | null;
}

@ObjectType('CourseProgress')
export class CourseProgressModel {
  @Field(() => Int) totalModules: number;
  @Field(() => Int) completedModules: number;
  @Field(() => Int) percent: number;
  @Field(() => String, { nullable: true, description: 'Where to continue: the latest module touched and not finished, else the first unfinished one.' })
  resumeModuleSlug: string | null;
  @Field() complete: boolean;
}

@ObjectType('Certificate')
export class CertificateModel {
  @Field() code: string;
  @Field() courseTitle: string;
  @Field() holderName: string;
  @Field() issuedAt: Date;
  @Field({ description: 'The public verification page.' }) verifyUrl: string;
  @Field({ description: 'The PDF (for its holder and staff).' }) pdfUrl: string;
}

/** What the public verification page shows: name, course, date — nothing else. */
@ObjectType('CertificateVerification')
export class CertificateVerificationModel {
  @Field() code: string;
  @Field() holderName: string;
  @Field() courseTitle: string;
  @Field() issuedAt: Date;
}

@ObjectType('Course')
export class CourseModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => Int, { description: 'Price on its own, in US cents.' }) priceCents: number;
  @Field(() => CourseAccessModel) access: CourseAccessModel;
  @Field(() => [CourseModuleSummaryModel]) modules: CourseModuleSummaryModel[];
  @Field(() => Int) totalMinutes: number;
  @Field(() => CourseProgressModel, { nullable: true, description: 'The viewer’s progress (when they may study the course).' }) progress: CourseProgressModel | null;
  @Field(() => CertificateModel, { nullable: true, description: 'The viewer’s certificate, once earned.' }) certificate: CertificateModel | null;
}

@ObjectType('QuizAnswerResult')
export class QuizAnswerResultModel {
  @Field(() => ID) questionId: string;
  @Field(() => Int) choiceIndex: number;
  @Field({ description: 'Whether this answer was right (the right choice itself is never sent).' }) correct: boolean;
}

@ObjectType('QuizResult')
export class QuizResultModel {
  @Field(() => CourseModuleSummaryModel) module: CourseModuleSummaryModel;
  @Field(() => Int) correctCount: number;
  @Field(() => Int) total: number;
  @Field(() => Int) scorePercent: number;
  @Field(() => Int) passMark: number;
  @Field() passed: boolean;
  @Field(() => [QuizAnswerResultModel]) results: QuizAnswerResultModel[];
  @Field() courseComplete: boolean;
  @Field(() => CertificateModel, { nullable: true }) certificate: CertificateModel | null;
}

@ObjectType('CourseAccessGrant')
export class CourseAccessGrantModel {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field() userEmail: string;
  @Field() userDisplayName: string;
  @Field(() => CourseGrantSourceGql) source: CourseGrantSourceGql;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('QuizQuestionDraft')
export class QuizQuestionDraftModel {
  @Field() prompt: string;
  @Field(() => [String]) choices: string[];
  @Field(() => Int, { description: 'The right answer: sent to staff only, for editing.' }) correctIndex: number;
}

/** A module as staff edit it (markdown source and the answer key). */
@ObjectType('CourseModuleDraft')
export class CourseModuleDraftModel {
  @Field(() => ID) id: string;
  @Field() courseSlug: string;
  @Field() slug: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => Int) estimatedMinutes: number;
  @Field() contentMd: string;
  @Field(() => String, { nullable: true }) videoUrl: string | null;
  @Field(() => Int) passMark: number;
  @Field(() => [QuizQuestionDraftModel]) questions: QuizQuestionDraftModel[];
}
