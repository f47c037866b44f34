import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { ForumGroupMemberEntity } from './entities/forum-group-member.entity';
import { ForumGroupEntity } from './entities/forum-group.entity';

/** Categories and the private groups that can own them. */
@Injectable()
export class ForumCategoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  findAll(): Promise<ForumCategoryEntity[]> {
    return this.m().getRepository(ForumCategoryEntity).find({ order: { position: 'ASC', name: 'ASC' } });
  }

  findById(id: string, tx?: EntityManager): Promise<ForumCategoryEntity | null> {
    if (!id) return Promise.resolve(null);
    return this.m(tx).getRepository(ForumCategoryEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<ForumCategoryEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m().getRepository(ForumCategoryEntity).findBy({ id: In([...ids]) });
  }

  findBySlug(slug: string): Promise<ForumCategoryEntity | null> {
    return this.m().getRepository(ForumCategoryEntity).findOneBy({ slug });
  }

  async insertCategory(data: Omit<ForumCategoryEntity, 'id' | 'createdAt'>, tx?: EntityManager): Promise<ForumCategoryEntity> {
    const repo = this.m(tx).getRepository(ForumCategoryEntity);
    return repo.save(repo.create(data));
  }

  async updateCategory(id: string, fields: Partial<Omit<ForumCategoryEntity, 'id' | 'createdAt'>>): Promise<void> {
    const { slug, name, description, audience, groupId, allowAnonymous, requirePremoderation, position } = fields;
    await this.m().getRepository(ForumCategoryEntity).update({ id }, { slug, name, description, audience, groupId, allowAnonymous, requirePremoderation, position });
  }

  async insertGroup(data: Pick<ForumGroupEntity, 'slug' | 'name' | 'description'>, tx?: EntityManager): Promise<ForumGroupEntity> {
    const repo = this.m(tx).getRepository(ForumGroupEntity);
    return repo.save(repo.create(data));
  }

  async addMember(groupId: string, userId: string, addedBy: string | null, tx?: EntityManager): Promise<void> {
    await this.m(tx).query(`insert into forum_group_members (group_id, user_id, added_by) values ($1, $2, $3) on conflict do nothing`, [groupId, userId, addedBy]);
  }

  async removeMember(groupId: string, userId: string): Promise<boolean> {
    const result = await this.m().getRepository(ForumGroupMemberEntity).delete({ groupId, userId });
    return (result.affected ?? 0) > 0;
  }

  findGroupById(id: string): Promise<ForumGroupEntity | null> {
    if (!id) return Promise.resolve(null);
    return this.m().getRepository(ForumGroupEntity).findOneBy({ id });
  }

  findGroups(): Promise<ForumGroupEntity[]> {
    return this.m().getRepository(ForumGroupEntity).find({ order: { name: 'ASC' } });
  }

  /** A group's members by name, with when they were added. */
  membersOf(groupId: string): Promise<{ userId: string; displayName: string; email: string; addedAt: Date }[]> {
    return this.m().query(
      `select u.id as "userId", u.display_name as "displayName", u.email, m.created_at as "addedAt"
         from forum_group_members m join users u on u.id = m.user_id
        where m.group_id = $1
        order by lower(u.display_name), u.id`,
      [groupId],
    );
  }
}
