import { CreateDateColumn, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') status: 'active' | 'suspended';
  @Column('timestamptz', { name: 'membership_starts_at' }) membershipStartsAt: Date;
  @Column('timestamptz', { name: 'membership_ends_at', nullable: true }) membershipEndsAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
