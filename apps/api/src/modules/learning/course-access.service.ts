import { Injectable } from '@nestjs/common';
import { isSignedIn, isStaff, Viewer } from '@confer/libs/access';
import { CERTIFICATE_COURSE_SLUG, courseAccess, CourseAccessDecision } from '@confer/libs/learning';
import type { Tx } from '../../core/database/transaction-runner';
import type { RequestLoaders } from '../../core/loaders/request-loaders';
import { UserRepository } from '../accounts/user.repository';
import { CourseAccessGrantRepository, GrantWithPerson } from './course-access-grant.repository';
import { CourseRepository } from './course.repository';
import { CourseAccessGrantEntity } from './entities/course-access-grant.entity';
import { LearningException, requireLearningStaff } from './learning.exception';

/**
 * The one place that decides who may study a course: it gathers the facts (effective membership
 * from the viewer, active grants) and libs/learning's `courseAccess` decides. Also the way in for
 * other areas: a $250 purchase or a Residency registration calls `grantForPurchase` /
 * `grantForResidency` inside its own checkout transaction.
 */
@Injectable()
export class CourseAccessService {
  constructor(
    private readonly grants: CourseAccessGrantRepository,
    private readonly courses: CourseRepository,
    private readonly users: UserRepository,
  ) {}

  async decide(v: Viewer, courseId: string, loaders?: RequestLoaders): Promise<CourseAccessDecision> {
    const compute = async () =>
      courseAccess({
        signedIn: isSignedIn(v),
        isStaff: isStaff(v),
        tier: v.tier,
        activeGrantSources: isSignedIn(v) ? await this.grants.activeSources(courseId, v.userId!) : [],
      });
    return loaders ? loaders.memo(`course-access:${courseId}`, compute) : compute();
  }

  // ---- for the events area (checkout and registrations) --------------------------------------

  /** Access bought on its own ($250). Idempotent per order: call it in the transaction that marks the order paid. */
  grantForPurchase(tx: Tx, input: { userId: string; orderId: string; courseSlug?: string; courseId?: string }): Promise<CourseAccessGrantEntity> {
    return this.grantReferenced(tx, input.courseId ? { id: input.courseId } : { slug: input.courseSlug ?? CERTIFICATE_COURSE_SLUG }, input.userId, 'purchase', input.orderId, 'Bought the course');
  }

  /** The Residency includes the course. Idempotent per registration: call it in the registration's transaction. */
  grantForResidency(tx: Tx, input: { userId: string; registrationId: string; courseSlug?: string }): Promise<CourseAccessGrantEntity> {
    return this.grantReferenced(tx, { slug: input.courseSlug ?? CERTIFICATE_COURSE_SLUG }, input.userId, 'residency', input.registrationId, 'Social Media Residency registration');
  }

  /** A refund or cancelled registration ends the access it gave (progress and certificates stay). */
  revokeForReference(tx: Tx, source: 'purchase' | 'residency', reference: string): Promise<number> {
    return this.grants.revokeByReference(source, reference, tx);
  }

  private async grantReferenced(tx: Tx, which: { slug: string } | { id: string }, userId: string, source: 'purchase' | 'residency', reference: string, note: string) {
    const course = 'id' in which ? await this.courses.findById(which.id, tx) : await this.courses.findBySlug(which.slug, tx);
    if (!course) throw new LearningException('COURSE_NOT_FOUND');
    return this.grants.insertReferenced({ courseId: course.id, userId, source, reference, note }, tx);
  }

  // ---- staff ---------------------------------------------------------------------------------

  private async courseOrThrow(slug: string) {
    const course = await this.courses.findBySlug(slug);
    if (!course) throw new LearningException('COURSE_NOT_FOUND');
    return course;
  }

  async listGrants(v: Viewer, courseSlug: string): Promise<GrantWithPerson[]> {
    requireLearningStaff(v);
    return this.grants.listForCourse((await this.courseOrThrow(courseSlug)).id);
  }

  async grantByStaff(v: Viewer, input: { courseSlug: string; userId: string; note: string | null }): Promise<GrantWithPerson> {
    requireLearningStaff(v);
    const course = await this.courseOrThrow(input.courseSlug);
    const user = await this.users.findById(input.userId);
    if (!user) throw new LearningException('USER_NOT_FOUND');
    try {
      const grant = await this.grants.insertStaffGrant({ courseId: course.id, userId: user.id, note: input.note, grantedBy: v.userId! });
      return { ...grant, userEmail: user.email, userDisplayName: user.displayName };
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new LearningException('ALREADY_GRANTED');
      throw e;
    }
  }

  async revokeByStaff(v: Viewer, grantId: string): Promise<void> {
    requireLearningStaff(v);
    if (!(await this.grants.revoke(grantId, v.userId))) throw new LearningException('GRANT_NOT_FOUND');
  }
}
