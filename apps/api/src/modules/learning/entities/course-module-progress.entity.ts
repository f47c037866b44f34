import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'course_module_progress' })
export class CourseModuleProgressEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @PrimaryColumn('uuid', { name: 'module_id' }) moduleId: string;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @Column('int') attempts: number;
  @Column('int', { name: 'last_score', nullable: true }) lastScore: number | null;
  @Column('int', { name: 'best_score', nullable: true }) bestScore: number | null;
  @Column('timestamptz', { name: 'passed_at', nullable: true }) passedAt: Date | null;
  @Column('timestamptz', { name: 'last_activity_at' }) lastActivityAt: Date;
}
