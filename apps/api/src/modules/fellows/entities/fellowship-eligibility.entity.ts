import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EligibilitySource = 'staff' | 'residency_check_in';

/** A member who may submit a plan: checked in at the Residency, or let in by staff. */
@Entity({ name: 'fellowship_eligibility' })
export class FellowshipEligibilityEntity {
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @Column('text') source: EligibilitySource;
  @Column('text', { name: 'source_ref', nullable: true }) sourceRef: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('uuid', { name: 'granted_by', nullable: true }) grantedBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
