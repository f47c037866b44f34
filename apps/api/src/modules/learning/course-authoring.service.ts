import { Injectable } from '@nestjs/common';
import type { Viewer } from '@confer/libs/access';
import { ModuleDraft, moduleDraftProblems } from '@confer/libs/learning';
import { TransactionRunner } from '../../core/database/transaction-runner';
import { MarkdownRenderer } from '../forum/markdown-renderer';
import { CourseRepository } from './course.repository';
import { CourseModuleEntity } from './entities/course-module.entity';
import { CourseQuizQuestionEntity } from './entities/course-quiz-question.entity';
import { CourseEntity } from './entities/course.entity';
import { LearningException, requireLearningStaff } from './learning.exception';

export interface ModuleSource {
  course: CourseEntity;
  module: CourseModuleEntity;
  questions: CourseQuizQuestionEntity[];
}

/** Staff write modules: markdown rendered and sanitised once here, the quiz replaced as a whole. */
@Injectable()
export class CourseAuthoringService {
  constructor(
    private readonly courses: CourseRepository,
    private readonly markdown: MarkdownRenderer,
    private readonly transactions: TransactionRunner,
  ) {}

  async source(v: Viewer, moduleId: string): Promise<ModuleSource> {
    requireLearningStaff(v);
    const module = await this.courses.findModuleById(moduleId);
    const course = module ? await this.courses.findById(module.courseId) : null;
    if (!module || !course) throw new LearningException('MODULE_NOT_FOUND');
    return { course, module, questions: await this.courses.findQuestions(module.id) };
  }

  async save(v: Viewer, courseSlug: string, id: string | null, draft: ModuleDraft): Promise<ModuleSource> {
    requireLearningStaff(v);
    const problems = moduleDraftProblems(draft);
    if (Object.keys(problems).length > 0) throw new LearningException('INVALID_MODULE', { fields: problems });
    const course = await this.courses.findBySlug(courseSlug);
    if (!course) throw new LearningException('COURSE_NOT_FOUND');
    const fields = {
      slug: draft.slug,
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      estimatedMinutes: draft.estimatedMinutes,
      contentMd: draft.contentMd,
      contentHtml: this.markdown.render(draft.contentMd),
      videoUrl: draft.videoUrl,
      passMark: draft.passMark,
    };
    const questions = draft.questions.map((q, i) => ({ position: i + 1, prompt: q.prompt.trim(), choices: q.choices.map((c) => c.trim()), correctIndex: q.correctIndex }));
    try {
      const moduleId = await this.transactions.run(async (tx) => {
        let target: string;
        if (id) {
          const existing = await this.courses.findModuleById(id, tx);
          if (!existing || existing.courseId !== course.id) throw new LearningException('MODULE_NOT_FOUND');
          await this.courses.updateModule(id, fields, tx);
          target = id;
        } else {
          // Serialise additions to one course so two staff adding at once get distinct positions.
          await this.courses.lockCourse(course.id, tx);
          target = (await this.courses.insertModule({ ...fields, courseId: course.id, position: await this.courses.nextPosition(course.id, tx) }, tx)).id;
        }
        await this.courses.replaceQuestions(target, questions, tx);
        return target;
      });
      return this.source(v, moduleId);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new LearningException('MODULE_SLUG_TAKEN', { fields: { slug: 'Another module of this course already has this address.' } });
      throw e;
    }
  }
}
