import { CreateDateColumn, Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'organization_admins' })
export class OrganizationAdminEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'user_id' }) userId: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
