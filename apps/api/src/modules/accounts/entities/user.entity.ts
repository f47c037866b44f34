import { UpdateDateColumn, CreateDateColumn, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@confer/libs/accounts/roles';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('timestamptz', { name: 'email_verified_at', nullable: true }) emailVerifiedAt: Date | null;
  @Column('text', { name: 'password_hash' }) passwordHash: string;
  @Column('timestamptz', { name: 'password_changed_at' }) passwordChangedAt: Date;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { nullable: true }) credentials: string | null;
  @Column('boolean', { name: 'credentials_verified' }) credentialsVerified: boolean;
  @Column('text', { name: 'job_title', nullable: true }) jobTitle: string | null;
  @Column('text', { name: 'organization_name', nullable: true }) organizationName: string | null;
  @Column('text', { nullable: true }) bio: string | null;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('text', { array: true }) roles: Role[];
  @Column('text', { name: 'membership_override', nullable: true }) membershipOverride: 'premium' | 'guest' | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
