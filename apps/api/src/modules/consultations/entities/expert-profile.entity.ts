import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DateOverride, WeeklyRule } from '@confer/libs/availability';

@Entity({ name: 'expert_profiles' })
export class ExpertProfileEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text', { nullable: true }) headline: string | null;
  @Column('text', { array: true }) topics: string[];
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('jsonb', { name: 'weekly_rules' }) weeklyRules: WeeklyRule[];
  @Column('jsonb', { name: 'date_overrides' }) dateOverrides: DateOverride[];
  @Column('int', { name: 'buffer_before_minutes' }) bufferBeforeMinutes: number;
  @Column('int', { name: 'buffer_after_minutes' }) bufferAfterMinutes: number;
  @Column('int', { name: 'minimum_notice_minutes' }) minimumNoticeMinutes: number;
  @Column('int', { name: 'horizon_days' }) horizonDays: number;
  @Column('int', { name: 'max_per_day', nullable: true }) maxPerDay: number | null;
  @Column('boolean') accepting: boolean;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
