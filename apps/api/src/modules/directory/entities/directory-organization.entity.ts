import { Column, Entity } from 'typeorm';
import type { Platform } from '@confer/libs/directory';
import { DirectoryListingColumns } from './directory-listing-columns.entity';

export type { DirectoryAccountData } from './directory-listing-columns.entity';

/** An approved, public listing: the version everyone sees until a newer one is approved. */
@Entity({ name: 'directory_organizations' })
export class DirectoryOrganizationEntity extends DirectoryListingColumns {
  @Column('text', { array: true }) platforms: Platform[];
  @Column('timestamptz', { name: 'listed_at' }) listedAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
