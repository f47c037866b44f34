import { Injectable } from '@nestjs/common';
import { isSignedIn, isStaff, type Viewer } from '@confer/libs/access';
import { checkResourceFields, firstParagraph, fullAudiences, normalizeTags, resourceAccess, resourceInvitation } from '@confer/libs/resources';
import { MarkdownRenderer } from '../forum/markdown-renderer';
import { ResourceEntity } from './entities/resource.entity';
import { ResourceFilter, ResourceRepository, ResourceRow, ResourceWrite, SqlReader } from './resource.repository';
import { ResourcesException } from './resources.exception';

const UNIQUE_VIOLATION = '23505';

export interface PresentedResource extends ResourceRow {
  access: 'full' | 'preview';
  invitation: 'sign_up' | 'upgrade' | null;
}

export interface ResourceDraft {
  slug: string;
  kind: string;
  audience: ResourceEntity['audience'];
  title: string;
  summary: string;
  bodyMd: string;
  tags: string[];
  linkUrl: string | null;
}

/**
 * The resources library. Every read goes through `reader` (the SQL filter) and `present` (the same
 * rule per item), so the body and the link leave the database only for viewers with access.
 */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly resources: ResourceRepository,
    private readonly markdown: MarkdownRenderer,
  ) {}

  private reader(v: Viewer): SqlReader {
    return { fullAudiences: fullAudiences(v), staff: isStaff(v) };
  }

  private present(v: Viewer, row: ResourceRow): PresentedResource | null {
    const access = resourceAccess(v, row);
    if (access === 'hidden') return null;
    const full = access === 'full';
    return {
      ...row,
      bodyHtml: full ? row.bodyHtml : null,
      linkUrl: full ? row.linkUrl : null,
      bodyMd: isStaff(v) ? row.bodyMd : null,
      access,
      invitation: resourceInvitation(v, row),
    };
  }

  async list(v: Viewer, filter: ResourceFilter): Promise<{ nodes: PresentedResource[]; total: number }> {
    const query = filter.query?.trim() || null;
    if (query !== null && [...query].length > 200) throw new ResourcesException('INVALID_SEARCH');
    const { rows, total } = await this.resources.search(this.reader(v), { ...filter, query, tag: filter.tag?.trim().toLowerCase() || null });
    return { nodes: rows.map((r) => this.present(v, r)).filter((r): r is PresentedResource => r !== null), total };
  }

  async bySlug(v: Viewer, slug: string): Promise<PresentedResource> {
    const row = slug.length <= 80 ? await this.resources.findBySlug(this.reader(v), slug) : null;
    const presented = row ? this.present(v, row) : null;
    if (!presented) throw new ResourcesException('RESOURCE_NOT_FOUND');
    return presented;
  }

  tags(): Promise<{ tag: string; count: number }[]> {
    return this.resources.tagCounts();
  }

  async create(v: Viewer, draft: ResourceDraft, published: boolean): Promise<PresentedResource> {
    this.requireStaff(v);
    const data = this.prepareDraft(draft);
    await this.uniqueSlug(() => this.resources.insert({ ...data, published, createdBy: v.userId }));
    return this.bySlug(v, data.slug);
  }

  async update(v: Viewer, id: string, draft: ResourceDraft): Promise<PresentedResource> {
    this.requireStaff(v);
    const data = this.prepareDraft(draft);
    const found = await this.uniqueSlug(() => this.resources.update(id, data));
    if (!found) throw new ResourcesException('RESOURCE_NOT_FOUND');
    return this.bySlug(v, data.slug);
  }

  async setPublished(v: Viewer, id: string, published: boolean): Promise<PresentedResource> {
    this.requireStaff(v);
    if (!(await this.resources.setPublished(id, published))) throw new ResourcesException('RESOURCE_NOT_FOUND');
    return this.bySlug(v, (await this.resources.findEntityById(id))!.slug);
  }

  private requireStaff(v: Viewer): void {
    if (!isSignedIn(v)) throw new ResourcesException('SIGN_IN_REQUIRED');
    if (!isStaff(v)) throw new ResourcesException('NOT_STAFF');
  }

  /** Checks the fields, then renders the body and its first paragraph once, at write time. */
  prepareDraft(d: ResourceDraft): ResourceWrite {
    const linkUrl = d.linkUrl?.trim() || null;
    const problems = checkResourceFields({ ...d, linkUrl });
    if (Object.keys(problems).length > 0) throw new ResourcesException('INVALID_RESOURCE', { fields: problems });
    const previewMd = firstParagraph(d.bodyMd);
    return {
      slug: d.slug,
      kind: d.kind as ResourceEntity['kind'],
      audience: d.audience,
      title: d.title.trim(),
      summary: d.summary.trim(),
      bodyMd: d.bodyMd,
      bodyHtml: this.markdown.render(d.bodyMd),
      previewMd,
      previewHtml: this.markdown.render(previewMd),
      linkUrl,
      tags: normalizeTags(d.tags),
    };
  }

  private async uniqueSlug<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (e) {
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) throw new ResourcesException('SLUG_TAKEN', { fields: { slug: 'Another resource already uses this address.' } });
      throw e;
    }
  }
}
