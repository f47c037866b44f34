import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CourseModuleEntity } from './entities/course-module.entity';
import { CourseQuizQuestionEntity } from './entities/course-quiz-question.entity';
import { CourseEntity } from './entities/course.entity';

/** Courses, their modules and quiz questions (with the answer key, which only the service reads). */
@Injectable()
export class CourseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findBySlug(slug: string, tx?: EntityManager): Promise<CourseEntity | null> {
    return this.m(tx).getRepository(CourseEntity).findOneBy({ slug });
  }

  findById(id: string, tx?: EntityManager): Promise<CourseEntity | null> {
    return this.m(tx).getRepository(CourseEntity).findOneBy({ id });
  }

  findModules(courseId: string, tx?: EntityManager): Promise<CourseModuleEntity[]> {
    return this.m(tx).getRepository(CourseModuleEntity).find({ where: { courseId }, order: { position: 'ASC' } });
  }

  findModuleBySlug(courseId: string, slug: string): Promise<CourseModuleEntity | null> {
    return this.m().getRepository(CourseModuleEntity).findOneBy({ courseId, slug });
  }

  findModuleById(id: string, tx?: EntityManager): Promise<CourseModuleEntity | null> {
    return this.m(tx).getRepository(CourseModuleEntity).findOneBy({ id });
  }

  findQuestions(moduleId: string, tx?: EntityManager): Promise<CourseQuizQuestionEntity[]> {
    return this.m(tx).getRepository(CourseQuizQuestionEntity).find({ where: { moduleId }, order: { position: 'ASC' } });
  }

  /** Question counts per module, for the outline. */
  async countQuestions(moduleIds: readonly string[]): Promise<Map<string, number>> {
    if (moduleIds.length === 0) return new Map();
    const rows: { module_id: string; n: number }[] = await this.m().query(
      `select module_id, count(*)::int as n from course_quiz_questions where module_id = any($1) group by module_id`,
      [[...moduleIds]],
    );
    return new Map(rows.map((r) => [r.module_id, r.n]));
  }

  async insertModule(data: Omit<CourseModuleEntity, 'id' | 'createdAt'>, tx?: EntityManager): Promise<CourseModuleEntity> {
    const repo = this.m(tx).getRepository(CourseModuleEntity);
    return repo.save(repo.create(data));
  }

  async insertQuestions(rows: Omit<CourseQuizQuestionEntity, 'id'>[], tx?: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await this.m(tx).getRepository(CourseQuizQuestionEntity).insert(rows);
  }

  async updateModule(id: string, data: Pick<CourseModuleEntity, 'slug' | 'title' | 'summary' | 'estimatedMinutes' | 'contentMd' | 'contentHtml' | 'videoUrl' | 'passMark'>, tx: EntityManager): Promise<void> {
    await tx.getRepository(CourseModuleEntity).update({ id }, data);
  }

  async lockCourse(courseId: string, tx: EntityManager): Promise<void> {
    await tx.query(`select id from courses where id = $1 for update`, [courseId]);
  }

  async nextPosition(courseId: string, tx: EntityManager): Promise<number> {
    const [row]: { next: number }[] = await tx.query(`select coalesce(max(position), 0) + 1 as next from course_modules where course_id = $1`, [courseId]);
    return row.next;
  }

  /** Replaces a module's quiz (new question ids: an answer sheet for the old quiz no longer fits). */
  async replaceQuestions(moduleId: string, rows: Omit<CourseQuizQuestionEntity, 'id' | 'moduleId'>[], tx: EntityManager): Promise<void> {
    await tx.getRepository(CourseQuizQuestionEntity).delete({ moduleId });
    await this.insertQuestions(rows.map((r) => ({ ...r, moduleId })), tx);
  }
}
