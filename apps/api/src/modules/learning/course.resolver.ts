import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { CertificateModel, CourseModel, CourseModuleModel, CourseModuleSummaryModel, QuizResultModel } from './graphql/course.model';
import { SubmitQuizInput } from './graphql/learning.input';
import { toCertificate, toCourse, toModule, toModuleSummary } from './graphql/learning.mapper';
import { LearningService } from './learning.service';

@Resolver(() => CourseModel)
export class CourseResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly memberships: MembershipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => CourseModel, { description: 'A course: its outline for everyone, with your access, progress and certificate.' })
  async course(
    @Context() ctx: GqlContext,
    @Args('slug', { type: () => String, defaultValue: CERTIFICATE_COURSE_SLUG }) slug: string,
  ): Promise<CourseModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toCourse(await this.learning.course(viewer, slug.slice(0, 64), ctx.loaders), this.config.publicUrl);
  }

  @Query(() => CourseModuleModel, { description: 'A module’s content and quiz (members with access to the course).' })
  async courseModule(
    @Context() ctx: GqlContext,
    @Args('courseSlug', { type: () => String, defaultValue: CERTIFICATE_COURSE_SLUG }) courseSlug: string,
    @Args('slug', { type: () => String }) slug: string,
  ): Promise<CourseModuleModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toModule(await this.learning.module(viewer, courseSlug.slice(0, 64), slug.slice(0, 64), ctx.loaders));
  }

  @Mutation(() => CourseModuleSummaryModel, { description: 'Record that you read a module (it also becomes where you continue).' })
  async markCourseModuleRead(@Context() ctx: GqlContext, @Args('moduleId', { type: () => ID }, IdPipe) moduleId: string): Promise<CourseModuleSummaryModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toModuleSummary(await this.learning.markRead(viewer, moduleId));
  }

  @Mutation(() => QuizResultModel, { description: 'Answer a module’s quiz; scored on the server. Passing the last module issues the certificate.' })
  async submitCourseQuiz(@Context() ctx: GqlContext, @Args('input') input: SubmitQuizInput): Promise<QuizResultModel> {
    const { viewer } = await this.memberships.current(ctx);
    const answers = input.answers.map((a) => ({ questionId: a.questionId.toLowerCase(), choiceIndex: a.choiceIndex }));
    const outcome = await this.learning.submitQuiz(viewer, input.moduleId.toLowerCase(), answers);
    return {
      module: toModuleSummary(outcome.outline),
      correctCount: outcome.correctCount,
      total: outcome.total,
      scorePercent: outcome.scorePercent,
      passMark: outcome.outline.module.passMark,
      passed: outcome.passed,
      results: outcome.results,
      courseComplete: outcome.courseComplete,
      certificate: outcome.certificate ? toCertificate(outcome.certificate, this.config.publicUrl) : null,
    };
  }

  @Query(() => [CertificateModel], { description: 'Your certificates.' })
  async myCertificates(@Context() ctx: GqlContext): Promise<CertificateModel[]> {
    const { viewer } = await this.memberships.current(ctx);
    return (await this.learning.myCertificates(viewer)).map((c) => toCertificate(c, this.config.publicUrl));
  }
}
