import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'course_quiz_attempts' })
export class CourseQuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'module_id' }) moduleId: string;
  @Column('jsonb') answers: { questionId: string; choiceIndex: number }[];
  @Column('int', { name: 'correct_count' }) correctCount: number;
  @Column('int') total: number;
  @Column('int') score: number;
  @Column('boolean') passed: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
