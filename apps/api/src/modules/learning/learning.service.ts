import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { isSignedIn, isStaff, Viewer } from '@confer/libs/access';
import {
  CourseAccessDecision,
  courseProgress,
  CourseProgressSummary,
  formatVerificationCode,
  moduleStatus,
  ModuleStatus,
  normalizeVerificationCode,
  QuizAnswer,
  scoreQuiz,
  VERIFICATION_CODE_BYTES,
} from '@confer/libs/learning';
import { Clock } from '../../core/clock/clock';
import { TransactionRunner } from '../../core/database/transaction-runner';
import type { RequestLoaders } from '../../core/loaders/request-loaders';
import { UserRepository } from '../accounts/user.repository';
import { CourseAccessService } from './course-access.service';
import { CourseProgressRepository } from './course-progress.repository';
import { CourseRepository } from './course.repository';
import { CourseCertificateEntity } from './entities/course-certificate.entity';
import { CourseModuleProgressEntity } from './entities/course-module-progress.entity';
import { CourseModuleEntity } from './entities/course-module.entity';
import { CourseEntity } from './entities/course.entity';
import { LearningException } from './learning.exception';

export interface ModuleOutline {
  module: CourseModuleEntity;
  questionCount: number;
  status: ModuleStatus;
  progress: CourseModuleProgressEntity | null;
}

export interface CourseView {
  course: CourseEntity;
  access: CourseAccessDecision;
  modules: ModuleOutline[];
  /** Only for a viewer who may study the course. */
  progress: (CourseProgressSummary & { resumeModuleSlug: string | null }) | null;
  certificate: CourseCertificateEntity | null;
}

export interface ModuleView extends ModuleOutline {
  course: CourseEntity;
  /** Prompts and choices only: the answer key stays here. */
  questions: { id: string; position: number; prompt: string; choices: string[] }[];
  previousSlug: string | null;
  nextSlug: string | null;
}

export interface QuizOutcome {
  outline: ModuleOutline;
  correctCount: number;
  total: number;
  scorePercent: number;
  passed: boolean;
  results: { questionId: string; choiceIndex: number; correct: boolean }[];
  courseComplete: boolean;
  certificate: CourseCertificateEntity | null;
}

/**
 * The certificate course for members: outline for everyone, content and quizzes for those
 * `CourseAccessService` lets in, progress, scoring on the server, and certificates.
 */
