import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'course_modules' })
export class CourseModuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('text') slug: string;
  @Column('int') position: number;
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('int', { name: 'estimated_minutes' }) estimatedMinutes: number;
  @Column('text', { name: 'content_md' }) contentMd: string;
  @Column('text', { name: 'content_html' }) contentHtml: string;
  @Column('text', { name: 'video_url', nullable: true }) videoUrl: string | null;
  @Column('int', { name: 'pass_mark' }) passMark: number;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
