import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanAction, PlanStatus } from '@confer/libs/fellows';

/** One line of a plan's timeline: every transition and comment, with who and when. */
@Entity({ name: 'fellowship_plan_events' })
export class FellowshipPlanEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'plan_id' }) planId: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text') action: PlanAction;
  @Column('text', { name: 'from_status', nullable: true }) fromStatus: PlanStatus | null;
  @Column('text', { name: 'to_status' }) toStatus: PlanStatus;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
