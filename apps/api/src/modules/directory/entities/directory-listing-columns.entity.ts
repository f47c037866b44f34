import { Column, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationType, Platform } from '@confer/libs/directory';

export interface DirectoryAccountData {
  platform: Platform;
  url: string;
}

/** A listing's fields, shared by the public listing and every proposed version of it. */
export abstract class DirectoryListingColumns {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text', { name: 'name_key' }) nameKey: string;
  @Column('text') type: OrganizationType;
  @Column('text') country: string;
  @Column('text', { nullable: true }) region: string | null;
  @Column('text', { nullable: true }) city: string | null;
  @Column('text') website: string;
  @Column('text', { name: 'website_domain' }) websiteDomain: string;
  @Column('jsonb') accounts: DirectoryAccountData[];
  @Column('text', { name: 'submitter_email' }) submitterEmail: string;
}
