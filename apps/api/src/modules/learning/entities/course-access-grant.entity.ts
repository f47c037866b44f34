import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CourseGrantSource } from '@confer/libs/learning';

@Entity({ name: 'course_access_grants' })
export class CourseAccessGrantEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'course_id' }) courseId: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('text') source: CourseGrantSource;
  /** The order or registration behind a purchase or residency grant; null for staff grants. */
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('uuid', { name: 'granted_by', nullable: true }) grantedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
}
