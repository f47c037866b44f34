import { Column, Entity } from 'typeorm';
import { DirectoryListingColumns } from './directory-listing-columns.entity';

export type DirectorySubmissionKind = 'new' | 'update';
export type DirectorySubmissionStatus = 'unconfirmed' | 'pending' | 'approved' | 'rejected' | 'superseded';

/** One proposed version of a listing, from the submitter's email confirmation to staff review. */
@Entity({ name: 'directory_submissions' })
export class DirectorySubmissionEntity extends DirectoryListingColumns {
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('text') kind: DirectorySubmissionKind;
  @Column('text') status: DirectorySubmissionStatus;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  @Column('uuid', { name: 'reviewed_by', nullable: true }) reviewedBy: string | null;
  @Column('text', { name: 'reject_reason', nullable: true }) rejectReason: string | null;
}
