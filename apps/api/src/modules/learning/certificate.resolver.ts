import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { OkResultModel } from '../accounts/graphql/account.model';
import { CourseAccessService } from './course-access.service';
import { CertificateVerificationModel, CourseAccessGrantModel } from './graphql/course.model';
import { GrantCourseAccessInput } from './graphql/learning.input';
import { toGrant, toVerification } from './graphql/learning.mapper';
import { LearningService } from './learning.service';

/** Public certificate verification, and staff grants of course access. */
@Resolver()
export class CertificateResolver {
  constructor(
    private readonly learning: LearningService,
    private readonly access: CourseAccessService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => CertificateVerificationModel, { description: 'Public: check a certificate by its verification code (name, course and date only).' })
  async verifyCertificate(@Args('code', { type: () => String }) code: string): Promise<CertificateVerificationModel> {
    return toVerification(await this.learning.verify(code));
  }

  @Query(() => [CourseAccessGrantModel], { description: 'Staff: who was given access to a course, and how.' })
  async courseAccessGrants(
    @Context() ctx: GqlContext,
    @Args('courseSlug', { type: () => String, defaultValue: CERTIFICATE_COURSE_SLUG }) courseSlug: string,
  ): Promise<CourseAccessGrantModel[]> {
    const { viewer } = await this.memberships.current(ctx);
    return (await this.access.listGrants(viewer, courseSlug.slice(0, 64))).map(toGrant);
  }

  @Mutation(() => CourseAccessGrantModel, { description: 'Staff: give a member access to a course.' })
  async grantCourseAccess(@Context() ctx: GqlContext, @Args('input') input: GrantCourseAccessInput): Promise<CourseAccessGrantModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toGrant(await this.access.grantByStaff(viewer, { courseSlug: input.courseSlug, userId: input.userId.toLowerCase(), note: input.note?.trim() || null }));
  }

  @Mutation(() => OkResultModel, { description: 'Staff: end a grant of course access (progress and certificates stay).' })
  async revokeCourseAccess(@Context() ctx: GqlContext, @Args('grantId', { type: () => ID }, IdPipe) grantId: string): Promise<OkResultModel> {
    const { viewer } = await this.memberships.current(ctx);
    await this.access.revokeByStaff(viewer, grantId);
    return { ok: true };
  }
}
