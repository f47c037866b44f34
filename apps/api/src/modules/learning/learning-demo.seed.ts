import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { CERTIFICATE_COURSE_SLUG, formatVerificationCode, VERIFICATION_CODE_BYTES } from '@confer/libs/learning';
import { Tx } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { MarkdownRenderer } from '../forum/markdown-renderer';
import { CourseProgressRepository } from './course-progress.repository';
import { CourseRepository } from './course.repository';
import { DEMO_COURSE_MODULES } from './learning-demo.data';

const DAY = 86_400_000;

/**
 * The certificate course's modules and quizzes, plus some progress: Sarah Chen finished the course
 * (her certificate can be verified), David Miller is part-way through.
 */
@Injectable()
export class LearningDemoSeed {
  constructor(
    private readonly courses: CourseRepository,
    private readonly progress: CourseProgressRepository,
    private readonly users: UserRepository,
    private readonly markdown: MarkdownRenderer,
  ) {}

  async run(tx: Tx): Promise<void> {
    const course = await this.courses.findBySlug(CERTIFICATE_COURSE_SLUG, tx);
    if (!course) return;
    const modules = [];
    for (const [index, m] of DEMO_COURSE_MODULES.entries()) {
      const module = await this.courses.insertModule(
        {
          courseId: course.id,
          slug: m.slug,
          position: index + 1,
          title: m.title,
          summary: m.summary,
          estimatedMinutes: m.estimatedMinutes,
          contentMd: m.content,
          contentHtml: this.markdown.render(m.content),
          videoUrl: m.videoUrl ?? null,
          passMark: m.passMark,
        },
        tx,
      );
      await this.courses.insertQuestions(
        m.quiz.map((q, position) => ({ moduleId: module.id, position: position + 1, prompt: q.prompt, choices: q.choices, correctIndex: q.correct })),
        tx,
      );
      modules.push({ module, quiz: m.quiz });
    }

    const finisher = await this.users.findByEmail('sarah.chen@confer.test', tx);
    if (finisher) {
      const start = Date.now() - 20 * DAY;
      for (const [i, { module, quiz }] of modules.entries()) {
        const questions = await this.courses.findQuestions(module.id, tx);
        const answers = questions.map((q) => ({ questionId: q.id, choiceIndex: q.correctIndex }));
        await this.progress.recordAttempt(
          { userId: finisher.id, moduleId: module.id, answers, correctCount: quiz.length, total: quiz.length, score: 100, passed: true, now: new Date(start + i * 2 * DAY) },
          tx,
        );
      }
      await this.progress.insertCertificate(
        {
          courseId: course.id,
          userId: finisher.id,
          code: formatVerificationCode(randomBytes(VERIFICATION_CODE_BYTES)),
          holderName: finisher.displayName,
          courseTitle: course.title,
          issuedAt: new Date(start + (modules.length - 1) * 2 * DAY),
        },
        tx,
      );
    }

    const learner = await this.users.findByEmail('david.miller@confer.test', tx);
    if (learner && modules.length >= 2) {
      const [first, second] = modules;
      const questions = await this.courses.findQuestions(first.module.id, tx);
      await this.progress.recordAttempt(
        {
          userId: learner.id,
          moduleId: first.module.id,
          answers: questions.map((q) => ({ questionId: q.id, choiceIndex: q.correctIndex })),
          correctCount: questions.length,
          total: questions.length,
          score: 100,
          passed: true,
          now: new Date(Date.now() - 3 * DAY),
        },
        tx,
      );
      await this.progress.markRead(learner.id, second.module.id, new Date(Date.now() - 2 * DAY), tx);
    }
  }
}
