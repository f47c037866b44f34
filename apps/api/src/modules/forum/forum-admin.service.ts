import { Injectable } from '@nestjs/common';
import { ForumViewer, isStaff } from '@confer/libs/access';
import type { ForumAudience } from '@confer/libs/access';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumGroupEntity } from './entities/forum-group.entity';
import { ForumCategoryRepository } from './forum-category.repository';
import { ForumException } from './forum.exception';

const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;

export interface CategoryFields {
  slug: string;
  name: string;
  description: string | null;
  audience: ForumAudience;
  groupId: string | null;
  allowAnonymous: boolean;
  requirePremoderation: boolean;
  position: number;
}

/** Staff shape the board: categories (audience, anonymity, pre-moderation) and private groups. */
@Injectable()
export class ForumAdminService {
  constructor(private readonly categories: ForumCategoryRepository) {}

  private requireStaff(v: ForumViewer): void {
    if (!v.userId) throw new ForumException('SIGN_IN_REQUIRED');
    if (!isStaff(v)) throw new ForumException('NOT_STAFF');
  }

  private async validate(fields: CategoryFields): Promise<void> {
    if (!SLUG.test(fields.slug)) throw new ForumException('INVALID_SLUG', { fields: { slug: 'Use 2 to 63 lower-case letters, digits and dashes.' } });
    if ((fields.audience === 'group') !== (fields.groupId !== null)) throw new ForumException('INVALID_CATEGORY');
    if (fields.groupId && !(await this.categories.findGroupById(fields.groupId))) throw new ForumException('GROUP_NOT_FOUND');
  }

  async createCategory(v: ForumViewer, fields: CategoryFields): Promise<ForumCategoryEntity> {
    this.requireStaff(v);
    await this.validate(fields);
    try {
      return await this.categories.insertCategory(fields);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new ForumException('SLUG_TAKEN');
      throw e;
    }
  }

  async updateCategory(v: ForumViewer, id: string, changes: Partial<CategoryFields>): Promise<ForumCategoryEntity> {
    this.requireStaff(v);
    const current = await this.categories.findById(id);
    if (!current) throw new ForumException('CATEGORY_NOT_FOUND');
    const next: CategoryFields = { ...current, ...changes };
    await this.validate(next);
    try {
      await this.categories.updateCategory(id, next);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new ForumException('SLUG_TAKEN');
      throw e;
    }
    return (await this.categories.findById(id))!;
  }

  async groupMembers(v: ForumViewer, groupId: string): Promise<{ userId: string; displayName: string; email: string; addedAt: Date }[]> {
    this.requireStaff(v);
    if (!(await this.categories.findGroupById(groupId))) throw new ForumException('GROUP_NOT_FOUND');
    return this.categories.membersOf(groupId);
  }

  async createGroup(v: ForumViewer, fields: { slug: string; name: string; description: string | null }): Promise<ForumGroupEntity> {
    this.requireStaff(v);
    if (!SLUG.test(fields.slug)) throw new ForumException('INVALID_SLUG', { fields: { slug: 'Use 2 to 63 lower-case letters, digits and dashes.' } });
    try {
      return await this.categories.insertGroup(fields);
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new ForumException('SLUG_TAKEN');
      throw e;
    }
  }
}
