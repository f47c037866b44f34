import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { CourseCertificateEntity } from './entities/course-certificate.entity';
import { CourseModuleProgressEntity } from './entities/course-module-progress.entity';
import { CourseQuizAttemptEntity } from './entities/course-quiz-attempt.entity';

/** A member's progress through modules, their quiz attempts, and the certificates they earned. */
@Injectable()
export class CourseProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /**
   * Serialises one member's quiz submissions for one course, so two last modules passed at the same
   * moment both see each other and exactly one of them issues the certificate.
   */
  async lockMemberCourse(userId: string, courseId: string, tx: EntityManager): Promise<void> {
    await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`course-progress:${courseId}:${userId}`]);
  }

  findForUser(userId: string, moduleIds: readonly string[], tx?: EntityManager): Promise<CourseModuleProgressEntity[]> {
    if (moduleIds.length === 0) return Promise.resolve([]);
    return this.m(tx).getRepository(CourseModuleProgressEntity).findBy({ userId, moduleId: In([...moduleIds]) });
  }

  async markRead(userId: string, moduleId: string, now: Date, tx?: EntityManager): Promise<void> {
    await this.m(tx).query(
      `insert into course_module_progress (user_id, module_id, read_at, last_activity_at) values ($1, $2, $3, $3)
       on conflict (user_id, module_id) do update set read_at = coalesce(course_module_progress.read_at, excluded.read_at), last_activity_at = excluded.last_activity_at`,
      [userId, moduleId, now],
    );
  }

  /** One attempt, and the module's progress updated from it (a pass is kept; the best score only rises). */
  async recordAttempt(
    data: { userId: string; moduleId: string; answers: { questionId: string; choiceIndex: number }[]; correctCount: number; total: number; score: number; passed: boolean; now: Date },
    tx: EntityManager,
  ): Promise<CourseModuleProgressEntity> {
    await tx.getRepository(CourseQuizAttemptEntity).insert({
      userId: data.userId,
      moduleId: data.moduleId,
      answers: data.answers,
      correctCount: data.correctCount,
      total: data.total,
      score: data.score,
      passed: data.passed,
      createdAt: data.now,
    });
    await tx.query(
      `insert into course_module_progress (user_id, module_id, read_at, attempts, last_score, best_score, passed_at, last_activity_at)
       values ($1, $2, case when $4 then $5::timestamptz end, 1, $3, $3, case when $4 then $5::timestamptz end, $5)
       on conflict (user_id, module_id) do update set
         attempts = course_module_progress.attempts + 1,
         last_score = excluded.last_score,
         best_score = greatest(course_module_progress.best_score, excluded.best_score),
         read_at = coalesce(course_module_progress.read_at, excluded.read_at),
         passed_at = coalesce(course_module_progress.passed_at, excluded.passed_at),
         last_activity_at = excluded.last_activity_at`,
      [data.userId, data.moduleId, data.score, data.passed, data.now],
    );
    return (await tx.getRepository(CourseModuleProgressEntity).findOneBy({ userId: data.userId, moduleId: data.moduleId }))!;
  }

  findCertificate(courseId: string, userId: string, tx?: EntityManager): Promise<CourseCertificateEntity | null> {
    return this.m(tx).getRepository(CourseCertificateEntity).findOneBy({ courseId, userId });
  }

  findCertificateByCode(code: string): Promise<CourseCertificateEntity | null> {
    return this.m().getRepository(CourseCertificateEntity).findOneBy({ code });
  }

  findCertificatesForUser(userId: string): Promise<CourseCertificateEntity[]> {
    return this.m().getRepository(CourseCertificateEntity).find({ where: { userId }, order: { issuedAt: 'DESC' } });
  }

  /** Issues the certificate once per member and course; a second call returns the first one. */
  async insertCertificate(data: Omit<CourseCertificateEntity, 'id'>, tx: EntityManager): Promise<CourseCertificateEntity> {
    await tx.query(
      `insert into course_certificates (course_id, user_id, code, holder_name, course_title, issued_at) values ($1, $2, $3, $4, $5, $6)
       on conflict (course_id, user_id) do nothing`,
      [data.courseId, data.userId, data.code, data.holderName, data.courseTitle, data.issuedAt],
    );
    return (await this.findCertificate(data.courseId, data.userId, tx))!;
  }
}
