import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Audience } from '@confer/libs/access';
import type { ResourceKind } from '@confer/libs/resources';

/** A library item. The search vectors are kept by a trigger and never selected here. */
@Entity({ name: 'resources' })
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text') kind: ResourceKind;
  @Column('text') audience: Audience;
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('text', { name: 'body_md' }) bodyMd: string;
  @Column('text', { name: 'body_html' }) bodyHtml: string;
  @Column('text', { name: 'preview_md' }) previewMd: string;
  @Column('text', { name: 'preview_html' }) previewHtml: string;
  @Column('text', { name: 'link_url', nullable: true }) linkUrl: string | null;
  @Column('text', { array: true }) tags: string[];
  @Column('boolean') published: boolean;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