@Injectable()
export class LearningService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly progress: CourseProgressRepository,
    private readonly access: CourseAccessService,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  private async courseOrThrow(slug: string): Promise<CourseEntity> {
    const course = await this.courses.findBySlug(slug);
    if (!course) throw new LearningException('COURSE_NOT_FOUND');
    return course;
  }

  private async requireStudy(v: Viewer, course: CourseEntity, loaders?: RequestLoaders): Promise<string> {
    const decision = await this.access.decide(v, course.id, loaders);
    if (!decision.canStudy) throw new LearningException(decision.missing === 'sign_in' ? 'SIGN_IN_REQUIRED' : 'COURSE_ACCESS_REQUIRED');
    return v.userId!;
  }

  private outline(modules: CourseModuleEntity[], counts: Map<string, number>, rows: CourseModuleProgressEntity[]): ModuleOutline[] {
    const byModule = new Map(rows.map((r) => [r.moduleId, r]));
    return modules.map((module) => {
      const progress = byModule.get(module.id) ?? null;
      return { module, questionCount: counts.get(module.id) ?? 0, progress, status: moduleStatus(progress) };
    });
  }

  async course(v: Viewer, slug: string, loaders?: RequestLoaders): Promise<CourseView> {
    const course = await this.courseOrThrow(slug);
    const [access, modules] = await Promise.all([this.access.decide(v, course.id, loaders), this.courses.findModules(course.id)]);
    const moduleIds = modules.map((m) => m.id);
    const signedIn = isSignedIn(v);
    const [counts, rows, certificate] = await Promise.all([
      this.courses.countQuestions(moduleIds),
      signedIn ? this.progress.findForUser(v.userId!, moduleIds) : Promise.resolve([]),
      signedIn ? this.progress.findCertificate(course.id, v.userId!) : Promise.resolve(null),
    ]);
    const outline = this.outline(modules, counts, rows);
    let progress: CourseView['progress'] = null;
    if (access.canStudy) {
      const summary = courseProgress(
        outline.map((o) => ({
          moduleId: o.module.id,
          position: o.module.position,
          readAt: o.progress?.readAt ?? null,
          passedAt: o.progress?.passedAt ?? null,
          lastActivityAt: o.progress?.lastActivityAt ?? null,
        })),
      );
      progress = { ...summary, resumeModuleSlug: modules.find((m) => m.id === summary.resumeModuleId)?.slug ?? null };
    }
    return { course, access, modules: outline, progress, certificate };
  }

  async module(v: Viewer, courseSlug: string, moduleSlug: string, loaders?: RequestLoaders): Promise<ModuleView> {
    const course = await this.courseOrThrow(courseSlug);
    const module = await this.courses.findModuleBySlug(course.id, moduleSlug);
    if (!module) throw new LearningException('MODULE_NOT_FOUND');
    const userId = await this.requireStudy(v, course, loaders);
    const [questions, modules, rows] = await Promise.all([
      this.courses.findQuestions(module.id),
      this.courses.findModules(course.id),
      this.progress.findForUser(userId, [module.id]),
    ]);
    const index = modules.findIndex((m) => m.id === module.id);
    const progress = rows[0] ?? null;
    return {
      course,
      module,
      questionCount: questions.length,
      progress,
      status: moduleStatus(progress),
      questions: questions.map(({ id, position, prompt, choices }) => ({ id, position, prompt, choices })),
      previousSlug: modules[index - 1]?.slug ?? null,
      nextSlug: modules[index + 1]?.slug ?? null,
    };
  }

  private async moduleWithCourse(moduleId: string): Promise<{ module: CourseModuleEntity; course: CourseEntity }> {
    const module = await this.courses.findModuleById(moduleId);
    const course = module ? await this.courses.findById(module.courseId) : null;
    if (!module || !course) throw new LearningException('MODULE_NOT_FOUND');
    return { module, course };
  }

  async markRead(v: Viewer, moduleId: string): Promise<ModuleOutline> {
    const { module, course } = await this.moduleWithCourse(moduleId);
    const userId = await this.requireStudy(v, course);
    await this.progress.markRead(userId, module.id, this.clock.now());
    const [counts, rows] = await Promise.all([this.courses.countQuestions([module.id]), this.progress.findForUser(userId, [module.id])]);
    return this.outline([module], counts, rows)[0];
  }

  /**
   * Scores a quiz on the server. A refused submission (another module's question, a missing or
   * repeated answer, a choice that does not exist) writes nothing. Passing the last unfinished
   * module issues the certificate in the same transaction.
   */
  async submitQuiz(v: Viewer, moduleId: string, answers: QuizAnswer[]): Promise<QuizOutcome> {
    const { module, course } = await this.moduleWithCourse(moduleId);
    const userId = await this.requireStudy(v, course);
    return this.transactions.run(async (tx) => {
      const questions = await this.courses.findQuestions(module.id, tx);
      const score = scoreQuiz(
        questions.map((q) => ({ id: q.id, choiceCount: q.choices.length, correctIndex: q.correctIndex })),
        answers,
        module.passMark,
      );
      if (!score.ok) {
        throw new LearningException(score.problem, score.questionId ? { extra: { questionId: score.questionId } } : {});
      }
      await this.progress.lockMemberCourse(userId, course.id, tx);
      const now = this.clock.now();
      const progress = await this.progress.recordAttempt(
        { userId, moduleId: module.id, answers, correctCount: score.correctCount, total: score.total, score: score.scorePercent, passed: score.passed, now },
        tx,
      );
      const modules = await this.courses.findModules(course.id, tx);
      const rows = await this.progress.findForUser(userId, modules.map((m) => m.id), tx);
      const complete = courseProgress(
        modules.map((m) => {
          const row = rows.find((r) => r.moduleId === m.id);
          return { moduleId: m.id, position: m.position, readAt: row?.readAt ?? null, passedAt: row?.passedAt ?? null, lastActivityAt: row?.lastActivityAt ?? null };
        }),
      ).complete;
      let certificate = await this.progress.findCertificate(course.id, userId, tx);
      if (complete && !certificate) {
        const user = await this.users.findById(userId, tx);
        certificate = await this.progress.insertCertificate(
          {
            courseId: course.id,
            userId,
            code: formatVerificationCode(randomBytes(VERIFICATION_CODE_BYTES)),
            holderName: user!.displayName,
            courseTitle: course.title,
            issuedAt: now,
          },
          tx,
        );
      }
      const chosen = new Map(answers.map((a) => [a.questionId, a.choiceIndex]));
      return {
        outline: { module, progress, questionCount: score.total, status: moduleStatus(progress) },
        correctCount: score.correctCount,
        total: score.total,
        scorePercent: score.scorePercent,
        passed: score.passed,
        results: score.results.map((r) => ({ ...r, choiceIndex: chosen.get(r.questionId)! })),
        courseComplete: complete,
        certificate,
      };
    });
  }

  async myCertificates(v: Viewer): Promise<CourseCertificateEntity[]> {
    if (!isSignedIn(v)) throw new LearningException('SIGN_IN_REQUIRED');
    return this.progress.findCertificatesForUser(v.userId!);
  }

  /** The public check: name, course and date of a real code; a made-up one is NOT_FOUND. */
  async verify(input: string): Promise<CourseCertificateEntity> {
    const code = normalizeVerificationCode(input);
    if (!code) throw new LearningException('INVALID_CERTIFICATE_CODE');
    const certificate = await this.progress.findCertificateByCode(code);
    if (!certificate) throw new LearningException('CERTIFICATE_NOT_FOUND');
    return certificate;
  }

  /** The PDF is for its holder and staff; to anyone else it does not exist. */
  async certificateForDownload(v: Viewer, input: string): Promise<CourseCertificateEntity> {
    if (!isSignedIn(v)) throw new LearningException('SIGN_IN_REQUIRED');
    const code = normalizeVerificationCode(input);
    const certificate = code ? await this.progress.findCertificateByCode(code) : null;
    if (!certificate || (certificate.userId !== v.userId && !isStaff(v))) throw new LearningException('CERTIFICATE_NOT_FOUND');
    return certificate;
  }
}
