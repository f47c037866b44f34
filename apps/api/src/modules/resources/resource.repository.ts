import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Audience } from '@confer/libs/access';
import { ResourceEntity } from './entities/resource.entity';

export type ResourceWrite = Pick<ResourceEntity, 'slug' | 'kind' | 'audience' | 'title' | 'summary' | 'bodyMd' | 'bodyHtml' | 'previewMd' | 'previewHtml' | 'linkUrl' | 'tags'>;

export interface ResourceFilter {
  query: string | null;
  kind: string | null;
  tag: string | null;
  audience: Audience | null;
  limit: number;
  offset: number;
}

/** What the viewer may read is decided before the query (libs/resources) and applied in SQL. */
export interface SqlReader {
  fullAudiences: readonly Audience[];
  staff: boolean;
}

/** A row as it leaves the database: body and link only where the reader has access. */
export interface ResourceRow extends Omit<ResourceEntity, 'bodyHtml' | 'linkUrl' | 'bodyMd' | 'previewMd' | 'createdBy' | 'createdAt'> {
  bodyHtml: string | null;
  linkUrl: string | null;
  bodyMd: string | null;
}

const COLUMNS = (full: string, staff: string) => `r.id, r.slug, r.kind, r.audience, r.title, r.summary, r.preview_html, r.tags, r.published, r.published_at, r.updated_at,
  case when r.audience = any(${full}) then r.body_html end as body_html,
  case when r.audience = any(${full}) then r.link_url end as link_url,
  case when ${staff} then r.body_md end as body_md`;

const toRow = (r: any): ResourceRow => ({
  id: r.id,
  slug: r.slug,
  kind: r.kind,
  audience: r.audience,
  title: r.title,
  summary: r.summary,
  previewHtml: r.preview_html,
  tags: r.tags,
  published: r.published,
  publishedAt: r.published_at,
  updatedAt: r.updated_at,
  bodyHtml: r.body_html,
  linkUrl: r.link_url,
  bodyMd: r.body_md,
});

@Injectable()
export class ResourceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /**
   * Catalogue and full-text search in one statement. Published items only (staff: all). Words match
   * the whole body only where the reader may read it, elsewhere just title, summary, tags and the
   * first paragraph, so a hit never reveals text the reader may not see.
   */
  async search(reader: SqlReader, f: ResourceFilter): Promise<{ rows: ResourceRow[]; total: number }> {
    const rows: any[] = await this.m().query(
      `with q as (select case when $3::text is null then null else websearch_to_tsquery('english', $3) end as q)
       select ${COLUMNS('$1', '$2')}, count(*) over () as total,
              case when q.q is null then 0
                   else ts_rank(case when r.audience = any($1) then r.search_full else r.search_preview end, q.q) end as rank
         from resources r, q
        where (r.published or $2)
          and ($4::text is null or r.kind = $4)
          and ($5::text is null or r.tags @> array[$5::text])
          and ($6::text is null or r.audience = $6)
          and (q.q is null or (case when r.audience = any($1) then r.search_full else r.search_preview end) @@ q.q)
        order by rank desc, r.published_at desc nulls last, r.id
        limit $7 offset $8`,
      [reader.fullAudiences, reader.staff, f.query, f.kind, f.tag, f.audience, f.limit, f.offset],
    );
    if (rows.length > 0 || f.offset === 0) return { rows: rows.map(toRow), total: rows.length > 0 ? Number(rows[0].total) : 0 };
    // Past the last page: the window count came back with no row, so count on its own.
    const again = await this.search(reader, { ...f, offset: 0, limit: 1 });
    return { rows: [], total: again.total };
  }

  async findBySlug(reader: SqlReader, slug: string): Promise<ResourceRow | null> {
    const rows = await this.m().query(`select ${COLUMNS('$1', '$2')} from resources r where r.slug = $3`, [reader.fullAudiences, reader.staff, slug]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  findEntityById(id: string): Promise<ResourceEntity | null> {
    return this.m().getRepository(ResourceEntity).findOneBy({ id });
  }

  /** Tags of published items with how many use each: the catalogue is public, so its tags are too. */
  tagCounts(): Promise<{ tag: string; count: number }[]> {
    return this.m().query(`select t as tag, count(*)::int as count from resources, unnest(tags) t where published group by t order by count desc, t limit 100`);
  }

  async insert(data: ResourceWrite & { published: boolean; createdBy: string | null }, tx?: EntityManager): Promise<string> {
    const rows = await this.m(tx).query(
      `insert into resources (slug, kind, audience, title, summary, body_md, body_html, preview_md, preview_html, link_url, tags, published, published_at, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, case when $12 then now() end, $13) returning id`,
      [data.slug, data.kind, data.audience, data.title, data.summary, data.bodyMd, data.bodyHtml, data.previewMd, data.previewHtml, data.linkUrl, data.tags, data.published, data.createdBy],
    );
    return rows[0].id;
  }

  async update(id: string, data: ResourceWrite): Promise<boolean> {
    const [, count] = await this.m().query(
      `update resources set slug = $2, kind = $3, audience = $4, title = $5, summary = $6, body_md = $7, body_html = $8, preview_md = $9,
         preview_html = $10, link_url = $11, tags = $12, updated_at = now() where id = $1`,
      [id, data.slug, data.kind, data.audience, data.title, data.summary, data.bodyMd, data.bodyHtml, data.previewMd, data.previewHtml, data.linkUrl, data.tags],
    );
    return count > 0;
  }

  /** Publishing keeps the first publication date; unpublishing hides the item from everyone but staff. */
  async setPublished(id: string, published: boolean): Promise<boolean> {
    const [, count] = await this.m().query(
      `update resources set published = $2, published_at = case when $2 then coalesce(published_at, now()) else published_at end, updated_at = now() where id = $1`,
      [id, published],
    );
    return count > 0;
  }
}
