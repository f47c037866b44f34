import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'course_quiz_questions' })
export class CourseQuizQuestionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'module_id' }) moduleId: string;
  @Column('int') position: number;
  @Column('text') prompt: string;
  @Column('text', { array: true }) choices: string[];
  /** Never leaves the server: scoring happens in libs/learning. */
  @Column('int', { name: 'correct_index' }) correctIndex: number;
}
