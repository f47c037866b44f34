import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanStatus } from '@confer/libs/fellows';

@Entity({ name: 'fellowship_plans' })
export class FellowshipPlanEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') title: string;
  @Column('text') goals: string;
  @Column('text') audience: string;
  @Column('text', { array: true }) platforms: string[];
  @Column('text') metrics: string;
  @Column('text') governance: string;
  @Column('text') status: PlanStatus;
  @Column('int') version: number;
  @Column('int', { name: 'cohort_year', nullable: true }) cohortYear: number | null;
  @Column('boolean', { name: 'list_publicly' }) listPublicly: boolean;
  @Column('text', { name: 'public_summary', nullable: true }) publicSummary: string | null;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
